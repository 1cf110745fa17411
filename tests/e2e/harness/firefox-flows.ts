// What a person does in Firefox, step by step: the same steps as flows.ts, through puppeteer's
// page API (Firefox is driven over WebDriver BiDi, not by Playwright).

import type { ElementHandle, Page } from 'puppeteer-core';

import { POPUP_SETTLED_MARK } from '../../../src/popup/popup-marks.ts';
import { OPTIONS_PAGE, POPUP_PAGE } from './flows.ts';
import { waitInPage, type FirefoxSession } from './launch-firefox.ts';

const WAIT_MS = 30_000;

/** The form control that the label reading `text` names, once the page shows it. */
async function control(page: Page, text: string): Promise<ElementHandle> {
  const find = (wanted: string) =>
    [...document.querySelectorAll('label')].find((label) => label.textContent.trim() === wanted)
      ?.control ?? null;

  await waitInPage(
    page,
    () => document.body.innerText,
    (shown) => shown.includes(text),
  );
  const handle = await page.evaluateHandle(find, text);
  const element = handle.asElement();
  if (!element) throw new Error(`No form control labelled "${text}"`);
  return element as ElementHandle;
}

/** Replaces what the control holds with `text`, typed key by key as a person types it. */
async function fill(field: ElementHandle, text: string): Promise<void> {
  // Cleared first: a remembered value (the name, the saved URL) would otherwise be typed onto.
  await field.evaluate((element) => {
    if (element instanceof HTMLInputElement) element.value = '';
  });
  await field.type(text);
}

/** The button whose text is `text`, clicked as a person clicks it (a real input event). */
export async function clickButton(page: Page, text: string): Promise<void> {
  await waitForText(page, text);
  const handle = await page.evaluateHandle(
    (wanted: string) =>
      [...document.querySelectorAll('button')].find((each) => each.textContent.trim() === wanted) ??
      null,
    text,
  );
  const button = handle.asElement();
  if (!button) throw new Error(`No button "${text}"`);
  await (button as ElementHandle).click();
}

/** Waits until the page's text holds `text`. */
export async function waitForText(page: Page, text: string): Promise<void> {
  await waitInPage(
    page,
    () => document.body.innerText,
    (shown) => shown.includes(text),
  );
}

/** Options: enters the backend URL, saves, and waits for the confirmation. */
export async function saveBackendUrlInFirefox(session: FirefoxSession, url: string) {
  const options = await session.openPage(OPTIONS_PAGE);
  await fill(await control(options, 'Backend URL'), url);
  await clickButton(options, 'Save');
  await waitForText(options, 'Saved. The extension may now reach');
  return options;
}

/** Popup: types the meeting link and a name, then presses Enter. */
export async function joinFromFirefoxPopup(
  session: FirefoxSession,
  input: { meeting: string; name: string },
): Promise<void> {
  const popup = await session.openPage(POPUP_PAGE);
  // The form is drawn before the stored settings arrive; a person sees it filled, then types.
  await waitInPage(
    popup,
    () => performance.getEntriesByType('mark').map((mark) => mark.name),
    (marks) => marks.includes(POPUP_SETTLED_MARK),
  );
  await fill(await control(popup, 'Meeting ID or invite link'), input.meeting);
  const name = await control(popup, 'Your name');
  await fill(name, input.name);
  await name.press('Enter');
}

/**
 * The tab showing `pathInExtension` that was not open before (`before`, from
 * `session.browser.pages()`), once there is one.
 */
export async function findNewPage(
  session: FirefoxSession,
  pathInExtension: string,
  before: Page[],
): Promise<Page> {
  const deadline = Date.now() + WAIT_MS;

  while (Date.now() < deadline) {
    for (const page of await session.browser.pages()) {
      if (before.includes(page)) continue;
      // Firefox's remote agent may keep a stale page.url(); ask the document itself.
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.includes(pathInExtension)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No new Firefox tab showing ${pathInExtension}`);
}
