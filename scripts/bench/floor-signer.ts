// The floor the backend is measured against: the same contract (POST / with
// {meetingNumber, role} → {signature, sdkKey}) on bare node:http and node:crypto,
// with no framework and no schema library. To be a fair floor it does the work a
// real server must do on that route, written by hand: a body limit, the same
// validation of meetingNumber and role, a JWT with the same claims, the CORS and
// no-store headers, and one access-log line per request. Preflights, other routes
// and the optional properties are left out: the benchmark never sends them.

import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

const SDK_KEY = process.env.ZOOM_MEETING_SDK_KEY ?? 'bench-key';
const SECRET = process.env.ZOOM_MEETING_SDK_SECRET ?? 'bench-secret';
const HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
const MAX_BODY_BYTES = 8 * 1024;
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/;
const SEPARATORS = /[ \u00a0\u2007\u2009\u202f\-\u2010-\u2013]/g;
const MEETING_DIGITS = /^\d{9,11}$/;

function sign(meetingNumber: string, role: number): string {
  const iat = Math.floor(Date.now() / 1000) - 30;
  const exp = iat + 7200;
  const payload = Buffer.from(
    JSON.stringify({
      appKey: SDK_KEY,
      sdkKey: SDK_KEY,
      mn: meetingNumber,
      role,
      iat,
      exp,
      tokenExp: exp,
    }),
  ).toString('base64url');
  const mac = createHmac('sha256', SECRET).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${mac}`;
}

/** The meeting number as digits and the role, or the reason the body is refused. */
function validate(text: string): { meetingNumber: string; role: number } | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'Body is not valid JSON';
  }
  if (typeof body !== 'object' || body === null) return 'Body must be a JSON object';

  const { meetingNumber, role } = body as { meetingNumber?: unknown; role?: unknown };
  const digits =
    typeof meetingNumber === 'number'
      ? String(meetingNumber)
      : typeof meetingNumber === 'string'
        ? meetingNumber.replace(SEPARATORS, '')
        : '';
  if (!MEETING_DIGITS.test(digits)) return 'Meeting number must be 9 to 11 digits';

  const roleNumber = typeof role === 'string' ? Number(role.trim()) : role;
  if (roleNumber !== 0 && roleNumber !== 1) return 'Role must be 0 or 1';

  return { meetingNumber: digits, role: roleNumber };
}

function reply(
  request: IncomingMessage,
  response: ServerResponse,
  started: number,
  status: number,
  body: unknown,
): void {
  const origin = request.headers.origin;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    vary: 'Origin',
  };
  if (origin !== undefined && EXTENSION_ORIGIN.test(origin)) {
    headers['access-control-allow-origin'] = origin;
  }

  response.writeHead(status, headers);
  response.end(JSON.stringify(body));

  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const duration = Math.round(performance.now() - started);
  process.stdout.write(`${request.method} ${path} ${status} ${duration}ms\n`);
}

const server = createServer((request, response) => {
  const started = performance.now();
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    reply(request, response, started, 413, { errors: [{ property: 'body', reason: 'Too large' }] });
    return;
  }

  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const result = validate(Buffer.concat(chunks).toString('utf8'));
    if (typeof result === 'string') {
      reply(request, response, started, 400, { errors: [{ property: 'body', reason: result }] });
      return;
    }

    const signature = sign(result.meetingNumber, result.role);
    reply(request, response, started, 200, { signature, sdkKey: SDK_KEY });
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
