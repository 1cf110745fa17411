// What a person does, step by step, as the tests repeat it.

import type { Page } from 'playwright-core';

import { POPUP_SETTLED_MARK } from '../../../src/popup/popup-marks.ts';
import type { ExtensionSession } from './launch-extension.ts';

export const OPTIONS_PAGE = 'src/options/index.html';
export const POPUP_PAGE = 'src/popup/index.html';

/** Opens Options, enters the backend URL, saves, and waits for the confirmation. */
export async function saveBackendUrl(session: ExtensionSession, url: string): Promise<Page> {
  const options = await session.openPage(OPTIONS_PAGE);
  await options.getByLabel('Backend URL').fill(url);
  await options.getByRole('button', { name: 'Save' }).first().click();
  await options.getByText('Saved. The extension may now reach').waitFor();
  return options;
}

export interface PopupInput {
  meeting: string;
  passcode?: string;
  name: string;
  role?: 'Attendee' | 'Host (start the meeting)';
}

/**
 * Opens the popup (as a tab) once its stored settings are in the form: the form is drawn a
 * moment before them, and a test reading what was remembered must not read that moment.
 */
export async function openPopup(session: ExtensionSession): Promise<Page> {
  const popup = await session.openPage(POPUP_PAGE);
  await waitForMark(popup, POPUP_SETTLED_MARK);
  return popup;
}

/** Waits until `page` has set the performance mark `mark` (src/popup/popup-marks.ts). */
export async function waitForMark(page: Page, mark: string): Promise<void> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
}

/** Fills the popup's form the way a person types it; does not submit. */
export async function fillPopup(session: ExtensionSession, input: PopupInput): Promise<Page> {
  const popup = await openPopup(session);
  await popup.getByLabel('Meeting ID or invite link').fill(input.meeting);
  if (input.passcode !== undefined) await popup.getByLabel('Passcode').fill(input.passcode);
  await popup.getByLabel('Your name').fill(input.name);
  if (input.role) await popup.getByLabel('Join as').selectOption({ label: input.role });
  return popup;
}

/** Presses Enter in the popup and returns the join tab that opens. */
export async function submitPopup(session: ExtensionSession, popup: Page): Promise<Page> {
  const [joinPage] = await Promise.all([
    session.context.waitForEvent('page', { timeout: 10_000 }),
    // The popup closes itself once the join starts, sometimes before the key press returns.
    popup
      .getByLabel('Your name')
      .press('Enter')
      .catch((error: unknown) => {
        if (!popup.isClosed()) throw error;
      }),
  ]);
  return joinPage;
}
