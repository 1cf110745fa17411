// The whole internet, as the test browser sees it: one local server that
// every non-local host resolves to (Chromium's --host-resolver-rules), over
// TLS with a throwaway certificate (Chromium's --ignore-certificate-errors).
//
// Playwright's own request interception misses tabs that an extension opens
// with tabs.create (microsoft/playwright#21061), so it cannot guarantee that
// nothing leaves; the browser's resolver can. Every request is recorded and
// then answered or aborted by the test; by default it is aborted, as on a
// closed network.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RecordedRequest {
  method: string;
  /** The URL the browser asked for, with the real host, e.g. `https://zoom.us/api/v1/wc/info`. */
  url: string;
  postData: string;
}

export interface CannedResponse {
  status: number;
  contentType: string;
  body: string;
}

/** What the test answers; `abort` drops the connection, as a closed network would. */
export type InternetHandler = (request: RecordedRequest) => CannedResponse | 'abort';

export interface FakeInternet {
  port: number;
  requests: RecordedRequest[];
  setHandler(handler: InternetHandler): void;
  /** The Chromium switches that send every non-local host here. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

const TLS_HANDSHAKE = 0x16;

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const folder = mkdtempSync(path.join(tmpdir(), 'join-panel-tls-'));
  const keyPath = path.join(folder, 'key.pem');
  const certPath = path.join(folder, 'cert.pem');

  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=fake-internet.test',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'ignore' },
  );
  const pair = { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  rmSync(folder, { recursive: true, force: true });
  return pair;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(''));
  });
}

/** Starts the fake internet on 127.0.0.1. */
export async function startFakeInternet(): Promise<FakeInternet> {
  const requests: RecordedRequest[] = [];
  let handler: InternetHandler = () => 'abort';

  const answer = (scheme: string) => async (request: IncomingMessage, response: ServerResponse) => {
    const recorded = {
      method: request.method ?? 'GET',
      url: `${scheme}://${request.headers.host ?? 'unknown'}${request.url ?? '/'}`,
      postData: await readBody(request),
    };
    requests.push(recorded);

    const reply = handler(recorded);
    if (reply === 'abort') {
      request.socket.destroy();
      return;
    }

    const origin = request.headers.origin;
    response.writeHead(reply.status, {
      'content-type': reply.contentType,
      ...(origin ? { 'access-control-allow-origin': origin } : {}),
      'access-control-allow-credentials': 'true',
    });
    response.end(reply.body);
  };

  const https = createHttpsServer(makeCertificate(), (request, response) => {
    void answer('https')(request, response);
  });
  const http = createHttpServer((request, response) => {
    void answer('http')(request, response);
  });

  // One port for both: the first byte tells a TLS handshake from plain HTTP.
  const front = createNetServer({ pauseOnConnect: true }, (socket: Socket) => {
    socket.on('error', () => undefined);
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null; // A paused socket yields Buffers.
      if (!first) return socket.destroy();

      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? https : http).emit('connection', socket);
    });
  });

  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo; // A TCP listener always has an AddressInfo.

  return {
    port,
    requests,
    setHandler: (next) => {
      handler = next;
    },
    chromiumArgs: [
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
      '--ignore-certificate-errors',
    ],
    close: () =>
      new Promise((resolve) => {
        https.closeAllConnections();
        http.closeAllConnections();
        front.close(() => resolve());
      }),
  };
}
