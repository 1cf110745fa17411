// The extension's side panel, as a test reaches it: Playwright does not list it among a
// context's pages, so it is driven through the DevTools Protocol (extension-view.ts).

import type { CDPSession } from 'playwright-core';

import { attachExtensionView, type ExtensionView } from './extension-view.ts';
import type { ExtensionSession } from './launch-extension.ts';

export { openBrowserSession } from './extension-view.ts';

export const PANEL_PAGE = 'src/join/panel.html';

export type SidePanel = ExtensionView;

/** Waits for the side panel to open and attaches to it. */
export function attachSidePanel(session: ExtensionSession, cdp: CDPSession): Promise<SidePanel> {
  return attachExtensionView(session, cdp, PANEL_PAGE);
}
