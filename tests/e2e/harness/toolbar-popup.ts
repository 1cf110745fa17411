// The toolbar popup itself, opened the way the toolbar button opens it (`action.openPopup`)
// rather than as a tab: Playwright does not list it, so it is reached through DevTools.

import type { CDPSession } from 'playwright-core';

import { attachExtensionView, waitForTargets, type ExtensionView } from './extension-view.ts';
import { POPUP_PAGE } from './flows.ts';
import type { ExtensionSession } from './launch-extension.ts';

/**
 * Opens the popup over `tab` (which comes to the front first: the browser opens a popup only
 * in a focused window) and attaches to it.
 */
export async function openToolbarPopup(
  session: ExtensionSession,
  cdp: CDPSession,
  tab: { bringToFront(): Promise<void> },
): Promise<ExtensionView> {
  await tab.bringToFront();
  await session.worker.evaluate('chrome.action.openPopup()');
  return attachExtensionView(session, cdp, POPUP_PAGE);
}

/** Closes the popup and waits until the browser no longer lists it. */
export async function closeToolbarPopup(cdp: CDPSession, popup: ExtensionView): Promise<void> {
  const url = await popup.url();
  await popup.close();

  await waitForTargets(
    cdp,
    (targets) => (targets.some((info) => info.url === url) ? undefined : true),
    'The toolbar popup did not close',
    5_000,
  );
}
