// The Cloudflare Workers entry: the same app as on Node (`createApp`), configured from the
// Worker's environment bindings (`[vars]` in wrangler.toml, secrets from `wrangler secret put`)
// instead of `process.env`. Deploy with `npx wrangler deploy` from server/.
//
// A Worker has no start-up to refuse, so an unsafe or incomplete configuration makes every
// request, `/health` included, answer 503 and logs the problems: a health check catches it,
// and nothing is ever signed with a half-read configuration.

import type { Hono } from 'hono';

import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { errorReply } from './error-reply.ts';
import { signMeetingSignature } from './sign-signature.ts';
import type { WriteLine } from './write-line.ts';

/** The Worker's bindings: configuration variables are strings; anything else is ignored. */
export type WorkerEnv = Record<string, unknown>;

// Workers have no standard output; console lines go to the Worker's logs (`wrangler tail`).
// eslint-disable-next-line no-console -- the only way a Worker writes a log line.
const writeConsoleLine: WriteLine = (line) => console.log(line);

type Prepared = { ok: true; app: Hono } | { ok: false };

// Bindings do not change while an isolate lives, so the app is built once per env object.
const prepared = new WeakMap<WorkerEnv, Prepared>();

function prepare(env: WorkerEnv, log: WriteLine): Prepared {
  const known = prepared.get(env);
  if (known) return known;

  const result = buildApp(env, log);
  prepared.set(env, result);
  return result;
}

function buildApp(env: WorkerEnv, log: WriteLine): Prepared {
  const variables = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );

  try {
    // WebCrypto: Workers have no node:crypto without the Node compatibility flag.
    const app = createApp(loadConfig(variables), { log, sign: signMeetingSignature });
    return { ok: true, app };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;

    // The problems name variables and formats, never a secret's value.
    log(error.message);
    return { ok: false };
  }
}

/** Builds the Worker's handler; `log` receives access lines and configuration problems. */
export function createWorker(log: WriteLine = writeConsoleLine) {
  return {
    fetch(request: Request, env: WorkerEnv): Response | Promise<Response> {
      const ready = prepare(env, log);
      if (ready.ok) return ready.app.fetch(request);

      const reason = 'The backend is not configured; its log names what to set';
      return Response.json(errorReply('server', reason), {
        status: 503,
        headers: { 'Cache-Control': 'no-store' },
      });
    },
  };
}

export default createWorker();
