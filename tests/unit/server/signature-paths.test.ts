// `POST /` has two ways in: Hono's route (`app.request`, what the Worker runs) and Node's direct
// path (node-signature-path.ts), which startServer uses for it. Every request here goes both
// ways and the replies must be the same: status, JSON, the headers a browser acts on and the
// access line. The direct path is wrapped to record what it answered, so a request that
// should have taken it but went to Hono instead fails too.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';

import { decodeJwt } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import type { AppOptions } from '../../../server/src/app.ts';
import type { ServerConfig } from '../../../server/src/config.ts';
import { loadConfig } from '../../../server/src/config.ts';
import { MAX_BODY_BYTES } from '../../../server/src/limit-body.ts';
import { signMeetingSignatureNode } from '../../../server/src/sign-signature-node.ts';
import { startServer, type RunningServer } from '../../../server/src/start-server.ts';
import type { FakeZoom } from '../../fakes/fake-zoom.ts';
import {
  HOST_ACCESS_TOKEN,
  hostEnv,
  OTHER_ACCOUNT_MEETING,
  OWN_MEETING,
  signIn,
  startTestZoom,
} from './host-fixtures.ts';
import {
  createTestApp,
  EXTENSION_ORIGIN,
  TEST_CONFIG,
  TEST_SDK_SECRET,
  verifyWithTestSecret,
} from './server-fixtures.ts';

const directPath = vi.hoisted(() => ({ targets: [] as string[] }));

vi.mock('../../../server/src/node-signature-path.ts', async (importOriginal) => {
  type Module = typeof import('../../../server/src/node-signature-path.ts');
  const original = await importOriginal<Module>();
  return {
    ...original,
    createNodeSignaturePath: (...args: Parameters<Module['createNodeSignaturePath']>) => {
      const listener = original.createNodeSignaturePath(...args);
      return (request: IncomingMessage, response: ServerResponse) => {
        directPath.targets.push(request.url ?? '');
        listener(request, response);
      };
    },
  };
});

const VALID = { meetingNumber: '859 9624 9517', role: 0 };
const FOREIGN_ORIGIN = 'https://evil.example';
const COMPARED_HEADERS = [
  'content-type',
  'cache-control',
  'access-control-allow-origin',
  'vary',
  'allow',
] as const;

interface Sent {
  body: unknown;
  headers?: Record<string, string>;
  /** The request target; `/` unless a case says otherwise. */
  target?: string;
}

interface Seen {
  status: number;
  body: unknown;
  headers: Record<string, string | null>;
  lines: string[];
}

interface Pair {
  app: ReturnType<typeof createTestApp>['app'];
  appLines: string[];
  server: RunningServer;
  serverLines: string[];
  zoom?: FakeZoom;
}

const running: RunningServer[] = [];

afterAll(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

afterEach(() => {
  directPath.targets.length = 0;
});

/** The same backend twice: as a Hono app, and served by startServer on 127.0.0.1. */
async function startPair(config: Partial<ServerConfig> = {}, options: AppOptions = {}) {
  const { app, lines: appLines } = createTestApp(config, {
    sign: signMeetingSignatureNode,
    ...options,
  });
  const serverLines: string[] = [];
  const server = await startServer(
    { ...TEST_CONFIG, ...config },
    { ...options, log: (line) => serverLines.push(line) },
  );
  running.push(server);

  return { app, appLines, server, serverLines };
}

function encodeBody(body: unknown): string | Uint8Array<ArrayBuffer> {
  if (body instanceof Uint8Array) return new Uint8Array(body);

  return typeof body === 'string' ? body : JSON.stringify(body);
}

async function seen(response: Response, lines: string[], zoom?: FakeZoom): Promise<Seen> {
  const headers = Object.fromEntries(
    COMPARED_HEADERS.map((name) => [name, response.headers.get(name)]),
  );
  const body = await comparable((await response.json()) as unknown, zoom);
  // Durations differ from run to run; the rest of the line may not.
  return { status: response.status, body, headers, lines: lines.map(withoutDuration) };
}

function withoutDuration(line: string): string {
  return line.replace(/ \d+ms$/, ' Nms');
}

/** The reply with what legitimately differs between two calls (times, ZAK text) taken out. */
async function comparable(body: unknown, zoom?: FakeZoom): Promise<unknown> {
  if (typeof body !== 'object' || body === null) return body;

  const copy: Record<string, unknown> = { ...body };
  if (typeof copy.signature === 'string') {
    await verifyWithTestSecret(copy.signature);
    const { iat, exp, tokenExp, ...claims } = decodeJwt(copy.signature);
    copy.signature = { claims, lifetime: Number(exp) - Number(iat), tokenExp: tokenExp === exp };
  }
  if (typeof copy.zak === 'string') copy.zak = `ZAK of ${zoom?.zakOwner(copy.zak) ?? '?'}`;
  return copy;
}

/** Sends `sent` through Hono and over HTTP; returns both replies as seen by a client. */
async function sendBothWays(pair: Pair, sent: Sent): Promise<{ hono: Seen; node: Seen }> {
  const target = sent.target ?? '/';
  const init = () => ({
    method: 'POST',
    headers: sent.headers ?? { 'Content-Type': 'application/json' },
    body: encodeBody(sent.body),
  });
  pair.appLines.length = 0;
  pair.serverLines.length = 0;

  const hono = await seen(await pair.app.request(target, init()), pair.appLines, pair.zoom);
  const response = await fetch(new URL(target, pair.server.url), init());
  const node = await seen(response, pair.serverLines, pair.zoom);

  return { hono, node };
}

/** A valid request padded with an ignored property to exactly `size` bytes. */
function paddedBody(size: number): string {
  const start = '{"meetingNumber":"123456789","role":0,"pad":"';
  const end = '"}';
  return start + 'x'.repeat(size - start.length - end.length) + end;
}

const json = { 'Content-Type': 'application/json' };
const fromExtension = { ...json, Origin: EXTENSION_ORIGIN };
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('POST / answers the same through Hono and through the Node path', () => {
  let pair: Pair;

  beforeAll(async () => {
    pair = await startPair();
  });

  it.each<[string, number, Sent]>([
    ['a valid request from the extension', 200, { body: VALID, headers: fromExtension }],
    ['a valid request without Origin, as curl sends it', 200, { body: VALID }],
    ['a valid request from a web page', 200, { body: VALID, headers: { Origin: FOREIGN_ORIGIN } }],
    [
      'a web page whose host looks like an extension',
      200,
      { body: VALID, headers: { Origin: `https://${EXTENSION_ORIGIN}` } },
    ],
    [
      'the optional properties',
      200,
      { body: { ...VALID, role: '0', expirationSeconds: 3600, videoWebRtcMode: 1 } },
    ],
    [
      'a declared text/plain body',
      200,
      { body: VALID, headers: { 'Content-Type': 'text/plain', Origin: EXTENSION_ORIGIN } },
    ],
    ['no Content-Type at all', 200, { body: utf8(JSON.stringify(VALID)), headers: {} }],
    ['a byte order mark before the JSON', 200, { body: `\ufeff${JSON.stringify(VALID)}` }],
    [
      'bytes that are not UTF-8 in an ignored property',
      200,
      {
        body: new Uint8Array([
          ...utf8('{"role":0,"meetingNumber":"123456789","x":"'),
          0xff,
          34,
          125,
        ]),
      },
    ],
    ['a body of exactly 8 KiB', 200, { body: paddedBody(MAX_BODY_BYTES) }],
    [
      'a body one byte over 8 KiB',
      413,
      { body: paddedBody(MAX_BODY_BYTES + 1), headers: fromExtension },
    ],
    ['a missing meetingNumber', 400, { body: { role: 0 } }],
    [
      'letters in meetingNumber, from the extension',
      400,
      { body: { meetingNumber: '12345abcd', role: 0 }, headers: fromExtension },
    ],
    ['role 2', 400, { body: { ...VALID, role: 2 } }],
    ['role "abc"', 400, { body: { ...VALID, role: 'abc' } }],
    ['expirationSeconds 100', 400, { body: { ...VALID, expirationSeconds: 100 } }],
    ['expirationSeconds 1800.5', 400, { body: { ...VALID, expirationSeconds: 1800.5 } }],
    ['videoWebRtcMode 3', 400, { body: { ...VALID, videoWebRtcMode: 3 } }],
    [
      'several problems at once',
      400,
      { body: { meetingNumber: 'x', role: 5, videoWebRtcMode: 2 } },
    ],
    ['a body that is not JSON', 400, { body: '{"meetingNumber": 123456789,' }],
    ['a JSON array', 400, { body: '[{"meetingNumber":"123456789","role":0}]' }],
    ['JSON null', 400, { body: 'null' }],
    ['an empty body', 400, { body: '' }],
    ['a body of white space', 400, { body: ' \n\t ' }],
    ['a session that is a number', 400, { body: { ...VALID, session: 42 } }],
    ['an empty session', 400, { body: { ...VALID, session: '' } }],
    ['a session where sign-in is not set up', 404, { body: { ...VALID, session: 'not-sealed' } }],
    ['role 1 without credentials', 401, { body: { ...VALID, role: 1 } }],
    [
      'a wrong host access token',
      401,
      { body: { ...VALID, role: 1 }, headers: { ...fromExtension, Authorization: 'Bearer no' } },
    ],
    [
      'an Authorization that is not a bearer token',
      200,
      { body: VALID, headers: { ...json, Authorization: 'Basic dXNlcjpwYXNz' } },
    ],
  ])('%s (%i)', async (_label, status, sent) => {
    const { hono, node } = await sendBothWays(pair, sent);

    expect(hono.status).toBe(status);
    expect(node).toEqual(hono);
    expect(directPath.targets).toEqual(['/']);
  });

  it('leaves a request with a query string to Hono, which answers it as POST /', async () => {
    const plain = await sendBothWays(pair, { body: VALID, headers: fromExtension });
    directPath.targets.length = 0;

    const { hono, node } = await sendBothWays(pair, {
      body: VALID,
      headers: fromExtension,
      target: '/?zak=secret-zak-value',
    });

    expect(directPath.targets).toEqual([]);
    expect(node).toEqual(hono);
    expect(node).toEqual(plain.node);
    expect(node.lines).toEqual(['POST / 200 Nms']);
  });

  it('logs one line, with nothing of the body, the secret or the signature', async () => {
    const body = { meetingNumber: '987654321', role: 0, videoWebRtcMode: 'marker-value' };
    pair.serverLines.length = 0;

    await fetch(pair.server.url, { method: 'POST', body: JSON.stringify(body) });
    const response = await fetch(pair.server.url, {
      method: 'POST',
      body: JSON.stringify({ meetingNumber: '987654321', role: 0 }),
    });
    const { signature } = (await response.json()) as { signature: string };

    expect(pair.serverLines.map(withoutDuration)).toEqual(['POST / 400 Nms', 'POST / 200 Nms']);
    const log = pair.serverLines.join('\n');
    for (const secret of [TEST_SDK_SECRET, signature, '987654321', 'marker-value']) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('POST / through both ways when something breaks', () => {
  it('answers a bug with a bare 500 that keeps the CORS and cache headers', async () => {
    const pair = await startPair(
      {},
      {
        sign: () => {
          throw new Error('a bug');
        },
      },
    );

    const { hono, node } = await sendBothWays(pair, { body: VALID, headers: fromExtension });

    expect(hono.status).toBe(500);
    expect(hono.body).toEqual({ errors: [{ property: 'server', reason: 'Internal error' }] });
    expect(node).toEqual(hono);
    expect(directPath.targets).toEqual(['/']);
  });
});

describe('the Node path when its log fails', () => {
  it('neither crashes nor leaves the client waiting', async () => {
    const server = await startServer(TEST_CONFIG, {
      log: () => {
        throw new Error('standard output is gone');
      },
    });
    running.push(server);

    const replies = [
      await fetch(server.url, { method: 'POST', body: JSON.stringify(VALID) }),
      await fetch(server.url, { method: 'POST', body: '{' }),
    ];

    expect(replies.map((reply) => reply.status)).toEqual([200, 400]);
    expect(directPath.targets).toEqual(['/', '/']);
  });
});

describe('POST / for hosts through both ways', () => {
  let zoom: FakeZoom;
  let pair: Pair;
  let session: string;

  beforeAll(async () => {
    zoom = await startTestZoom();
    const { zoom: zoomConfig } = loadConfig(hostEnv(zoom));
    pair = { ...(await startPair({ zoom: zoomConfig })), zoom };
    ({ session } = await signIn(pair.app));
  });

  afterAll(async () => {
    await zoom.close();
  });

  const bearer = { ...json, Authorization: `Bearer ${HOST_ACCESS_TOKEN}` };

  it.each<[string, number, () => Sent]>([
    [
      'a signed-in host starting their meeting',
      200,
      () => ({ body: { meetingNumber: OWN_MEETING, role: 1, session } }),
    ],
    [
      "a signed-in person starting someone else's meeting",
      403,
      () => ({ body: { meetingNumber: '85055556666', role: 1, session } }),
    ],
    [
      'a signed-in person joining',
      200,
      () => ({ body: { meetingNumber: OTHER_ACCOUNT_MEETING, role: 0, session } }),
    ],
    [
      'a session this backend did not seal',
      401,
      () => ({ body: { meetingNumber: OWN_MEETING, role: 1, session: `${session}x` } }),
    ],
    [
      'the host access token in account mode',
      200,
      () => ({ body: { meetingNumber: '85055556666', role: 1 }, headers: bearer }),
    ],
    [
      "the host access token for another account's meeting",
      403,
      () => ({ body: { meetingNumber: OTHER_ACCOUNT_MEETING, role: 1 }, headers: bearer }),
    ],
  ])('%s (%i)', async (_label, status, sent) => {
    const { hono, node } = await sendBothWays(pair, sent());

    expect(hono.status).toBe(status);
    expect(node).toEqual(hono);
    expect(directPath.targets).toEqual(['/']);
  });
});

describe('the Node path over raw HTTP', () => {
  let pair: Pair;

  beforeAll(async () => {
    pair = await startPair();
  });

  interface RawReply {
    status: number;
    headers: Map<string, string>;
    body: string;
  }

  function open(server: RunningServer): Socket {
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
    // The server may close first; the tests look at what arrived and at `close`.
    socket.on('error', () => undefined);
    return socket;
  }

  /** Resolves with the first complete reply on `socket`, without ending the request. */
  function readReply(socket: Socket): Promise<RawReply> {
    return new Promise((resolve, reject) => {
      let received = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        const split = received.indexOf('\r\n\r\n');
        if (split === -1) return;

        const [statusLine = '', ...fields] = received.subarray(0, split).toString().split('\r\n');
        const headers = new Map(
          fields.map((field) => {
            const colon = field.indexOf(':');
            return [field.slice(0, colon).toLowerCase(), field.slice(colon + 1).trim()];
          }),
        );
        const body = received.subarray(split + 4);
        if (body.length < Number(headers.get('content-length'))) return;

        socket.off('data', onData);
        resolve({ status: Number(statusLine.split(' ')[1]), headers, body: body.toString() });
      };
      socket.on('data', onData);
      socket.once('close', () => reject(new Error('closed before a whole reply')));
    });
  }

  const chunk = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n`;
  // Reads on, since a paused socket never sees the server's end.
  const closed = (socket: Socket) =>
    new Promise((resolve) => socket.once('close', resolve).resume());

  it('refuses a chunked body at 8 KiB, before it ends, as Hono does', async () => {
    const socket = open(pair.server);
    const reply = readReply(socket);
    const over = 'x'.repeat(1024);
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nOrigin: ' + EXTENSION_ORIGIN);
    socket.write(`\r\nTransfer-Encoding: chunked\r\n\r\n${chunk(over).repeat(9)}`);

    const answered = await reply;
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(utf8(over.repeat(9)));
        controller.close();
      },
    });
    const hono = await pair.app.request('/', {
      method: 'POST',
      headers: { Origin: EXTENSION_ORIGIN },
      body: stream,
      duplex: 'half',
    } as RequestInit);

    expect(answered.status).toBe(413);
    expect(hono.status).toBe(413);
    expect(JSON.parse(answered.body)).toEqual(await hono.json());
    for (const name of COMPARED_HEADERS) {
      expect(answered.headers.get(name) ?? null).toBe(hono.headers.get(name));
    }
    expect(pair.serverLines.map(withoutDuration)).toContain('POST / 413 Nms');
    // The body never ends, so only the server can end the connection.
    await closed(socket);
  });

  it('refuses a declared length over 8 KiB without waiting for the body', async () => {
    const socket = open(pair.server);
    const reply = readReply(socket);
    socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\n`);

    expect((await reply).status).toBe(413);
    await closed(socket);
  });

  it('keeps the connection for the next request once a refused body has arrived', async () => {
    const socket = open(pair.server);
    const body = paddedBody(MAX_BODY_BYTES + 1);
    const valid = JSON.stringify(VALID);
    const first = readReply(socket);
    socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    expect((await first).status).toBe(413);

    const second = readReply(socket);
    socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${valid.length}\r\n\r\n${valid}`);

    expect((await second).status).toBe(200);
    socket.destroy();
  });

  it('survives a client that goes away mid-body, logging it as Hono does', async () => {
    pair.serverLines.length = 0;
    const socket = open(pair.server);
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"meetingNu');
    await vi.waitFor(() => expect(directPath.targets).toEqual(['/']));

    socket.destroy();

    // Hono's route fails to read the body and answers 500 to nobody; the line is the same.
    await vi.waitFor(() =>
      expect(pair.serverLines.map(withoutDuration)).toEqual(['POST / 500 Nms']),
    );
    const next = await fetch(pair.server.url, { method: 'POST', body: JSON.stringify(VALID) });
    expect(next.status).toBe(200);
  });

  it('survives a body whose chunked encoding breaks mid-way', async () => {
    pair.serverLines.length = 0;
    const socket = open(pair.server);
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
    socket.write(chunk('{"meetingNumber":'));
    await vi.waitFor(() => expect(directPath.targets).toEqual(['/']));

    socket.write('zz\r\nnot a chunk\r\n');

    await closed(socket);
    await vi.waitFor(() =>
      expect(pair.serverLines.map(withoutDuration)).toEqual(['POST / 500 Nms']),
    );
    const next = await fetch(pair.server.url, { method: 'POST', body: JSON.stringify(VALID) });
    expect(next.status).toBe(200);
  });

  it('reads repeated Authorization lines joined, as Hono does', async () => {
    // Node's own `headers` keeps only the first line: `Bearer a` would be refused as a wrong
    // token, while Hono reads "Bearer a, Bearer b", which is no bearer token at all.
    const valid = JSON.stringify({ ...VALID, role: 1 });
    const socket = open(pair.server);
    const reply = readReply(socket);
    socket.write(
      `POST / HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b\r\n` +
        `Content-Length: ${valid.length}\r\n\r\n${valid}`,
    );

    const hono = await pair.app.request('/', {
      method: 'POST',
      headers: { Authorization: 'Bearer a, Bearer b' },
      body: valid,
    });
    const answered = await reply;
    socket.destroy();

    expect(directPath.targets).toEqual(['/']);
    expect(answered.status).toBe(hono.status);
    expect(JSON.parse(answered.body)).toEqual(await hono.json());
    expect(JSON.parse(answered.body)).toMatchObject({ code: 'not_authenticated' });
  });
});
