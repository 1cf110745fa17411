// The join's critical path, measured on the real extension in Chromium: the end-to-end build,
// the real reference backend behind a loopback proxy that holds every request 300 ms (a slow
// network or server), and Zoom's internet faked by the test harness, so nothing leaves. Each
// join is timed from the popup's Enter to join() on the SDK, with the join page's own marks
// (src/join/join-marks.ts), once as the extension ships (SDK and signature at once) and once in
// the end-to-end build's sequential variant (signature only once the SDK is ready), alternating.

import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Page } from 'playwright-core';

import { JOIN_MARKS } from '../../src/join/join-marks.ts';
import { TEST_OVERRIDE_KEYS } from '../../src/shared/test-override-keys.ts';
import type { JoinOrder } from '../../src/shared/test-overrides.ts';
import { startRealBackend } from '../../tests/e2e/harness/backends.ts';
import { fillPopup, saveBackendUrl, submitPopup } from '../../tests/e2e/harness/flows.ts';
import {
  launchExtension,
  type ExtensionSession,
} from '../../tests/e2e/harness/launch-extension.ts';

/** How much slower the backend answers than on loopback. */
export const BACKEND_DELAY_MS = 300;

export interface JoinRun {
  /** From the popup's Enter to join() on the SDK. */
  submitToJoinMs: number;
  /** From the later of SDK ready and signature received to join(). */
  joinDelayMs: number;
}

/** The one extension API the benchmark calls in the service worker. */
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/** A proxy on loopback that forwards each request to `target` after holding it `delayMs`. */
async function startDelayingProxy(
  target: string,
  delayMs: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  const server: Server = createServer((incoming, outgoing) => {
    setTimeout(() => {
      const upstream = forward(
        { hostname, port, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (reply) => {
          outgoing.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      incoming.pipe(upstream);
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo; // A TCP listener always has an AddressInfo.

  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The join page's marks, once join() was called, as epoch milliseconds. */
async function joinMarks(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(
    (name) => performance.getEntriesByName(name).length > 0,
    JOIN_MARKS.joinCalled,
    { timeout: 120_000 },
  );

  return page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .map((mark) => [mark.name, performance.timeOrigin + mark.startTime]),
    ),
  );
}

async function timeOneJoin(session: ExtensionSession, order: JoinOrder): Promise<JoinRun> {
  await session.worker.evaluate((items) => chrome.storage.local.set(items), {
    [TEST_OVERRIDE_KEYS.joinOrder]: order,
  });
  const popup = await fillPopup(session, { meeting: '85012345678', name: 'Ada Lovelace' });

  const submitted = Date.now();
  const joinPage = await submitPopup(session, popup);
  try {
    const marks = await joinMarks(joinPage);
    const joinCalled = marks[JOIN_MARKS.joinCalled] ?? Number.NaN;
    const bothReady = Math.max(
      marks[JOIN_MARKS.sdkReady] ?? Number.NaN,
      marks[JOIN_MARKS.signatureReceived] ?? Number.NaN,
    );
    return { submitToJoinMs: joinCalled - submitted, joinDelayMs: joinCalled - bothReady };
  } finally {
    await joinPage.close();
  }
}

/**
 * Times `rounds` joins each way, alternating, after one unmeasured join each way (the first
 * loads of the SDK's files from disk). `extensionDir` is an end-to-end build.
 */
export async function measureJoin(
  extensionDir: string,
  rounds: number,
): Promise<Record<JoinOrder, JoinRun[]>> {
  const backend = await startRealBackend();
  const proxy = await startDelayingProxy(backend.url, BACKEND_DELAY_MS);
  const session = await launchExtension({ extensionDir });
  const runs: Record<JoinOrder, JoinRun[]> = { overlapped: [], sequential: [] };

  try {
    await (await saveBackendUrl(session, proxy.url)).close();
    await timeOneJoin(session, 'overlapped');
    await timeOneJoin(session, 'sequential');

    for (let round = 0; round < rounds; round++) {
      runs.overlapped.push(await timeOneJoin(session, 'overlapped'));
      runs.sequential.push(await timeOneJoin(session, 'sequential'));
    }
  } finally {
    await session.close();
    await proxy.close();
    await backend.close();
  }

  return runs;
}
