import type { MiddlewareHandler } from 'hono';

import type { WriteLine } from './write-line.ts';

// Long enough for any real route, short enough that a junk request cannot flood the log.
const MAX_PATH_CHARS = 200;

/** Formats the one line logged per request, e.g. `POST / 200 3ms`. */
export function formatAccessLine(
  method: string,
  path: string,
  status: number,
  durationMs: number,
): string {
  const shownPath = path.length > MAX_PATH_CHARS ? `${path.slice(0, MAX_PATH_CHARS)}…` : path;

  return `${method} ${shownPath} ${status} ${Math.round(durationMs)}ms`;
}

/**
 * Logs method, path, status and duration of every request, and nothing more: bodies carry
 * meeting numbers, replies carry signatures, and a query string could carry anything.
 */
export function accessLog(log: WriteLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();

    await next();

    // The URL's own pathname stays percent-encoded, so a crafted path cannot forge lines.
    const path = new URL(c.req.url).pathname;
    log(formatAccessLine(c.req.method, path, c.res.status, performance.now() - started));
  };
}
