import { Hono } from 'hono';
import type { Context } from 'hono';

import { accessLog } from './access-log.ts';
import { createSignatureAnswerer } from './answer-signature-request.ts';
import type { ServerConfig } from './config.ts';
import { corsForOrigins } from './cors.ts';
import { errorReply, internalErrorReply } from './error-reply.ts';
import { bodyTooLargeReply, limitBodySize, MAX_BODY_BYTES } from './limit-body.ts';
import { addHostRoutes } from './routes/host-routes.ts';
import { signMeetingSignature, type SignMeeting } from './sign-signature.ts';
import { writeStdoutLine } from './write-line.ts';
import type { WriteLine } from './write-line.ts';
import { DEFAULT_ZOOM_CONFIG } from './zoom-config.ts';

export interface AppOptions {
  /** Receives one access-log line per request; standard output by default. */
  log?: WriteLine;
  /**
   * Signs the JWT; by default through WebCrypto, which every runtime has. Node's entry passes
   * the synchronous node:crypto signer (start-server.ts).
   */
  sign?: SignMeeting;
}

/** Builds the backend: `POST /` signs, `GET /health` answers, plus the host routes. */
export function createApp(config: ServerConfig, options: AppOptions = {}): Hono {
  const app = new Hono();
  const zoom = config.zoom ?? DEFAULT_ZOOM_CONFIG;
  const answer = createSignatureAnswerer(config, options.sign ?? signMeetingSignature);

  app.use(accessLog(options.log ?? writeStdoutLine));
  app.use(noStore);
  app.use(corsForOrigins(config.corsOrigins));

  // On Node, start-server.ts answers this route itself (node-signature-path.ts), with the
  // same `answer`; the Worker and every test through `app.request` come here.
  app.post('/', limitBody, async (c) => {
    const { status, body } = await answer(await c.req.text(), c.req.header('authorization'));
    return c.json(body, status);
  });

  app.get('/health', (c) => c.json({ status: 'ok' }));

  addHostRoutes(app, zoom, limitBody);

  app.all('/', refuseMethod('POST'));
  app.all('/health', refuseMethod('GET'));

  app.notFound((c) => c.json(errorReply('path', 'Not found'), 404));

  // Only a bug gets here; the reply says nothing that could help probe the server.
  app.onError((_error, c) => c.json(internalErrorReply(), 500));

  return app;
}

const limitBody = limitBodySize(MAX_BODY_BYTES, (c) => c.json(bodyTooLargeReply(), 413));

// A signature is a credential: no browser or proxy cache should keep one. The header goes
// straight onto the finished reply: `c.header` would make Hono rebuild it around a stream.
async function noStore(c: Context, next: () => Promise<void>): Promise<void> {
  await next();

  c.res.headers.set('Cache-Control', 'no-store');
}

function refuseMethod(allowed: string) {
  return (c: Context) => {
    const reason = `Method ${c.req.method} not allowed, use ${allowed}`;
    return c.json(errorReply('method', reason), 405, { Allow: allowed });
  };
}
