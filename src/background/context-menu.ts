// "Join in browser" and "Start as host" on links to Zoom meetings and on selected text that
// holds a meeting number or an invitation.

import browser, { type Menus } from 'webextension-polyfill';

import type { MeetingRole } from '../shared/backend-contract.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { joinFromEntry } from './join-from-entry.ts';
import { openEntryOutcome } from './open-entry-outcome.ts';

const ZOOM_HOSTS = ['zoom.us', 'zoom.com', 'zoomgov.com'];
const MEETING_PATHS = ['j', 's', 'w', 'wc', 'my'];

/**
 * The links the menu shows on: meeting, start, webinar, web-client and personal links on every
 * Zoom host (`*.` also matches the bare domain). Match patterns cannot name the zoommtg: scheme,
 * so app links get the menu only when selected as text.
 */
export const ZOOM_LINK_PATTERNS = ZOOM_HOSTS.flatMap((host) =>
  MEETING_PATHS.map((path) => `*://*.${host}/${path}/*`),
);

interface MenuItem {
  id: string;
  context: 'link' | 'selection';
  title: MessageKey;
  /** Host when chosen outright; otherwise the link and the settings decide. */
  role?: MeetingRole;
}

const MENU_ITEMS: MenuItem[] = [
  { id: 'join-link', context: 'link', title: 'menu_join' },
  { id: 'start-link', context: 'link', title: 'menu_start_as_host', role: 1 },
  { id: 'join-selection', context: 'selection', title: 'menu_join' },
  { id: 'start-selection', context: 'selection', title: 'menu_start_as_host', role: 1 },
];

/** Creates the menu items; Chrome keeps them until the extension is updated or reinstalled. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();

  for (const item of MENU_ITEMS) {
    browser.contextMenus.create({
      id: item.id,
      title: t(item.title),
      contexts: [item.context],
      ...(item.context === 'link' ? { targetUrlPatterns: ZOOM_LINK_PATTERNS } : {}),
    });
  }
}

/** Joins the meeting behind a menu click, or opens the form when it needs the person. */
export async function joinFromContextMenu(info: Menus.OnClickData): Promise<void> {
  const item = MENU_ITEMS.find((candidate) => candidate.id === info.menuItemId);
  if (!item) return;

  const text = item.context === 'link' ? info.linkUrl : info.selectionText;
  if (text === undefined || text === '') return;

  const outcome = await joinFromEntry(text, item.role === undefined ? {} : { role: item.role });
  await openEntryOutcome(outcome, 'new-tab');
}
