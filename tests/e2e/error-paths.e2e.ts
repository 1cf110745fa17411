// What a person sees when something other than Zoom goes wrong: the backend is
// down, refuses, or is not a signature backend at all; the meeting ID is
// mistyped; no backend is set up; and a message the worker must refuse.

import { jwtVerify } from 'jose';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { RunningServer } from '../../server/src/start-server.ts';
import {
  deadBackendUrl,
  startCannedBackend,
  startRealBackend,
  TEST_SDK_SECRET,
  type CannedReply,
} from './harness/backends.ts';
import {
  fillPopup,
  openPopup,
  OPTIONS_PAGE,
  saveBackendUrl,
  submitPopup,
  type PopupInput,
} from './harness/flows.ts';
import { endTest, launchExtension, type ExtensionSession } from './harness/launch-extension.ts';

const WC_INFO = 'https://zoom.us/api/v1/wc/info';

/** The SDK's guarded `eval("require")` probe is refused by the CSP and is harmless. */
const EXPECTED_CSP_REPORT = /unsafe-eval/;

const BACKEND_DOWN = 'The signature backend did not answer';

/** The one extension API these tests call inside an extension page. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let session: ExtensionSession;
/** Servers a test started; all are closed after it. */
let servers: RunningServer[];
/** Uncaught errors in any page of the extension. */
let pageErrors: string[];

beforeEach(async () => {
  servers = [];
  pageErrors = [];
  session = await launchExtension();
  session.context.on('weberror', (error) => pageErrors.push(String(error.error())));
});

afterEach(({ task }) => endTest(task, session, ...servers));

async function cannedBackend(reply: CannedReply) {
  const backend = await startCannedBackend(reply);
  servers.push(backend);
  return backend;
}

/** Starts the real backend on the port of a URL that nothing answered until now. */
async function bringBackendUp(url: string): Promise<void> {
  servers.push(await startRealBackend(Number(new URL(url).port)));
}

async function joinFromPopup(input: PopupInput): Promise<Page> {
  return submitPopup(session, await fillPopup(session, input));
}

/** Chromium's own background traffic (updates, accounts), which reaches the fake internet too. */
const CHROMIUM_OWN = /(^|\.)(google|googleapis|gstatic|gvt1)\.com$/;

/** Requests that left for the internet from the extension, not from Chromium itself. */
function requestsFromExtension() {
  return session.outside.filter((request) => !CHROMIUM_OWN.test(new URL(request.url).hostname));
}

function meetingInfoCalls() {
  return session.outside.filter((request) => request.url === WC_INFO);
}

async function waitForMeetingInfoCall(): Promise<URLSearchParams> {
  await expect.poll(() => meetingInfoCalls().length, { timeout: 30_000 }).toBeGreaterThan(0);
  return new URLSearchParams(meetingInfoCalls().at(-1)?.postData ?? '');
}

async function signedRole(form: URLSearchParams): Promise<unknown> {
  const secret = new TextEncoder().encode(TEST_SDK_SECRET);
  const { payload } = await jwtVerify(form.get('signature') ?? '', secret);
  return payload.role;
}

function joinId(page: Page): string | null {
  return new URL(page.url()).searchParams.get('join');
}

/** The failure view of the join page, once it shows `text`. */
async function failureShowing(joinPage: Page, text: string) {
  const alert = joinPage.getByRole('alert');
  await alert.getByText(text).waitFor({ timeout: 30_000 });
  return alert;
}

function expectNoUnexpectedCspReports(): void {
  const unexpected = session.cspViolations.filter((line) => !EXPECTED_CSP_REPORT.test(line));
  expect(unexpected).toEqual([]);
}

describe('a backend that is down', () => {
  it('says so on the join page, and Try again asks it again', async () => {
    const url = await deadBackendUrl();
    await saveBackendUrl(session, url);
    const joinPage = await joinFromPopup({ meeting: '85012345678', name: 'Ada Lovelace' });
    const firstJoin = joinId(joinPage);

    await failureShowing(joinPage, BACKEND_DOWN);
    expect(
      await joinPage.getByRole('heading', { name: 'Could not join the meeting' }).count(),
    ).toBe(1);
    expect(await joinPage.getByRole('button', { name: 'Back' }).isVisible()).toBe(true);
    // The SDK's own screen, stuck on "Joining Meeting...", must not show through.
    const sdkLoadingScreen = joinPage.getByText('Joining Meeting...');
    await sdkLoadingScreen.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await sdkLoadingScreen.isVisible()).toBe(false);
    expect(await joinPage.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(meetingInfoCalls()).toEqual([]);

    await bringBackendUp(url);
    await joinPage.getByRole('button', { name: 'Try again' }).click();

    const form = await waitForMeetingInfoCall();
    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('userName')).toBe('Ada Lovelace');
    expect(joinId(joinPage)).toBe(firstJoin);
    expect(session.context.pages()).toContain(joinPage);
    expectNoUnexpectedCspReports();
    expect(pageErrors).toEqual([]);
  });

  it('goes Back to the form as it was filled in, and joins from it again in the same tab', async () => {
    const url = await deadBackendUrl();
    await saveBackendUrl(session, url);
    const joinPage = await joinFromPopup({
      meeting: '850 1234 5678',
      passcode: 'Pa55word',
      name: 'Ada Lovelace',
    });
    const firstJoin = joinId(joinPage);
    await failureShowing(joinPage, BACKEND_DOWN);

    await joinPage.getByRole('button', { name: 'Back' }).click();
    await joinPage.getByRole('heading', { name: 'Check the meeting details' }).waitFor();
    const meeting = joinPage.getByLabel('Meeting ID or invite link');
    const passcode = joinPage.getByLabel('Passcode');
    const name = joinPage.getByLabel('Your name');
    const role = joinPage.getByLabel('Join as');
    expect(await meeting.inputValue()).toBe('85012345678');
    expect(await passcode.inputValue()).toBe('Pa55word');
    expect(await name.inputValue()).toBe('Ada Lovelace');
    expect(await role.inputValue()).toBe('0');
    expect(await joinPage.getByText('Joining Meeting...').isVisible()).toBe(false);

    await passcode.fill('n3wPass');
    await name.fill('Grace Hopper');
    await bringBackendUp(url);
    const pagesBefore = session.context.pages().length;
    await name.press('Enter');

    await joinPage.waitForURL((address) => address.searchParams.get('join') !== firstJoin);
    const form = await waitForMeetingInfoCall();
    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('passWord')).toBe('n3wPass');
    expect(form.get('userName')).toBe('Grace Hopper');
    expect(await signedRole(form)).toBe(0);
    expect(session.context.pages().length).toBe(pagesBefore);
    expectNoUnexpectedCspReports();
    expect(pageErrors).toEqual([]);
  });
});

describe('a backend that answers but gives no signature', () => {
  it("shows the reasons of a 400 reply in the backend's own words", async () => {
    const reasons = [
      'Meeting 85012345678 is not hosted by this account',
      'Value is not valid. Got 2, expected 0,1',
    ];
    const backend = await cannedBackend({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        errors: [
          { property: 'meetingNumber', reason: reasons[0] },
          // An override would make the words read backwards; pages of text would bury the rest.
          { property: 'role', reason: `\u202E${reasons[1]}` },
          { property: 'passcode', reason: 'x'.repeat(5000) },
        ],
      }),
    });
    await saveBackendUrl(session, backend.url);
    const joinPage = await joinFromPopup({ meeting: '85012345678', name: 'Ada Lovelace' });

    const alert = await failureShowing(joinPage, 'The signature backend refused the request.');
    const shown = await alert.getByRole('listitem').allInnerTexts();
    expect(shown).toEqual([...reasons, 'x'.repeat(300)]);
    expect(backend.received).toContain('POST /');
    expect(meetingInfoCalls()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('says that a web page is not a signature backend, and never calls Zoom', async () => {
    const backend = await cannedBackend({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>',
    });
    await saveBackendUrl(session, backend.url);
    const joinPage = await joinFromPopup({ meeting: '85012345678', name: 'Ada Lovelace' });

    const alert = await failureShowing(joinPage, 'answered with something that is not a signature');
    await alert.getByText('It sent a web page instead').waitFor();
    const text = await alert.innerText();
    // Internal codes are for the code, not for people.
    expect(text).not.toMatch(/not-json|html-page|signature-not-jwt|no-signature/);
    expect(await joinPage.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(await joinPage.getByRole('button', { name: 'Back' }).isVisible()).toBe(true);
    expect(backend.received).toContain('POST /');
    expect(meetingInfoCalls()).toEqual([]);
    expect(pageErrors).toEqual([]);
    expectNoUnexpectedCspReports();
  });
});

describe('the popup', () => {
  it('refuses a meeting ID with letters next to the form, opening nothing and asking no one', async () => {
    const backend = await cannedBackend({
      status: 500,
      contentType: 'text/plain',
      body: 'must not be asked',
    });
    await saveBackendUrl(session, backend.url);
    const popup = await fillPopup(session, { meeting: '85012abc678', name: 'Ada Lovelace' });
    const pagesBefore = session.context.pages().length;

    await popup.getByLabel('Meeting ID or invite link').press('Enter');

    const alert = popup.getByRole('alert');
    await alert.getByText('A meeting ID has digits only').waitFor();
    const meeting = popup.getByLabel('Meeting ID or invite link');
    expect(await meeting.getAttribute('aria-invalid')).toBe('true');
    // The form and the message stay together, and the popup stays open to fix the ID.
    expect(await popup.locator('form').getByRole('alert').count()).toBe(1);
    await popup.waitForTimeout(500);
    expect(popup.isClosed()).toBe(false);
    expect(session.context.pages().length).toBe(pagesBefore);
    expect(backend.received).toEqual([]);
    expect(requestsFromExtension()).toEqual([]);
  });

  it('refuses a pasted passcode too long to be real, naming the passcode', async () => {
    const backend = await cannedBackend({
      status: 500,
      contentType: 'text/plain',
      body: 'must not be asked',
    });
    await saveBackendUrl(session, backend.url);
    const invitation = `Meeting ID: 850 1234 5678 Passcode: ${'y'.repeat(300)}`;
    const popup = await fillPopup(session, { meeting: invitation, name: 'Ada Lovelace' });

    await popup.getByLabel('Your name').press('Enter');

    await popup.getByRole('alert').getByText('passcode is too long').waitFor();
    expect(await popup.getByLabel('Passcode').getAttribute('aria-invalid')).toBe('true');
    expect(backend.received).toEqual([]);
  });

  it('says when no backend is set up, and its button opens the settings', async () => {
    const popup = await openPopup(session);

    const notice = popup.getByRole('status');
    await notice.getByText('Set up a signature backend before joining.').waitFor();
    const [options] = await Promise.all([
      session.context.waitForEvent('page'),
      notice.getByRole('button', { name: 'Open settings' }).click(),
    ]);

    await options.waitForLoadState();
    expect(options.url()).toBe(`chrome-extension://${session.extensionId}/${OPTIONS_PAGE}`);
    await options.getByLabel('Backend URL').waitFor();
  });

  it('says that no backend is set up when Join is pressed anyway, and opens no tab', async () => {
    const popup = await fillPopup(session, { meeting: '85012345678', name: 'Ada Lovelace' });
    const pagesBefore = session.context.pages().length;

    await popup.getByRole('button', { name: 'Join' }).click();

    await popup.getByRole('alert').getByText('No signature backend is set up yet').waitFor();
    expect(session.context.pages().length).toBe(pagesBefore);
  });
});

describe('the service worker', () => {
  it('sends Zoom a name without control characters or overrides, and refuses a blank one', async () => {
    const backend = await startRealBackend();
    servers.push(backend);
    const options = await saveBackendUrl(session, backend.url);
    const ask = (userName: string) =>
      options.evaluate(
        (userName) =>
          chrome.runtime.sendMessage({
            name: 'requestJoin',
            request: {
              meetingNumber: '85012345678',
              passcode: '',
              userName,
              role: 0,
              openTab: true,
            },
          }),
        userName,
      );

    expect(await ask('\u0007\u202E\n\t ')).toEqual({ ok: false, error: { code: 'invalid-name' } });

    await ask(' Eve\u0007\u202E\r\nSmith\t');
    const form = await waitForMeetingInfoCall();
    expect(form.get('userName')).toBe('Eve Smith');
  });

  it('refuses messages outside the protocol and logs none of their content', async () => {
    const marker = 'PAYLOAD-7c1e-MUST-NOT-BE-LOGGED';
    const workerLog: string[] = [];
    session.worker.on('console', (message) => workerLog.push(message.text()));
    const page = await session.openPage(OPTIONS_PAGE);
    const pagesBefore = session.context.pages().length;

    const replies = await page.evaluate(
      (payload) =>
        Promise.all(
          [
            { name: 'revealSignature', request: { joinId: payload } },
            { name: 'toString', request: { note: payload } },
            { name: '__proto__', request: { note: payload } },
            { name: 'getPreparedJoin', request: { joinId: payload } },
            { name: 'getPreparedJoin', request: payload },
            {
              name: 'requestJoin',
              request: {
                meetingNumber: '85012abc678',
                passcode: payload,
                userName: 'Eve',
                role: 0,
                openTab: true,
              },
            },
            {
              name: 'requestJoin',
              request: {
                meetingNumber: '85012345678',
                passcode: payload,
                userName: 'Eve',
                role: 7,
                openTab: true,
              },
            },
            { name: 'testConnection', request: { backendUrl: payload.repeat(200) } },
            payload,
            [payload],
          ].map((message) => chrome.runtime.sendMessage(message)),
        ),
      marker,
    );

    expect(replies).toHaveLength(10);
    for (const reply of replies) {
      expect(reply).toEqual({ ok: false, error: { code: 'message-refused' } });
    }
    await expect.poll(() => workerLog.filter((line) => /refused/i.test(line)).length).toBe(10);
    expect(workerLog.filter((line) => line.includes(marker.slice(0, 12)))).toEqual([]);
    expect(session.context.pages()).toHaveLength(pagesBefore);
    expect(requestsFromExtension()).toEqual([]);
  });
});
