// Starting meetings as host, and joining as oneself: Sign in with Zoom through the browser's
// auth window and a local fake of Zoom's OAuth, account mode with the shared host access
// token, and what a person reads when a host start cannot work.

import { jwtVerify } from 'jose';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { TEST_SDK_SECRET } from './harness/backends.ts';
import { fillPopup, OPTIONS_PAGE, saveBackendUrl, submitPopup } from './harness/flows.ts';
import {
  HOST_ACCESS_TOKEN,
  OTHER_ACCOUNT_MEETING,
  OWN_MEETING,
  startHostBackend,
  type HostBackend,
} from './harness/host-backends.ts';
import { endTest, launchExtension, type ExtensionSession } from './harness/launch-extension.ts';

const WC_INFO = 'https://zoom.us/api/v1/wc/info';
const HOST = 'Host (start the meeting)';

let session: ExtensionSession;
let host: HostBackend;

beforeEach(async () => {
  host = await startHostBackend();
  session = await launchExtension();
});

afterEach(({ task }) => endTest(task, session, host));

async function signInFromOptions(): Promise<Page> {
  const options = await saveBackendUrl(session, host.backend.url);
  await options.getByRole('button', { name: 'Sign in with Zoom' }).click();
  await options.getByText('Signed in as Ada Lovelace (ada@ours.test).').waitFor();
  return options;
}

async function waitForMeetingInfoCall(): Promise<URLSearchParams> {
  await expect
    .poll(() => session.outside.some((request) => request.url === WC_INFO), { timeout: 30_000 })
    .toBe(true);
  const call = session.outside.find((request) => request.url === WC_INFO);
  return new URLSearchParams(call?.postData ?? '');
}

/** Everything the extension keeps in one storage area, as JSON text. */
async function storedIn(area: 'sync' | 'local'): Promise<string> {
  // Passed as text: the test's own types know nothing of the worker's `chrome` global.
  const read = `(async () => JSON.stringify(await chrome.storage.${area}.get(null)))()`;
  return session.worker.evaluate<string>(read);
}

describe('sign in with Zoom', () => {
  it('starts the signed-in host’s meeting with their ZAK and a role 1 signature', async () => {
    await signInFromOptions();

    const popup = await fillPopup(session, { meeting: OWN_MEETING, name: 'Ada', role: HOST });
    const joinPage = await submitPopup(session, popup);
    const form = await waitForMeetingInfoCall();

    // Web SDK 6.2.0 sends the `zak` given to join() as the form field `zsk`.
    expect(host.zoom.zakOwner(form.get('zsk') ?? '')).toBe('ada');
    const secret = new TextEncoder().encode(TEST_SDK_SECRET);
    const { payload } = await jwtVerify(form.get('signature') ?? '', secret);
    expect(payload).toMatchObject({ role: 1, mn: OWN_MEETING });
    expect(joinPage.url()).not.toMatch(/zak|eyJ/);
    expect(await storedIn('sync')).not.toMatch(/eyJ|zak|ada@/i);
  });

  it('joins another account’s meeting as attendee with the signed-in user’s own ZAK', async () => {
    await signInFromOptions();

    const popup = await fillPopup(session, { meeting: OTHER_ACCOUNT_MEETING, name: 'Ada' });
    await submitPopup(session, popup);
    const form = await waitForMeetingInfoCall();

    // Since March 2026 Zoom lets an SDK app into other accounts' meetings only with a ZAK.
    // For a role 0 signature, Web SDK 6.2.0 sends the ZAK as `ztk` and leaves `zsk` empty.
    expect(host.zoom.zakOwner(form.get('ztk') ?? '')).toBe('ada');
    expect(form.get('zsk')).toBe('');
    const secret = new TextEncoder().encode(TEST_SDK_SECRET);
    const { payload } = await jwtVerify(form.get('signature') ?? '', secret);
    expect(payload).toMatchObject({ role: 0, mn: OTHER_ACCOUNT_MEETING });
  });

  it('says why a sign-in did not finish: declined on Zoom’s page, or refused', async () => {
    const options = await saveBackendUrl(session, host.backend.url);
    const signIn = options.getByRole('button', { name: 'Sign in with Zoom' });

    host.zoom.refuseSignIn({ error: 'access_denied' });
    await signIn.click();
    await options.getByText("Access was not allowed on Zoom's page.").waitFor();

    host.zoom.refuseSignIn({ error: 'invalid_scope', description: 'user:read:zak\u0007 missing' });
    await signIn.click();
    await options.getByText('Zoom refused the sign-in with the reason below.').waitFor();
    const alert = await options.getByRole('alert').innerText();
    expect(alert).toMatch(/invalid_scope: user:read:zak\s+missing/);
    expect(alert).not.toContain('\u0007');
    expect(await storedIn('local')).not.toMatch(/zoomSignIn"/);
  });

  it('shows who is signed in in the popup and prefills their Zoom name', async () => {
    await signInFromOptions();

    const popup = await session.openPage('src/popup/index.html');

    await popup.getByText('Signed in to Zoom as Ada Lovelace').waitFor();
    expect(await popup.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
  });

  it('asks to sign in for a host start after signing out', async () => {
    const options = await signInFromOptions();
    await options.getByRole('button', { name: 'Sign out' }).click();
    await options.getByText('Signed out.').waitFor();

    const popup = await fillPopup(session, { meeting: OWN_MEETING, name: 'Ada', role: HOST });
    await popup.getByLabel('Your name').press('Enter');

    await popup.getByText('Starting a meeting needs you to sign in with Zoom').waitFor();
    expect(await popup.getByRole('button', { name: 'Sign in with Zoom' }).isVisible()).toBe(true);
    expect(await storedIn('local')).not.toMatch(/zoomSignIn"/);
  });

  it('asks to sign in again when the sign-in expired, and keeps every other setting', async () => {
    host.zoom.setAccessTokenSeconds(60);
    await signInFromOptions();
    host.zoom.revokeAll();

    const popup = await fillPopup(session, { meeting: OWN_MEETING, name: 'Ada', role: HOST });
    const joinPage = await submitPopup(session, popup);

    await joinPage.getByText('Your Zoom sign-in has expired').waitFor({ timeout: 20_000 });
    expect(await joinPage.getByRole('button', { name: 'Sign in with Zoom' }).isVisible()).toBe(
      true,
    );
    const options = await session.openPage(OPTIONS_PAGE);
    await options.getByText('Your Zoom sign-in has expired').waitFor();
    expect(await options.getByLabel('Backend URL').inputValue()).toBe(host.backend.url);
  });
});

describe('account mode with the host access token', () => {
  async function saveToken(token: string): Promise<Page> {
    const options = await saveBackendUrl(session, host.backend.url);
    await options.getByLabel('Host access token').fill(token);
    await options.getByRole('button', { name: 'Save token' }).click();
    return options;
  }

  it('shows in Options that the backend refused a wrong token', async () => {
    const options = await saveToken('not-the-token');

    await options.getByText('The backend does not accept this host access token').waitFor();
    expect(await storedIn('local')).not.toContain('not-the-token');
  });

  it('joins as attendee without the host token, so a stale one blocks nothing', async () => {
    await saveBackendUrl(session, host.backend.url);
    // As if the operator changed the token after it was saved: the backend refuses this one.
    await session.worker.evaluate(`chrome.storage.local.set({ hostAccessToken: 'stale-token' })`);
    const popup = await fillPopup(session, { meeting: '85012345678', name: 'Ada' });

    await submitPopup(session, popup);
    const form = await waitForMeetingInfoCall();

    expect(form.get('meetingNumber')).toBe('85012345678');
  });

  it("explains why another account's meeting cannot start, and offers a way out", async () => {
    const options = await saveToken(HOST_ACCESS_TOKEN);
    await options.getByText('The backend accepted the host access token.').waitFor();

    const popup = await fillPopup(session, {
      meeting: OTHER_ACCOUNT_MEETING,
      name: 'Ada',
      role: HOST,
    });
    const joinPage = await submitPopup(session, popup);

    await joinPage.getByText('This meeting belongs to another Zoom account').waitFor();
    // The ways out render just after the sentence: wait for them rather than count at once.
    await joinPage.getByRole('button', { name: 'Join as attendee instead' }).waitFor();
    const zoomApp = joinPage.getByRole('link', { name: 'Start it in the Zoom app' });
    await zoomApp.waitFor();
    expect(await zoomApp.getAttribute('href')).toBe(`https://zoom.us/s/${OTHER_ACCOUNT_MEETING}`);
    expect(await storedIn('sync')).not.toContain(HOST_ACCESS_TOKEN);
  });
});
