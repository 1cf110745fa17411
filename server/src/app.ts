import { Hono } from 'hono';
import type { Context } from 'hono';

import type { SignatureReply } from '../../src/shared/backend-contract.ts';
import { accessLog } from './access-log.ts';
import { authorizeSignature, readCredentials } from './authorize-signature.ts';
import type { ServerConfig } from './config.ts';
import { corsForOrigins } from './cors.ts';
import { errorReply } from './error-reply.ts';
import { limitBodySize } from './limit-body.ts';
import { parseJsonBody } from './parse-json-body.ts';
import { replyRefusal } from './refusal.ts';
import { addHostRoutes } from './routes/host-routes.ts';
import { signMeetingSignature, type SignMeeting } from './sign-signature.ts';
import { validateSignatureRequest } from './validate-request.ts';
import { writeStdoutLine } from './write-line.ts';
import type { WriteLine } from './write-line.ts';
import { DEFAULT_ZOOM_CONFIG } from './zoom-config.ts';

/** A valid request is under 200 bytes; the limit only keeps junk from being read whole. */
export const MAX_BODY_BYTES = 8 * 1024;

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
  const sign = options.sign ?? signMeetingSignature;

  app.use(accessLog(options.log ?? writeStdoutLine));
  app.use(noStore);
  app.use(corsForOrigins(config.corsOrigins));

  app.post('/', limitBody, async (c) => {
    const body = parseJsonBody(await c.req.text());
    if (!body.ok) return c.json(errorReply('body', body.reason), 400);

    const request = validateSignatureRequest(body.value);
    if (!request.ok) return c.json({ errors: request.errors }, 400);

    const credentials = readCredentials(body.value, c.req.header('authorization'));
    if (!credentials.ok) return c.json(errorReply('session', credentials.reason), 400);

    const access = await authorizeSignature(zoom, request.value, credentials.credentials);
    if (!access.ok) return replyRefusal(c, access.refusal);

    const signature = await sign({
      sdkKey: config.sdkKey,
      sdkSecret: config.sdkSecret,
      ...request.value,
    });
    const reply: SignatureReply = { signature, sdkKey: config.sdkKey, ...access.grant };
    return c.json(reply);
  });

  app.get('/health', (c) => c.json({ status: 'ok' }));

  addHostRoutes(app, zoom, limitBody);

  app.all('/', refuseMethod('POST'));
  app.all('/health', refuseMethod('GET'));

  app.notFound((c) => c.json(errorReply('path', 'Not found'), 404));

  // Only a bug gets here; the reply says nothing that could help probe the server.
  app.onError((_error, c) => c.json(errorReply('server', 'Internal error'), 500));

  return app;
}

const limitBody = limitBodySize(MAX_BODY_BYTES, (c) =>
  c.json(errorReply('body', `Body must not exceed ${MAX_BODY_BYTES} bytes`), 413),
);

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
