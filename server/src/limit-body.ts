import type { Context, MiddlewareHandler } from 'hono';

import type { SignatureErrorReply } from '../../src/shared/backend-contract.ts';
import { errorReply } from './error-reply.ts';

/** A valid request is under 200 bytes; the limit only keeps junk from being read whole. */
export const MAX_BODY_BYTES = 8 * 1024;

/** The body of the 413 reply to a request over `MAX_BODY_BYTES`. */
export function bodyTooLargeReply(): SignatureErrorReply {
  return errorReply('body', `Body must not exceed ${MAX_BODY_BYTES} bytes`);
}

/**
 * Refuses a body over `maxBytes` with `tooLarge`. A declared Content-Length is checked before
 * anything is read (Node's parser holds the sender to it); a body without one (chunked, or a
 * POST with no body at all) is read here, up to the limit, and handed on as a plain Request.
 *
 * Hono's own bodyLimit rebuilds the request from the Node adapter's lightweight one, which
 * throws when the adapter leaves the global Request alone (start-server.ts), so a chunked
 * upload got a 500 instead of its answer.
 */
export function limitBodySize(
  maxBytes: number,
  tooLarge: (c: Context) => Response,
): MiddlewareHandler {
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined) {
      if (Number(declared) > maxBytes) return tooLarge(c);
      return next();
    }

    const body = c.req.raw.body;
    if (!body) return next();

    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;

    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;

      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge(c);
      }
      chunks.push(value);
    }

    c.req.raw = new Request(c.req.url, {
      method: c.req.method,
      headers: c.req.raw.headers,
      body: Buffer.concat(chunks),
    });
    return next();
  };
}
