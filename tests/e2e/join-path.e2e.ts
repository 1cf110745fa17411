// The whole path, as a person takes it: Options, popup, join tab, the SDK
// loaded from the extension, and Zoom's meeting-info call, intercepted here.

import { jwtVerify } from 'jose';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { RunningServer } from '../../server/src/start-server.ts';
import { startRealBackend, TEST_SDK_KEY, TEST_SDK_SECRET } from './harness/backends.ts';
import { fillPopup, saveBackendUrl, submitPopup } from './harness/flows.ts';
import { endTest, launchExtension, type ExtensionSession } from './harness/launch-extension.ts';

const WC_INFO = 'https://zoom.us/api/v1/wc/info';

/** The part of the worker's `chrome` object the tests read. */
interface StorageApi {
  storage: Record<'local' | 'sync', { get(keys: null): Promise<unknown> }>;
}

/** The SDK's guarded `eval("require")` probe is refused by the CSP and is harmless. */
const EXPECTED_CSP_REPORT = /unsafe-eval/;

let session: ExtensionSession;
let backend: RunningServer;

beforeEach(async () => {
  backend = await startRealBackend();
  session = await launchExtension();
});

afterEach(({ task }) => endTest(task, session, backend));

async function waitForMeetingInfoCall(): Promise<URLSearchParams> {
  await expect
    .poll(() => session.outside.some((request) => request.url === WC_INFO), { timeout: 30_000 })
    .toBe(true);
  const call = session.outside.find((request) => request.url === WC_INFO);
  return new URLSearchParams(call?.postData ?? '');
}

async function joinFromPopup(role?: 'Host (start the meeting)'): Promise<Page> {
  await saveBackendUrl(session, backend.url);
  const popup = await fillPopup(session, {
    meeting: 'https://us05web.zoom.us/j/85012345678?pwd=abc123',
    name: 'Ada Lovelace',
    ...(role ? { role } : {}),
  });
  expect(await popup.getByLabel('Passcode').inputValue()).toBe('abc123');
  return submitPopup(session, popup);
}

describe('joining from the toolbar', () => {
  it('loads the SDK from the extension and asks Zoom with a signature for the meeting', async () => {
    const joinPage = await joinFromPopup();
    const form = await waitForMeetingInfoCall();

    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('userName')).toBe('Ada Lovelace');
    expect(form.get('passWord')).toBe('abc123');

    const secret = new TextEncoder().encode(TEST_SDK_SECRET);
    const { payload } = await jwtVerify(form.get('signature') ?? '', secret);
    expect(payload).toMatchObject({ mn: '85012345678', role: 0, appKey: TEST_SDK_KEY });

    const sdkFilesFromOutside = session.outside.filter((request) =>
      /source\.zoom\.us|cloudfront\.net|zoomus\.cn|\.(js|wasm|css)(\?|$)/.test(request.url),
    );
    expect(sdkFilesFromOutside).toEqual([]);
    expect(await joinPage.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(joinPage.url()).not.toMatch(/eyJ|signature/);
  });

  it('says that Zoom cannot be reached when the network is closed', async () => {
    const joinPage = await joinFromPopup();
    await waitForMeetingInfoCall();

    await joinPage.getByText('Zoom cannot be reached from this computer').waitFor();
    expect(await joinPage.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    const unexpected = session.cspViolations.filter((line) => !EXPECTED_CSP_REPORT.test(line));
    expect(unexpected).toEqual([]);
  });

  it("shows Zoom's own answer and code when Zoom refuses the join", async () => {
    // Zoom's meeting-info service answers a wrong passcode with its code 3004.
    session.setInternetHandler((request) =>
      request.url === WC_INFO
        ? {
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify({
              status: false,
              errorCode: 3004,
              errorMessage: 'Passcode wrong.',
            }),
          }
        : 'abort',
    );
    const joinPage = await joinFromPopup();

    const alert = joinPage.getByRole('alert');
    await alert.getByText("Zoom's code: 3004").waitFor({ timeout: 30_000 });
    expect(await alert.getByText('Zoom cannot be reached').count()).toBe(0);
  });
});

describe('joining a webinar from a registration link', () => {
  // Shaped like the `tk` of Zoom's personal registration links, and unique enough to search for.
  const TOKEN = 'RegTokE2E_4f9c2a-77.DQMAAAAWx7yZ~9';
  const LINK = `https://zoom.us/w/85012345678?tk=${TOKEN}&pwd=abc123`;

  it('hands the registrant token to Zoom, and to no log, synced storage or URL', async () => {
    const consoleLines: string[] = [];
    session.context.on('console', (message) => consoleLines.push(message.text()));
    session.worker.on('console', (message) => consoleLines.push(message.text()));

    await saveBackendUrl(session, backend.url);
    const popup = await fillPopup(session, { meeting: LINK, name: 'Ada Lovelace' });
    await popup.getByText('Your registration from the link is used to join.').waitFor();
    const joinPage = await submitPopup(session, popup);
    const form = await waitForMeetingInfoCall();

    // The SDK 6.2.0 sends the join option `tk` as the `tk` field of its meeting-info call.
    expect(form.get('tk')).toBe(TOKEN);
    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('passWord')).toBe('abc123');

    // The failed join (the network is closed) has logged by now, on the page and in the worker.
    await joinPage.getByText('Zoom cannot be reached from this computer').waitFor();
    expect(consoleLines.length).toBeGreaterThan(0);
    expect(consoleLines.filter((line) => line.includes(TOKEN))).toEqual([]);

    const stored = await session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: StorageApi }; // The worker's API.
      return {
        sync: JSON.stringify(await chrome.storage.sync.get(null)),
        local: JSON.stringify(await chrome.storage.local.get(null)),
      };
    });
    // The meeting itself is remembered in recent meetings, without its token.
    expect(stored.local).toContain('85012345678');
    expect(stored.local).not.toContain(TOKEN);
    expect(stored.sync).not.toContain(TOKEN);

    expect(joinPage.url()).not.toContain(TOKEN);
    const pageUrls = session.context.pages().map((page) => page.url());
    expect(pageUrls).toContain(joinPage.url());
    expect(pageUrls.filter((url) => url.includes(TOKEN))).toEqual([]);
  });
});
