import type { MiddlewareHandler } from 'hono';

import { isAllowedOrigin } from './allowed-origin.ts';
import type { ServerConfig } from './config.ts';

// Browsers may reuse a preflight answer this long (Chromium caps it at 2 hours).
const PREFLIGHT_MAX_AGE_SECONDS = 600;

const ALLOWED_METHODS = 'GET,POST';
// Authorization carries the shared host access token; nothing else is ever needed.
const ALLOWED_HEADERS = 'Content-Type,Authorization';

/** `Vary` of every reply that is not a preflight: its CORS header depends on `Origin`. */
export const VARY_ON_ORIGIN = 'Origin';

/** The origin to name in `Access-Control-Allow-Origin`, or undefined when it may not read. */
export function allowedOriginFor(
  origin: string | undefined,
  allowed: ServerConfig['corsOrigins'],
): string | undefined {
  return origin !== undefined && isAllowedOrigin(origin, allowed) ? origin : undefined;
}

/**
 * Lets the allowed origins read the replies and answers their preflights.
 *
 * Hono's own cors middleware puts its headers on a placeholder reply before the route runs,
 * so Hono rebuilds the route's reply around it: the JSON body becomes a stream that the Node
 * adapter then reads back chunk by chunk, which cost more than the signature itself. Here the
 * headers go onto the finished reply instead.
 */
export function corsForOrigins(allowed: ServerConfig['corsOrigins']): MiddlewareHandler {
  return async (c, next) => {
    const allowedOrigin = allowedOriginFor(c.req.header('origin'), allowed);

    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, {
        ...(allowedOrigin === undefined ? {} : { 'Access-Control-Allow-Origin': allowedOrigin }),
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
        Vary: 'Origin, Access-Control-Request-Headers',
      });
    }

    await next();

    // The reply depends on the Origin sent, so no cache may hand it to another origin.
    const headers = c.res.headers;
    if (allowedOrigin !== undefined) headers.set('Access-Control-Allow-Origin', allowedOrigin);
    headers.append('Vary', VARY_ON_ORIGIN);
  };
}
