// The meeting beside the page: the popup opens the browser's side panel in the person's click,
// the panel takes the join and runs Component View from the extension's files, at the panel's
// width. The panel is reached through the DevTools protocol (see harness/side-panel.ts).

import { createHmac } from 'node:crypto';

import { jwtVerify } from 'jose';
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';

import type { RunningServer } from '../../server/src/start-server.ts';
import {
  startRealBackend,
  startScriptedBackend,
  TEST_SDK_KEY,
  TEST_SDK_SECRET,
} from './harness/backends.ts';
import { fillPopup, openPopup, saveBackendUrl } from './harness/flows.ts';
import {
  launchExtension,
  saveFailureArtifacts,
  type ExtensionSession,
  type LaunchOptions,
} from './harness/launch-extension.ts';
import { attachSidePanel, openBrowserSession, type SidePanel } from './harness/side-panel.ts';

const WC_INFO = 'https://zoom.us/api/v1/wc/info';
const MEETING = '85012345678';

/** The SDK's guarded `eval("require")` probe is refused by the CSP and is harmless. */
const EXPECTED_CSP_REPORT = /unsafe-eval/;

let session: ExtensionSession | undefined;
let backend: RunningServer | undefined;

afterEach(async ({ task }) => {
  if (session && task.result?.state === 'fail') await saveFailureArtifacts(session, task.name);
  await session?.close();
  await backend?.close();
  session = undefined;
  backend = undefined;
});

async function start(
  options: LaunchOptions = {},
  startBackend: () => Promise<RunningServer> = () => startRealBackend(),
): Promise<ExtensionSession> {
  backend = await startBackend();
  session = await launchExtension(options);
  await saveBackendUrl(session, backend.url);
  return session;
}

/** Fills the popup, chooses the side panel and clicks Join: the click opens the panel. */
async function joinInSidePanel(current: ExtensionSession): Promise<Page> {
  const popup = await fillPopup(current, {
    meeting: `https://us05web.zoom.us/j/${MEETING}?pwd=abc123`,
    name: 'Ada Lovelace',
  });
  await popup.getByRole('radio', { name: 'Side panel' }).check();
  await popup.getByRole('button', { name: 'Join' }).click();
  return popup;
}

function meetingInfoCalls(current: ExtensionSession) {
  return current.outside.filter((request) => request.url === WC_INFO);
}

async function waitForMeetingInfoCall(current: ExtensionSession): Promise<URLSearchParams> {
  await expect.poll(() => meetingInfoCalls(current).length, { timeout: 45_000 }).toBeGreaterThan(0);
  return new URLSearchParams(meetingInfoCalls(current)[0]?.postData ?? '');
}

/** Visible elements of the panel that reach past its edges, described for the failure text. */
function elementsWiderThanPanel(panel: SidePanel): Promise<string[]> {
  return panel.evaluate<string[]>(`() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return false;
        return box.left < -1 || box.right > width + 1;
      })
      .map((element) => element.tagName + '.' + String(element.className).slice(0, 60)
        + ' ' + Math.round(element.getBoundingClientRect().width));
  }`);
}

/** The panel's visible text, read again until `pattern` shows (navigation may be under way). */
async function waitForPanelText(panel: SidePanel, pattern: RegExp): Promise<void> {
  await expect
    .poll(() => panel.evaluate<string>('() => document.body.innerText').catch(() => ''), {
      timeout: 30_000,
    })
    .toMatch(pattern);
}

describe('the side panel', () => {
  it('joins in the panel opened by the popup, with the SDK from the extension', async () => {
    const current = await start();
    const cdp = await openBrowserSession(current);
    await joinInSidePanel(current);
    const panel = await attachSidePanel(current, cdp);

    const form = await waitForMeetingInfoCall(current);

    expect(form.get('meetingNumber')).toBe(MEETING);
    expect(form.get('userName')).toBe('Ada Lovelace');
    // Component View takes `password` and sends Zoom the same field as the client view.
    expect(form.get('passWord')).toBe('abc123');
    const { payload } = await jwtVerify(
      form.get('signature') ?? '',
      new TextEncoder().encode(TEST_SDK_SECRET),
    );
    expect(payload).toMatchObject({ mn: MEETING, role: 0, appKey: TEST_SDK_KEY });

    const sdkFilesFromOutside = current.outside.filter((request) =>
      /source\.zoom\.us|cloudfront\.net|zoomus\.cn|\.(js|wasm|css|json)(\?|$)/.test(request.url),
    );
    expect(sdkFilesFromOutside).toEqual([]);
    expect(await panel.url()).toMatch(/\/src\/join\/panel\.html\?join=[0-9a-f-]{36}$/);
    expect(await elementsWiderThanPanel(panel)).toEqual([]);

    // The network is closed: the panel explains it as the tab does, in the same words.
    await waitForPanelText(panel, /Zoom cannot be reached from this computer/);
    expect(await elementsWiderThanPanel(panel)).toEqual([]);
    const unexpected = panel.cspViolations.filter((line) => !EXPECTED_CSP_REPORT.test(line));
    expect(unexpected).toEqual([]);
    expect(
      current.context.pages().some((page) => page.url().includes('/src/join/index.html')),
    ).toBe(false);
  });

  it('remembers the choice of the side panel in the popup', async () => {
    const current = await start();
    await joinInSidePanel(current);

    const popup = await openPopup(current);

    expect(await popup.getByRole('radio', { name: 'Side panel' }).isChecked()).toBe(true);
    expect(await popup.getByRole('radio', { name: 'Tab' }).isChecked()).toBe(false);
  });

  it('moves the meeting to a tab and back, joining again each time', async () => {
    const current = await start();
    const cdp = await openBrowserSession(current);
    await joinInSidePanel(current);
    const panel = await attachSidePanel(current, cdp);
    await waitForMeetingInfoCall(current);

    const [tab] = await Promise.all([
      current.context.waitForEvent('page', { timeout: 15_000 }),
      panel.evaluate(`() => [...document.querySelectorAll('button')]
        .find((button) => button.textContent === 'Move to a tab').click()`),
    ]);

    expect(tab.url()).toMatch(/\/src\/join\/index\.html\?join=/);
    await expect.poll(() => meetingInfoCalls(current).length, { timeout: 45_000 }).toBe(2);
    await waitForPanelText(panel, /The meeting continues in a tab/);

    // And back: a click in the tab opens the panel, which takes the new join; the tab closes.
    await Promise.all([
      tab.waitForEvent('close', { timeout: 15_000 }),
      tab.getByRole('button', { name: 'Move to side panel' }).click(),
    ]);
    await expect.poll(() => meetingInfoCalls(current).length, { timeout: 45_000 }).toBe(3);
    expect(await panel.url()).toMatch(/\/src\/join\/panel\.html\?join=[0-9a-f-]{36}$/);
  });
});

/** A backend that signs, correctly, a JWT for another meeting than the one asked for. */
function startBackendSigningAnotherMeeting(): Promise<RunningServer> {
  const iat = Math.floor(Date.now() / 1000);
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
    appKey: TEST_SDK_KEY,
    sdkKey: TEST_SDK_KEY,
    mn: '85099999999',
    role: 0,
    iat,
    exp: iat + 7200,
    tokenExp: iat + 7200,
  })}`;
  const mac = createHmac('sha256', TEST_SDK_SECRET).update(unsigned).digest('base64url');
  const body = JSON.stringify({ signature: `${unsigned}.${mac}`, sdkKey: TEST_SDK_KEY });

  return startScriptedBackend(() => ({ status: 200, contentType: 'application/json', body }));
}

describe("the side panel shares the join tab's checks and explanations", () => {
  it('names a signature for another meeting and never asks Zoom to join', async () => {
    const current = await start({}, startBackendSigningAnotherMeeting);
    const cdp = await openBrowserSession(current);
    await joinInSidePanel(current);
    const panel = await attachSidePanel(current, cdp);

    await waitForPanelText(panel, /is for meeting 85099999999 \(its mn claim\)/);
    expect(meetingInfoCalls(current)).toEqual([]);
  });

  it('asks for the passcode again when Zoom says it is wrong, as the tab does', async () => {
    const current = await start();
    current.setInternetHandler((request) =>
      request.url === WC_INFO
        ? {
            status: 200,
            contentType: 'application/json',
            body: JSON.stringify({ status: false, errorCode: 3004, errorMessage: 'Wrong.' }),
          }
        : 'abort',
    );
    const cdp = await openBrowserSession(current);
    await joinInSidePanel(current);
    const panel = await attachSidePanel(current, cdp);

    await waitForPanelText(panel, /The passcode is wrong\./);
    expect(
      await panel.evaluate<boolean>(`() => [...document.querySelectorAll('button')]
        .some((button) => button.textContent === 'Join with this passcode')`),
    ).toBe(true);
  });
});

describe('camera and microphone for the side panel', () => {
  async function grant(cdp: CDPSession, current: ExtensionSession, setting: 'granted' | 'denied') {
    for (const name of ['camera', 'microphone']) {
      await cdp.send('Browser.setPermission', {
        permission: { name },
        setting,
        origin: `chrome-extension://${current.extensionId}`,
      });
    }
  }

  it('asks for them once from a tab, then joins in the panel when they are granted', async () => {
    const current = await start({ allowMediaPrompts: false });
    const cdp = await openBrowserSession(current);
    await joinInSidePanel(current);
    const panel = await attachSidePanel(current, cdp);

    await waitForPanelText(panel, /The side panel cannot ask for your camera and microphone/);
    expect(meetingInfoCalls(current)).toEqual([]);

    const [tab] = await Promise.all([
      current.context.waitForEvent('page', { timeout: 15_000 }),
      panel.evaluate(`() => [...document.querySelectorAll('button')]
        .find((button) => button.textContent === 'Allow in a tab').click()`),
    ]);
    expect(tab.url()).toMatch(/\/src\/join\/media-access\.html$/);

    // The test stands in for the person answering the browser's prompt in that tab.
    await grant(cdp, current, 'granted');
    await tab.reload();
    await tab.getByText('Done: meetings in the side panel may now use').waitFor();

    await waitForMeetingInfoCall(current);
  });

  it('explains how to allow them when they are blocked, and can join without them', async () => {
    const current = await start({ allowMediaPrompts: false });
    const cdp = await openBrowserSession(current);
    await grant(cdp, current, 'denied');
    await joinInSidePanel(current);
    const panel = await attachSidePanel(current, cdp);

    await waitForPanelText(panel, /Camera and microphone are blocked for this extension/);
    expect(meetingInfoCalls(current)).toEqual([]);

    await panel.evaluate(`() => [...document.querySelectorAll('button')]
      .find((button) => button.textContent === 'Join without camera and microphone').click()`);

    await waitForMeetingInfoCall(current);

    // Chosen once, joining without them holds for the next join in the panel: no asking again.
    await joinInSidePanel(current);
    await expect.poll(() => meetingInfoCalls(current).length, { timeout: 45_000 }).toBe(2);
  });
});
