// The join waits for both of its parts, the loaded SDK and the signature, however they arrive:
// join() is never called before both are there, and a signature that fails ends the tab's wait
// with a clear message instead of a join. The backend here holds its answer until the test lets
// it go, so the order is the test's, not the machine's.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { JOIN_MARKS } from '../../src/join/join-marks.ts';
import type { RunningServer } from '../../server/src/start-server.ts';
import { startRealBackend } from './harness/backends.ts';
import { fillPopup, saveBackendUrl, submitPopup } from './harness/flows.ts';
import { endTest, launchExtension, type ExtensionSession } from './harness/launch-extension.ts';

const WC_INFO = 'https://zoom.us/api/v1/wc/info';

interface HeldBackend {
  url: string;
  /** Resolves once a signature request has arrived and is being held. */
  asked: Promise<void>;
  /** Lets the held requests through to the real backend, or answers them with `status`. */
  release(answer: { forwardTo: string } | { status: number }): void;
  close(): Promise<void>;
}

/** A backend that holds every request until released, then forwards it or fails it. */
async function startHeldBackend(): Promise<HeldBackend> {
  let markAsked: () => void = () => undefined;
  const asked = new Promise<void>((resolve) => (markAsked = resolve));
  let release: (answer: { forwardTo: string } | { status: number }) => void = () => undefined;
  const released = new Promise<{ forwardTo: string } | { status: number }>(
    (resolve) => (release = resolve),
  );

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      markAsked();
      void released.then(async (answer) => {
        if ('status' in answer) {
          response.writeHead(answer.status, { 'content-type': 'text/plain' });
          return response.end('held backend failure');
        }
        const reply = await fetch(answer.forwardTo, {
          method: request.method ?? 'POST',
          headers: { 'content-type': 'application/json' },
          body: Buffer.concat(chunks),
        });
        response.writeHead(reply.status, { 'content-type': 'application/json' });
        response.end(await reply.text());
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // A TCP listener always has an AddressInfo.

  return {
    url: `http://127.0.0.1:${port}/`,
    asked,
    release,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let session: ExtensionSession;
let realBackend: RunningServer;
let held: HeldBackend;

beforeEach(async () => {
  realBackend = await startRealBackend();
  held = await startHeldBackend();
  session = await launchExtension();
});

afterEach(({ task }) => endTest(task, session, held, realBackend));

async function joinFromPopup(): Promise<Page> {
  await saveBackendUrl(session, held.url);
  const popup = await fillPopup(session, { meeting: '85012345678', name: 'Ada Lovelace' });
  return submitPopup(session, popup);
}

/** The join page's own marks, in order (the SDK adds marks of its own). */
async function marksOf(page: Page): Promise<string[]> {
  const names = await page.evaluate(() =>
    performance.getEntriesByType('mark').map((mark) => mark.name),
  );
  return names.filter((name) => name.startsWith('join:'));
}

function waitForMark(page: Page, name: string): Promise<unknown> {
  return page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: 60_000,
  });
}

function meetingInfoCalls() {
  return session.outside.filter((request) => request.url === WC_INFO);
}

it('waits for a late signature with the SDK ready, and joins once it arrives', async () => {
  const joinPage = await joinFromPopup();
  await held.asked;

  await waitForMark(joinPage, JOIN_MARKS.sdkReady);
  await joinPage.getByText('Getting permission to join from your backend…').waitFor();
  expect(await marksOf(joinPage)).not.toContain(JOIN_MARKS.joinCalled);
  expect(meetingInfoCalls()).toEqual([]);

  held.release({ forwardTo: realBackend.url });

  await waitForMark(joinPage, JOIN_MARKS.joinCalled);
  expect(await marksOf(joinPage)).toEqual([
    JOIN_MARKS.sdkReady,
    JOIN_MARKS.signatureReceived,
    JOIN_MARKS.joinCalled,
  ]);
  await expect.poll(() => meetingInfoCalls().length, { timeout: 30_000 }).toBe(1);
});

it('calls join() once, after both parts, when the backend answers at once', async () => {
  held.release({ forwardTo: realBackend.url });
  const joinPage = await joinFromPopup();

  await waitForMark(joinPage, JOIN_MARKS.joinCalled);
  const marks = await marksOf(joinPage);
  expect(marks.indexOf(JOIN_MARKS.joinCalled)).toBeGreaterThan(marks.indexOf(JOIN_MARKS.sdkReady));
  expect(marks.indexOf(JOIN_MARKS.joinCalled)).toBeGreaterThan(
    marks.indexOf(JOIN_MARKS.signatureReceived),
  );
  expect(marks.filter((mark) => mark === JOIN_MARKS.joinCalled)).toHaveLength(1);
});

it('ends the wait with a clear message when the signature fails, and never joins', async () => {
  const joinPage = await joinFromPopup();
  await held.asked;

  held.release({ status: 500 });

  await joinPage
    .getByRole('alert')
    .getByText('The signature backend')
    .first()
    .waitFor({ timeout: 30_000 });
  expect(await joinPage.getByRole('heading', { name: 'Could not join the meeting' }).count()).toBe(
    1,
  );
  // The SDK still finishes loading in the background; it must not join when it does.
  await waitForMark(joinPage, JOIN_MARKS.sdkReady);
  expect(await marksOf(joinPage)).not.toContain(JOIN_MARKS.joinCalled);
  expect(meetingInfoCalls()).toEqual([]);
});
