// The floor the backend is measured against: the same contract (POST / with
// {meetingNumber, role} → {signature, sdkKey}) on bare node:http and
// node:crypto, with no framework, no schema library and no logging.

import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';

const SDK_KEY = process.env.ZOOM_MEETING_SDK_KEY ?? 'bench-key';
const SECRET = process.env.ZOOM_MEETING_SDK_SECRET ?? 'bench-secret';
const HEADER = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');

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

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      meetingNumber: string;
      role: number;
    }; // The benchmark sends only well-formed bodies.
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({ signature: sign(body.meetingNumber, body.role), sdkKey: SDK_KEY }),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
