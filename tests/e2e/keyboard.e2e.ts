// The popup, the options page and the join page's failure view, with the
// keyboard alone; and every control with a name a screen reader reads.

import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { RunningServer } from '../../server/src/start-server.ts';
import { deadBackendUrl, startRealBackend } from './harness/backends.ts';
import { openPopup, OPTIONS_PAGE, saveBackendUrl } from './harness/flows.ts';
import { endTest, launchExtension, type ExtensionSession } from './harness/launch-extension.ts';

/** Roles of the things a person operates; each needs a name. */
const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
]);

let session: ExtensionSession;
let servers: RunningServer[];

beforeEach(async () => {
  servers = [];
  session = await launchExtension();
});

afterEach(({ task }) => endTest(task, session, ...servers));

async function realBackend(port = 0): Promise<RunningServer> {
  const backend = await startRealBackend(port);
  servers.push(backend);
  return backend;
}

async function isFocused(control: Locator): Promise<boolean> {
  return control.evaluate((element) => element === document.activeElement);
}

/** Waits until `control` has the keyboard focus; fails with what has it instead. */
async function expectFocused(page: Page, control: Locator): Promise<void> {
  await expect
    .poll(async () => ((await isFocused(control)) ? 'focused' : describeFocus(page)), {
      timeout: 5_000,
    })
    .toBe('focused');
}

function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName}#${element.id} "${element.textContent}"` : 'none';
  });
}

/**
 * The controls on `page` that a screen reader would announce without a name,
 * read from Chromium's own accessibility tree.
 */
async function controlsWithoutName(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  // The CDP reply's shape, as documented for Accessibility.getFullAXTree.
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      ignored: boolean;
      role?: { value?: string };
      name?: { value?: string };
    }[];
  };
  await cdp.detach();

  return nodes
    .filter((node) => !node.ignored && CONTROL_ROLES.has(node.role?.value ?? ''))
    .filter((node) => (node.name?.value ?? '').trim() === '')
    .map((node) => node.role?.value ?? '?');
}

/** How many controls of these roles the page shows, so that an empty tree cannot pass. */
async function countControls(page: Page): Promise<number> {
  return page.locator('input, select, button, textarea, a[href]').count();
}

describe('the popup with the keyboard alone', () => {
  it('goes meeting → passcode → name → role → Join with Tab, and Enter in a field submits', async () => {
    const backend = await realBackend();
    await saveBackendUrl(session, backend.url);
    const popup = await openPopup(session);
    const meeting = popup.getByLabel('Meeting ID or invite link');
    const passcode = popup.getByLabel('Passcode');
    const name = popup.getByLabel('Your name');
    const role = popup.getByLabel('Join as');
    const join = popup.getByRole('button', { name: 'Join' });

    // The meeting field has the focus as the popup opens; Enter there submits the form.
    await expectFocused(popup, meeting);
    await popup.keyboard.press('Enter');
    await popup.getByRole('alert').getByText('Enter the meeting ID').waitFor();
    await popup.keyboard.type('850 1234 5678');

    await popup.keyboard.press('Tab');
    await expectFocused(popup, passcode);
    await popup.keyboard.type('abc123');
    // No name yet: Enter in the passcode field submits, and the form sends the focus to the name.
    await popup.keyboard.press('Enter');
    await popup.getByRole('alert').getByText('Enter the name others will see').waitFor();
    await expectFocused(popup, name);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await popup.keyboard.type('Ada Lovelace');

    await popup.keyboard.press('Tab');
    await expectFocused(popup, role);
    await popup.keyboard.press('ArrowDown');
    expect(await role.inputValue()).toBe('1');
    await popup.keyboard.press('ArrowUp');
    expect(await role.inputValue()).toBe('0');

    // Then where the meeting opens, before Join; arrow keys choose, as in any radio group.
    const inTab = popup.getByRole('radio', { name: 'Tab' });
    const inPanel = popup.getByRole('radio', { name: 'Side panel' });
    await popup.keyboard.press('Tab');
    await expectFocused(popup, inTab);
    await popup.keyboard.press('ArrowRight');
    await expectFocused(popup, inPanel);
    expect(await inPanel.isChecked()).toBe(true);
    await popup.keyboard.press('ArrowLeft');
    expect(await inTab.isChecked()).toBe(true);

    await popup.keyboard.press('Tab');
    await expectFocused(popup, join);
    await popup.keyboard.press('Shift+Tab');
    await expectFocused(popup, inTab);

    const [joinPage] = await Promise.all([
      session.context.waitForEvent('page', { timeout: 10_000 }),
      popup.keyboard.press('Enter').catch((error: unknown) => {
        if (!popup.isClosed()) throw error; // The popup closes itself once the join starts.
      }),
    ]);
    await joinPage.waitForLoadState();
    expect(joinPage.url()).toContain('/src/join/index.html?join=');
  });

  it('submits with Enter in the role list too', async () => {
    const backend = await realBackend();
    await saveBackendUrl(session, backend.url);
    const popup = await openPopup(session);
    await popup.getByLabel('Meeting ID or invite link').fill('85012abc678');

    await popup.getByLabel('Join as').focus();
    await popup.keyboard.press('Enter');

    await popup.getByRole('alert').getByText('A meeting ID has digits only').waitFor();
  });

  it('names every control, with and without a backend', async () => {
    const popup = await openPopup(session);
    await popup.getByRole('button', { name: 'Open settings' }).waitFor();
    expect(await countControls(popup)).toBeGreaterThanOrEqual(7);
    expect(await controlsWithoutName(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Join' }).click();
    await popup.getByRole('alert').waitFor();
    expect(await controlsWithoutName(popup)).toEqual([]);
  });
});

describe('the options page with the keyboard alone', () => {
  it('saves the backend with Enter in its field, and reaches Test connection with Tab', async () => {
    const backend = await realBackend();
    const options = await session.openPage(OPTIONS_PAGE);
    const url = options.getByLabel('Backend URL');
    await url.waitFor();

    await options.keyboard.press('Tab');
    await expectFocused(options, url);
    // An address without its scheme is refused, saying what to write instead.
    await options.keyboard.type(backend.url.replace('http://', ''));
    await options.keyboard.press('Enter');
    await options.getByRole('alert').getByText('Start the address with https://').waitFor();
    await options.keyboard.press('ControlOrMeta+A');
    await options.keyboard.type(backend.url);
    await options.keyboard.press('Enter');
    await options.getByText('Saved. The extension may now reach').waitFor();

    await options.keyboard.press('Tab');
    await expectFocused(options, options.getByRole('button', { name: 'Save' }).first());
    await options.keyboard.press('Tab');
    await expectFocused(options, options.getByRole('button', { name: 'Test connection' }));
    await options.keyboard.press('Enter');
    await options.getByText(/^Connected/).waitFor({ timeout: 20_000 });

    expect(await countControls(options)).toBeGreaterThanOrEqual(5);
    expect(await controlsWithoutName(options)).toEqual([]);
  });
});

describe("the join page's failure view with the keyboard alone", () => {
  it('focuses Try again, reaches Back with Tab, and Back opens the form to fix the details', async () => {
    const url = await deadBackendUrl();
    await saveBackendUrl(session, url);
    const popup = await openPopup(session);
    await popup.getByLabel('Meeting ID or invite link').fill('85012345678');
    await popup.getByLabel('Your name').fill('Ada Lovelace');
    const [joinPage] = await Promise.all([
      session.context.waitForEvent('page', { timeout: 10_000 }),
      popup
        .getByLabel('Your name')
        .press('Enter')
        .catch((error: unknown) => {
          if (!popup.isClosed()) throw error; // The popup closes itself once the join starts.
        }),
    ]);

    const tryAgain = joinPage.getByRole('button', { name: 'Try again' });
    await tryAgain.waitFor({ timeout: 30_000 });
    await expectFocused(joinPage, tryAgain);
    expect(await controlsWithoutName(joinPage)).toEqual([]);

    await joinPage.keyboard.press('Tab');
    await expectFocused(joinPage, joinPage.getByRole('button', { name: 'Back' }));
    await joinPage.keyboard.press('Enter');

    await joinPage.getByRole('heading', { name: 'Check the meeting details' }).waitFor();
    expect(await controlsWithoutName(joinPage)).toEqual([]);
    // The focus stays in the page: Tab reaches the form's fields.
    const form = joinPage.locator('form');
    let reached = false;
    for (let step = 0; step < 8 && !reached; step += 1) {
      await joinPage.keyboard.press('Tab');
      reached = await form.evaluate((element) => element.contains(document.activeElement));
    }
    expect(reached).toBe(true);

    // With the backend up, Enter in the form joins again.
    await realBackend(Number(new URL(url).port));
    const firstJoin = new URL(joinPage.url()).searchParams.get('join');
    await joinPage.getByLabel('Your name').focus();
    await joinPage.keyboard.press('Enter');
    await joinPage.waitForURL((address) => address.searchParams.get('join') !== firstJoin);
  });
});
