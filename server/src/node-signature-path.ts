// Node's direct path for `POST /`, the route every join calls. Through Hono each request costs
// a Request with undici Headers, a context, the middleware chain and the adapter's reply
// writing, together more CPU than the signing itself (docs/performance.md). Here node:http
// alone reads the request and writes the reply; what is answered comes from the same function
// as Hono's route (answer-signature-request.ts), and the headers, the body limit and the
// access line follow app.ts's middleware. tests/unit/server/signature-paths.test.ts sends the
// same requests both ways and compares the replies.
//
// Only the exact target `/` comes here. `POST /?anything` goes to Hono, whose router ignores
// the query, so it is answered the same. The Host header is not read: the adapter answers a
// malformed one, or none on HTTP/1.0 (1.1 requires it and Node refuses it missing), with a bare
// 400 because it builds a URL from it, which this path never needs; here such a request is
// answered like any other.

import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

import { formatAccessLine } from './access-log.ts';
import type { AnswerSignatureRequest } from './answer-signature-request.ts';
import type { ServerConfig } from './config.ts';
import { allowedOriginFor, VARY_ON_ORIGIN } from './cors.ts';
import { internalErrorReply } from './error-reply.ts';
import { bodyTooLargeReply, MAX_BODY_BYTES } from './limit-body.ts';
import type { WriteLine } from './write-line.ts';

// Decodes as fetch's `text()` does for Hono: a leading byte order mark is dropped and bytes
// that are not UTF-8 become U+FFFD.
const decoder = new TextDecoder();

// How long the rest of a refused body may keep arriving after the 413, as with the adapter:
// a client still sending can then read its reply, and one that sends on loses the connection.
const DISCARD_MS = 500;

interface Reply {
  status: number;
  json: string;
}

/** True for the one request this path answers: `POST /`. */
export function isSignatureRequest(request: IncomingMessage): boolean {
  return request.method === 'POST' && request.url === '/';
}

/** Builds the node:http listener for `POST /`. */
export function createNodeSignaturePath(
  corsOrigins: ServerConfig['corsOrigins'],
  answer: AnswerSignatureRequest,
  log: WriteLine,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const started = performance.now();

    void replyTo(request, answer)
      .then((reply) => {
        send(request, response, reply, corsOrigins);
        log(formatAccessLine('POST', '/', reply.status, performance.now() - started));
        if (reply.status === 413) discardRest(request);
      })
      // Only a bug in the lines above gets here. A reply already sent is left to finish; one
      // that is not would hang, so the connection is dropped instead.
      .catch(() => {
        if (!response.writableEnded) response.destroy();
      });
  };
}

async function replyTo(request: IncomingMessage, answer: AnswerSignatureRequest): Promise<Reply> {
  try {
    const text = await readBody(request);
    if (text === undefined) return { status: 413, json: JSON.stringify(bodyTooLargeReply()) };

    const { status, body } = await answer(text, joinedHeader(request, 'authorization'));
    return { status, json: JSON.stringify(body) };
  } catch {
    // A bug, or a client gone before its body ended; Hono's onError answers both the same way.
    return { status: 500, json: JSON.stringify(internalErrorReply()) };
  }
}

/** The body's text, or undefined once it is over `MAX_BODY_BYTES`. */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  // Node's parser holds the sender to a declared length, so that one is checked unread.
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) {
    return Promise.resolve(undefined);
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;

    request.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      // Past the limit the answer is settled and the rest of the body is counted, not kept.
      if (size > MAX_BODY_BYTES) resolve(undefined);
      else chunks.push(chunk);
    });
    request.once('end', () => resolve(decoder.decode(Buffer.concat(chunks))));
    // Node destroys a request whose connection ends before its body does with an `aborted`
    // error, emitted only when a listener is there, as here.
    request.once('error', reject);
  });
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  reply: Reply,
  corsOrigins: ServerConfig['corsOrigins'],
): void {
  // Hono's `c.json` with app.ts's noStore and corsForOrigins, header for header.
  const headers: OutgoingHttpHeaders = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(reply.json),
    'cache-control': 'no-store',
    vary: VARY_ON_ORIGIN,
  };
  const origin = allowedOriginFor(request.headers.origin, corsOrigins);
  if (origin !== undefined) headers['access-control-allow-origin'] = origin;

  response.writeHead(reply.status, headers).end(reply.json);
}

// The rest of a refused body is read and dropped: after an overflow by readBody's listener,
// after a declared length by Node once the reply is out. This bounds how long that may take.
function discardRest(request: IncomingMessage): void {
  if (request.complete) return;

  const timer = setTimeout(() => request.socket.destroy(), DISCARD_MS);
  timer.unref();
  request.once('end', () => clearTimeout(timer));
}

/**
 * A header as Hono's Request reads it: repeated lines joined with ", ". Node's `headers` keeps
 * only the first `Authorization`, which would let a request with two be answered differently.
 */
function joinedHeader(request: IncomingMessage, name: string): string | undefined {
  const raw = request.rawHeaders;
  let value: string | undefined;

  for (let index = 0; index + 1 < raw.length; index += 2) {
    const rawName = raw[index] ?? '';
    if (rawName.length !== name.length || rawName.toLowerCase() !== name) continue;

    const line = raw[index + 1] ?? '';
    value = value === undefined ? line : `${value}, ${line}`;
  }
  return value;
}
