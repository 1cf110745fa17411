// The popup draws its form at once and fills it when the stored settings arrive: what a person
// typed or picked meanwhile stays, untouched fields take the stored values, and nothing on the
// form moves. The end-to-end build lets a test hold the popup's reads back
// (src/shared/test-overrides.ts), so "meanwhile" is as long as the test needs.

import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { RunningServer } from '../../server/src/start-server.ts';
import { POPUP_INTERACTIVE_MARK, POPUP_SETTLED_MARK } from '../../src/popup/popup-marks.ts';
import { RECENT_MEETINGS_KEY } from '../../src/shared/recent-meetings.ts';
import { TEST_OVERRIDE_KEYS } from '../../src/shared/test-override-keys.ts';
import { startRealBackend } from './harness/backends.ts';
import { openBrowserSession } from './harness/extension-view.ts';
import { POPUP_PAGE, saveBackendUrl, waitForMark } from './harness/flows.ts';
import { endTest, launchExtension, type ExtensionSession } from './harness/launch-extension.ts';
import { closeToolbarPopup, openToolbarPopup } from './harness/toolbar-popup.ts';

const HOLD = TEST_OVERRIDE_KEYS.holdPopupReads;

let session: ExtensionSession;
let backend: RunningServer;

beforeEach(async () => {
  backend = await startRealBackend();
  session = await launchExtension();
});

afterEach(({ task }) => endTest(task, session, backend));

async function storeSettings(settings: Record<string, unknown>): Promise<void> {
  await session.worker.evaluate(`chrome.storage.sync.set(${JSON.stringify(settings)})`);
}

/** Opens the popup with its reads held, once its form takes input. */
async function openHeldPopup(): Promise<Page> {
  await session.worker.evaluate(`chrome.storage.local.set({ ${HOLD}: true })`);
  const popup = await session.openPage(POPUP_PAGE);
  await waitForMark(popup, POPUP_INTERACTIVE_MARK);
  return popup;
}

async function release(popup: Page): Promise<void> {
  expect(await hasMark(popup, POPUP_SETTLED_MARK)).toBe(false);
  await session.worker.evaluate(`chrome.storage.local.remove('${HOLD}')`);
  await waitForMark(popup, POPUP_SETTLED_MARK);
}

function hasMark(popup: Page, mark: string): Promise<boolean> {
  return popup.evaluate((name) => performance.getEntriesByName(name).length > 0, mark);
}

/** Where the form's fields and its Join button are on screen. */
function formLayout(popup: Page) {
  return popup.evaluate(() =>
    ['#meeting', '#passcode', '#user-name', '#role', 'button[type=submit]'].map((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box ? [box.x, box.y, box.width, box.height] : undefined;
    }),
  );
}

describe('popup form before the stored settings', () => {
  it('keeps what was typed and picked, and fills only the rest', async () => {
    await saveBackendUrl(session, backend.url);
    await storeSettings({ userName: 'Stored Name', defaultRole: 1, openIn: 'tab' });

    const popup = await openHeldPopup();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('meeting');
    await popup.getByLabel('Meeting ID or invite link').fill('850 1234 5678');
    await popup.getByLabel('Your name').fill('Typed Name');
    await popup.getByLabel('Side panel').check();
    await release(popup);

    await expect.poll(() => popup.getByLabel('Join as').inputValue()).toBe('1');
    expect(await popup.getByLabel('Your name').inputValue()).toBe('Typed Name');
    expect(await popup.getByLabel('Meeting ID or invite link').inputValue()).toBe('850 1234 5678');
    expect(await popup.getByLabel('Side panel').isChecked()).toBe(true);
  });

  it('takes the stored values into untouched fields without moving the form', async () => {
    await saveBackendUrl(session, backend.url);
    await storeSettings({ userName: 'Stored Name', defaultRole: 1, openIn: 'side-panel' });

    const popup = await openHeldPopup();
    expect(await popup.getByLabel('Your name').inputValue()).toBe('');
    const before = await formLayout(popup);
    await release(popup);

    await expect.poll(() => popup.getByLabel('Your name').inputValue()).toBe('Stored Name');
    expect(await popup.getByLabel('Join as').inputValue()).toBe('1');
    expect(await popup.getByLabel('Side panel').isChecked()).toBe(true);
    expect(await formLayout(popup)).toEqual(before);
  });

  it('shows the missing backend below the form, which stays put', async () => {
    const popup = await openHeldPopup();
    const before = await formLayout(popup);
    expect(await popup.getByText('Set up a signature backend').count()).toBe(0);
    await release(popup);

    await popup.getByText('Set up a signature backend before joining.').waitFor();
    expect(await formLayout(popup)).toEqual(before);
  });
});

describe('Enter before the stored settings', () => {
  it('waits for them and joins with the stored name, instead of asking for one', async () => {
    await saveBackendUrl(session, backend.url);
    await storeSettings({ userName: 'Stored Name' });

    const popup = await openHeldPopup();
    const meeting = popup.getByLabel('Meeting ID or invite link');
    await meeting.fill('850 1234 5678');
    await meeting.press('Enter');

    await popup.getByRole('button', { name: 'Opening the meeting…' }).waitFor();
    expect(await popup.getByRole('alert').count()).toBe(0);

    const [joinPage] = await Promise.all([
      session.context.waitForEvent('page', { timeout: 10_000 }),
      release(popup).catch((error: unknown) => {
        // The popup closes itself once the join starts.
        if (!popup.isClosed()) throw error;
      }),
    ]);
    expect(joinPage.url()).toContain('src/join/index.html');
    await expect
      .poll(() => session.worker.evaluate(`chrome.storage.sync.get('userName')`))
      .toEqual({ userName: 'Stored Name' });
  });
});

describe('a recent meeting without a remembered name', () => {
  it('fills the form and puts the focus on the name it needs', async () => {
    await saveBackendUrl(session, backend.url);
    const recent = [{ meetingNumber: '85012345678', topic: 'Weekly sync', role: 0, joinedAt: 1 }];
    await session.worker.evaluate(
      `chrome.storage.local.set({ ${RECENT_MEETINGS_KEY}: ${JSON.stringify(recent)} })`,
    );

    const popup = await session.openPage(POPUP_PAGE);
    await popup.locator('.recent-join').click();

    await expect
      .poll(() => popup.getByLabel('Meeting ID or invite link').inputValue())
      .toBe('85012345678');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('user-name');
  });
});

describe('the toolbar popup itself', () => {
  it('opens from the toolbar with the form focused and the stored name in it', async () => {
    const options = await saveBackendUrl(session, backend.url);
    await storeSettings({ userName: 'Stored Name' });
    const cdp = await openBrowserSession(session);

    const popup = await openToolbarPopup(session, cdp, options);
    await expect
      .poll(() => popup.evaluate<string>(`() => document.getElementById('user-name')?.value`))
      .toBe('Stored Name');
    expect(await popup.evaluate<string>('() => document.activeElement?.id')).toBe('meeting');
    expect(await popup.url()).toBe(`chrome-extension://${session.extensionId}/${POPUP_PAGE}`);

    await closeToolbarPopup(cdp, popup);
  });
});
