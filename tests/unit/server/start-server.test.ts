import { connect } from 'node:net';

import { afterEach, describe, expect, it, onTestFinished } from 'vitest';

import { MAX_BODY_BYTES } from '../../../server/src/limit-body.ts';
import { startServer } from '../../../server/src/start-server.ts';
import type { RunningServer } from '../../../server/src/start-server.ts';
import {
  EXTENSION_ORIGIN,
  TEST_CONFIG,
  TEST_SDK_KEY,
  verifyWithTestSecret,
} from './server-fixtures.ts';

// Read before any test starts a server, so a replaced global cannot hide itself.
const ORIGINAL_REQUEST = globalThis.Request;
const ORIGINAL_RESPONSE = globalThis.Response;

const running: RunningServer[] = [];

async function start(lines: string[] = []): Promise<RunningServer> {
  const server = await startServer(TEST_CONFIG, { log: (line) => lines.push(line) });
  running.push(server);

  return server;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

describe('startServer with bodies of no declared length', () => {
  /** Sends a raw HTTP/1.1 request and returns the status line's code. */
  async function rawStatus(server: RunningServer, head: string, body = ''): Promise<number> {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    // write, not end: a half-closed socket may be dropped before an async handler answers.
    socket.write(`${head}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n${body}`);
    let reply = '';
    for await (const chunk of socket) reply += String(chunk);
    return Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1]);
  }

  const chunk = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n`;

  it('answers a POST with no body and no Content-Length with 400, not 500', async () => {
    const server = await start();

    expect(await rawStatus(server, 'POST / HTTP/1.1')).toBe(400);
  });

  it('signs a chunked JSON body', async () => {
    const server = await start();
    const json = JSON.stringify({ meetingNumber: '123456789', role: 0 });

    const status = await rawStatus(
      server,
      'POST / HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked',
      `${chunk(json)}0\r\n\r\n`,
    );

    expect(status).toBe(200);
  });

  it('refuses a chunked body over 8 KiB with 413', async () => {
    const server = await start();
    const pad = 'x'.repeat(1024);

    const status = await rawStatus(
      server,
      'POST / HTTP/1.1\r\nTransfer-Encoding: chunked',
      `${chunk(pad).repeat(10)}0\r\n\r\n`,
    );

    expect(status).toBe(413);
  });
});

describe('startServer', () => {
  it('serves real HTTP on 127.0.0.1 with the port it picked', async () => {
    const lines: string[] = [];
    const server = await start(lines);

    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: EXTENSION_ORIGIN },
      body: JSON.stringify({ meetingNumber: '123 456 7890', role: 0 }),
    });

    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/$/);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    const reply = (await response.json()) as { signature: string; sdkKey: string };
    expect(reply.sdkKey).toBe(TEST_SDK_KEY);
    expect(await verifyWithTestSecret(reply.signature)).toMatchObject({ mn: '1234567890' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^POST \/ 200 \d+ms$/);
  });

  it('refuses a body over 8 KiB announced by Content-Length with 413', async () => {
    const server = await start();

    const response = await fetch(server.url, {
      method: 'POST',
      body: `{"pad":"${'x'.repeat(MAX_BODY_BYTES)}"}`,
    });

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ property: 'body', reason: 'Body must not exceed 8192 bytes' }],
    });
  });

  it('frees the port on close, even with a keep-alive connection open', async () => {
    const server = await start();
    await (await fetch(new URL('health', server.url))).text();

    await server.close();

    await expect(fetch(new URL('health', server.url))).rejects.toThrow();
  });

  it('can be closed twice', async () => {
    const server = await start();

    await server.close();

    await expect(server.close()).resolves.toBeUndefined();
  });

  it('rejects when the port is taken', async () => {
    const first = await start();
    const port = Number(new URL(first.url).port);

    await expect(startServer({ ...TEST_CONFIG, port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });

  it('leaves the global Request and Response of the calling process alone', async () => {
    await start();

    expect(globalThis.Request).toBe(ORIGINAL_REQUEST);
    expect(globalThis.Response).toBe(ORIGINAL_RESPONSE);
  });

  it('does not wait for a client that never finishes its request', async () => {
    const server = await start();
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    onTestFinished(() => void socket.destroy());
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"meet');
    await new Promise((resolve) => setTimeout(resolve, 100));

    const started = performance.now();
    await server.close();

    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('listens on the configured host only', async () => {
    const server = await start();
    const port = new URL(server.url).port;

    // All of 127.0.0.0/8 is loopback on Linux; a server bound to every address would answer.
    await expect(fetch(`http://127.0.0.2:${port}/health`)).rejects.toThrow();
  });
});
