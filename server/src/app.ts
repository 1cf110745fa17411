import { Hono } from 'hono';
import type { Context } from 'hono';
import { cors } from 'hono/cors';

import type { SignatureReply } from '../../src/shared/backend-contract.ts';
import { accessLog } from './access-log.ts';
import { isAllowedOrigin } from './allowed-origin.ts';
import { authorizeSignature, readCredentials } from './authorize-signature.ts';
import type { ServerConfig } from './config.ts';
import { errorReply } from './error-reply.ts';
import { limitBodySize } from './limit-body.ts';
import { parseJsonBody } from './parse-json-body.ts';
import { replyRefusal } from './refusal.ts';
import { addHostRoutes } from './routes/host-routes.ts';
import { signMeetingSignature } from './sign-signature.ts';
import { validateSignatureRequest } from './validate-request.ts';
import { writeStdoutLine } from './write-line.ts';
import type { WriteLine } from './write-line.ts';
import { DEFAULT_ZOOM_CONFIG } from './zoom-config.ts';

/** A valid request is under 200 bytes; the limit only keeps junk from being read whole. */
export const MAX_BODY_BYTES = 8 * 1024;

// Browsers may reuse a preflight answer this long (Chromium caps it at 2 hours).
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export interface AppOptions {
  /** Receives one access-log line per request; standard output by default. */
  log?: WriteLine;
}

/** Builds the backend: `POST /` signs, `GET /health` answers, plus the host routes. */
export function createApp(config: ServerConfig, options: AppOptions = {}): Hono {
  const app = new Hono();
  const zoom = config.zoom ?? DEFAULT_ZOOM_CONFIG;

  app.use(accessLog(options.log ?? writeStdoutLine));
  app.use(noStore);
  app.use(
    cors({
      origin: (origin) => (isAllowedOrigin(origin, config.corsOrigins) ? origin : null),
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['Content-Type', 'Authorization'],
      maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    }),
  );

  app.post('/', limitBody, async (c) => {
    const body = parseJsonBody(await c.req.text());
    if (!body.ok) return c.json(errorReply('body', body.reason), 400);

    const request = validateSignatureRequest(body.value);
    if (!request.ok) return c.json({ errors: request.errors }, 400);

    const credentials = readCredentials(body.value, c.req.header('authorization'));
    const access = await authorizeSignature(zoom, request.value, credentials);
    if (!access.ok) return replyRefusal(c, access.refusal);

    const signature = await signMeetingSignature({
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

// A signature is a credential: no browser or proxy cache should keep one.
async function noStore(c: Context, next: () => Promise<void>): Promise<void> {
  await next();

  c.header('Cache-Control', 'no-store');
}

function refuseMethod(allowed: string) {
  return (c: Context) => {
    const reason = `Method ${c.req.method} not allowed, use ${allowed}`;
    return c.json(errorReply('method', reason), 405, { Allow: allowed });
  };
}
