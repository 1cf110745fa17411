// The backends the end-to-end tests talk to: the real reference backend with
// test credentials, and a small misbehaving one for the error paths.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { loadConfig } from '../../../server/src/config.ts';
import { startServer, type RunningServer } from '../../../server/src/start-server.ts';

export const TEST_SDK_KEY = 'e2e-test-sdk-key';
export const TEST_SDK_SECRET = 'e2e-test-sdk-secret-not-a-real-one';

/** The real reference backend on 127.0.0.1, on `port` or else a free one. */
export function startRealBackend(port = 0): Promise<RunningServer> {
  const config = loadConfig({
    ZOOM_MEETING_SDK_KEY: TEST_SDK_KEY,
    ZOOM_MEETING_SDK_SECRET: TEST_SDK_SECRET,
    PORT: String(port),
  });
  return startServer(config, { log: () => undefined });
}

export interface CannedReply {
  status: number;
  contentType: string;
  body: string;
}

export interface CannedBackend extends RunningServer {
  /** The method and path of every request it received, in order, e.g. `POST /`. */
  received: string[];
}

/** A backend that answers every request with `reply`, as a broken or foreign server would. */
export async function startCannedBackend(reply: CannedReply): Promise<CannedBackend> {
  const received: string[] = [];
  const server: Server = createServer((request, response) => {
    received.push(`${request.method ?? '?'} ${request.url ?? '/'}`);
    response.writeHead(reply.status, { 'content-type': reply.contentType });
    response.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // A TCP listener always has an AddressInfo.

  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A backend that answers each request by what `answer` makes of its body, e.g. a signature
 * for role 0 and a refusal for role 1; it reads the whole body first.
 */
export async function startScriptedBackend(
  answer: (body: string) => CannedReply,
): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const reply = answer(Buffer.concat(chunks).toString('utf8'));
      response.writeHead(reply.status, { 'content-type': reply.contentType });
      response.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // A TCP listener always has an AddressInfo.

  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback URL on which nothing listens: a backend that is down. */
export async function deadBackendUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // A TCP listener always has an AddressInfo.
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}
