// The ways into a join other than the popup's form: the context menu on a link or on selected
// text, the `zm` keyword in the address bar, and Zoom links redirected to the extension.

import { jwtVerify } from 'jose';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { RunningServer } from '../../server/src/start-server.ts';
import { startRealBackend, TEST_SDK_SECRET } from './harness/backends.ts';
import {
  htmlPage,
  rememberName,
  servePages,
  waitForMeetingInfo,
  WC_INFO,
} from './harness/entry-flows.ts';
import { OPTIONS_PAGE, saveBackendUrl } from './harness/flows.ts';
import { endTest, launchExtension, type ExtensionSession } from './harness/launch-extension.ts';
import { clickContextMenu, enterInOmnibox } from './harness/worker-events.ts';

const MEETING_LINK = 'https://us05web.zoom.us/j/85012345678?pwd=abc123';
const CALENDAR = 'https://calendar.example.test/';
const MAIL = 'https://mail.example.test/';
const JOIN_PAGE = /\/src\/join\/index\.html\?join=[0-9a-f-]{36}$/;
const FORM_PAGE = /\/src\/join\/form\.html\?draft=/;

let session: ExtensionSession;
let backend: RunningServer;

beforeEach(async () => {
  backend = await startRealBackend();
  session = await launchExtension();
});

afterEach(({ task }) => endTest(task, session, backend));

/** Opens a page of the fake internet that links to `href`, and returns it. */
async function openPageWithLink(url: string, href: string): Promise<Page> {
  servePages(session, {
    [url]: htmlPage(`<p>Weekly sync: <a id="zoom" href="${href}">join the meeting</a></p>`),
  });
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

async function signedRole(form: URLSearchParams): Promise<unknown> {
  const secret = new TextEncoder().encode(TEST_SDK_SECRET);
  const { payload } = await jwtVerify(form.get('signature') ?? '', secret);
  return payload.role;
}

describe('the context menu', () => {
  it('joins the meeting of a Zoom link with its passcode and the remembered name', async () => {
    await saveBackendUrl(session, backend.url);
    await rememberName(session, 'Grace Hopper');
    const page = await openPageWithLink(CALENDAR, MEETING_LINK);
    const href = await page.locator('#zoom').getAttribute('href');

    const [joinPage] = await Promise.all([
      session.context.waitForEvent('page'),
      clickContextMenu(session, { menuItemId: 'join-link', linkUrl: href ?? '' }, page.url()),
    ]);
    const form = await waitForMeetingInfo(session);

    expect(joinPage.url()).toMatch(JOIN_PAGE);
    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('passWord')).toBe('abc123');
    expect(form.get('userName')).toBe('Grace Hopper');
    expect(await signedRole(form)).toBe(0);
  });

  it('takes "Start as host" on selected text to the host form, with its details', async () => {
    await saveBackendUrl(session, backend.url);
    await rememberName(session, 'Grace Hopper');
    const page = await openPageWithLink(CALENDAR, MEETING_LINK);
    // Chrome hands a selection over with its lines joined by spaces.
    const selectionText = 'Topic: Weekly sync Meeting ID: 850 1234 5679 Passcode: E0vyik';

    const [formPage] = await Promise.all([
      session.context.waitForEvent('page'),
      clickContextMenu(session, { menuItemId: 'start-selection', selectionText }, page.url()),
    ]);

    // Starting needs the host's Zoom sign-in, which this browser has not done: the form says so
    // and keeps the meeting, ready to start once signed in.
    await formPage.getByRole('alert').waitFor();
    expect(await formPage.getByLabel('Meeting ID or invite link').inputValue()).toBe('85012345679');
    expect(await formPage.getByLabel('Passcode').inputValue()).toBe('E0vyik');
    expect(await formPage.getByLabel('Join as').inputValue()).toBe('1');
    expect(session.outside.some((request) => request.url === WC_INFO)).toBe(false);
  });

  it('asks for a name first when none is remembered, then joins', async () => {
    await saveBackendUrl(session, backend.url);
    const page = await openPageWithLink(CALENDAR, MEETING_LINK);

    const [formPage] = await Promise.all([
      session.context.waitForEvent('page'),
      clickContextMenu(session, { menuItemId: 'join-link', linkUrl: MEETING_LINK }, page.url()),
    ]);
    await formPage.getByLabel('Your name').waitFor();

    expect(await formPage.getByLabel('Meeting ID or invite link').inputValue()).toBe('85012345678');
    expect(await formPage.getByLabel('Passcode').inputValue()).toBe('abc123');
    expect(session.outside.some((request) => request.url === WC_INFO)).toBe(false);

    // The form starts in the one field left to fill: typing the name and Enter join.
    await expect.poll(() => formPage.evaluate(() => document.activeElement?.id)).toBe('user-name');
    await formPage.keyboard.type('Ada Lovelace');
    await formPage.keyboard.press('Enter');
    const form = await waitForMeetingInfo(session);

    expect(formPage.url()).toMatch(JOIN_PAGE);
    expect(form.get('userName')).toBe('Ada Lovelace');
    expect(form.get('passWord')).toBe('abc123');
  });

  it("keeps a webinar link's registrant token through the name form to Zoom", async () => {
    const token = 'RegTokE2E_menu-5b1d.DQMAAAAW~3';
    const webinarLink = `https://zoom.us/w/85012345678?tk=${token}&pwd=abc123`;
    await saveBackendUrl(session, backend.url);
    const page = await openPageWithLink(CALENDAR, webinarLink);

    const [formPage] = await Promise.all([
      session.context.waitForEvent('page'),
      clickContextMenu(session, { menuItemId: 'join-link', linkUrl: webinarLink }, page.url()),
    ]);
    await formPage.getByLabel('Your name').waitFor();

    // The token is not a field: the form only says that the registration will be used.
    await formPage.getByText('Your registration from the link is used to join.').waitFor();
    expect(await formPage.getByLabel('Meeting ID or invite link').inputValue()).toBe('85012345678');
    expect(formPage.url()).not.toContain(token);

    await formPage.getByLabel('Your name').fill('Ada Lovelace');
    await formPage.getByLabel('Your name').press('Enter');
    const form = await waitForMeetingInfo(session);

    expect(formPage.url()).toMatch(JOIN_PAGE);
    expect(form.get('tk')).toBe(token);
  });

  it('says why selected text that holds no meeting cannot be joined', async () => {
    await saveBackendUrl(session, backend.url);
    await rememberName(session, 'Grace Hopper');
    const page = await openPageWithLink(CALENDAR, MEETING_LINK);
    const selectionText = 'https://example.com/j/85012345678';

    const [formPage] = await Promise.all([
      session.context.waitForEvent('page'),
      clickContextMenu(session, { menuItemId: 'join-selection', selectionText }, page.url()),
    ]);

    await formPage.getByText('That link is not a Zoom meeting link').waitFor();
    expect(session.outside.some((request) => request.url === WC_INFO)).toBe(false);
  });
});

describe('the zm keyword in the address bar', () => {
  it('joins the meeting number typed after it', async () => {
    await saveBackendUrl(session, backend.url);
    await rememberName(session, 'Grace Hopper');

    const [joinPage] = await Promise.all([
      session.context.waitForEvent('page'),
      enterInOmnibox(session, '850 1234 5678', 'newForegroundTab'),
    ]);
    const form = await waitForMeetingInfo(session);

    expect(joinPage.url()).toMatch(JOIN_PAGE);
    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('userName')).toBe('Grace Hopper');
  });

  it('joins a pasted link in the tab in use', async () => {
    await saveBackendUrl(session, backend.url);
    await rememberName(session, 'Grace Hopper');
    const tab = await session.context.newPage();
    await tab.bringToFront();

    await enterInOmnibox(session, MEETING_LINK, 'currentTab');
    await tab.waitForURL(JOIN_PAGE);
    const form = await waitForMeetingInfo(session);

    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('passWord')).toBe('abc123');
  });
});

describe('opening Zoom links in the extension', () => {
  async function setLinkOpening(on: boolean): Promise<Page> {
    const options = await session.openPage(OPTIONS_PAGE);
    const toggle = options.getByLabel('Open Zoom meeting links here instead of in the Zoom app');
    await toggle.setChecked(on);
    await expect.poll(() => dynamicRuleCount(), { timeout: 10_000 }).toBe(on ? 1 : 0);
    return options;
  }

  function dynamicRuleCount(): Promise<number> {
    return session.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: RulesApi }; // The worker's API.
      return (await chrome.declarativeNetRequest.getDynamicRules()).length;
    });
  }

  interface RulesApi {
    declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> };
  }

  const zoomAsked = () => session.outside.some((request) => request.url.includes('/j/85012345678'));

  it('leaves Zoom links to Zoom while the switch is off, as it is at first', async () => {
    await saveBackendUrl(session, backend.url);
    await rememberName(session, 'Grace Hopper');
    servePages(session, { [MEETING_LINK]: htmlPage('<h1>Launch meeting - Zoom</h1>') });
    const tab = await session.context.newPage();

    await tab.goto(MEETING_LINK);

    expect(tab.url()).toBe(MEETING_LINK);
    expect(await tab.getByText('Launch meeting - Zoom').isVisible()).toBe(true);
    expect(zoomAsked()).toBe(true);
    expect(session.context.pages().some((page) => JOIN_PAGE.test(page.url()))).toBe(false);
  });

  it('opens a Zoom link in the prefilled form while the switch is on, no more once off', async () => {
    await saveBackendUrl(session, backend.url);
    await rememberName(session, 'Grace Hopper');
    servePages(session, { [MEETING_LINK]: htmlPage('<h1>Launch meeting - Zoom</h1>') });
    const options = await setLinkOpening(true);
    const tab = await session.context.newPage();

    await tab.goto(MEETING_LINK).catch(() => undefined); // The redirect aborts this navigation.
    // Any site can send the browser to a Zoom link, so nothing joins before the person says so.
    await tab.waitForURL(FORM_PAGE);
    expect(await tab.getByLabel('Passcode').inputValue()).toBe('abc123');
    expect(session.outside.some((request) => request.url.includes('/wc/info'))).toBe(false);
    await tab.getByLabel('Your name').press('Enter');
    await tab.waitForURL(JOIN_PAGE);
    const form = await waitForMeetingInfo(session);

    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('passWord')).toBe('abc123');
    expect(zoomAsked()).toBe(false);

    await options.bringToFront();
    await setLinkOpening(false);
    await tab.goto(MEETING_LINK);

    expect(tab.url()).toBe(MEETING_LINK);
    expect(zoomAsked()).toBe(true);
  });

  it("refuses to work inside another site's frame", async () => {
    await saveBackendUrl(session, backend.url);
    await rememberName(session, 'Grace Hopper');
    const formUrl = `chrome-extension://${session.extensionId}/src/join/form.html#${MEETING_LINK}`;
    servePages(session, { [CALENDAR]: htmlPage(`<iframe src="${formUrl}"></iframe>`) });
    const page = await session.context.newPage();

    await page.goto(CALENDAR);
    const frame = page.frameLocator('iframe');
    await frame.getByText('works only in a browser tab of its own').waitFor();

    expect(await frame.getByRole('button', { name: 'Join' }).count()).toBe(0);
    expect(await frame.getByLabel('Passcode').count()).toBe(0);
  });

  it("lets a paused site's Zoom links through and still opens other sites' links", async () => {
    await saveBackendUrl(session, backend.url);
    await rememberName(session, 'Grace Hopper');
    const options = await setLinkOpening(true);
    await options.getByLabel('Sites whose Zoom links open as before').fill('calendar.example.test');
    await options.getByRole('button', { name: 'Save' }).last().click();
    await options.getByText('Sites saved.').waitFor();
    const link = `<a id="zoom" href="${MEETING_LINK}">join</a>`;
    servePages(session, {
      [CALENDAR]: htmlPage(link),
      [MAIL]: htmlPage(link),
      [MEETING_LINK]: htmlPage('<h1>Launch meeting - Zoom</h1>'),
    });
    // The pause reaches the rule through storage and the worker: wait until it is in place.
    await expect
      .poll(() => session.worker.evaluate(readExcludedSites), { timeout: 10_000 })
      .toEqual(['calendar.example.test']);

    const paused = await session.context.newPage();
    await paused.goto(CALENDAR);
    await paused.locator('#zoom').click();
    await paused.getByText('Launch meeting - Zoom').waitFor();

    const other = await session.context.newPage();
    await other.goto(MAIL);
    await other.locator('#zoom').click();
    await other.waitForURL(FORM_PAGE);
  });
});

async function readExcludedSites(): Promise<unknown> {
  interface RulesApi {
    declarativeNetRequest: {
      getDynamicRules(): Promise<{ condition: { excludedInitiatorDomains?: string[] } }[]>;
    };
  }
  const { chrome } = globalThis as unknown as { chrome: RulesApi }; // The worker's API.
  const [rule] = await chrome.declarativeNetRequest.getDynamicRules();
  return rule?.condition.excludedInitiatorDomains;
}
