import browser from 'webextension-polyfill';

import { meetingFromPageUrl, type PageMeeting } from './meeting-from-page-url.ts';

/**
 * The meeting of the tab the popup opened over. Its address is readable thanks to `activeTab`,
 * which the toolbar click (or the shortcut) grants for that one tab: no broad host permission.
 */
export async function readActiveTabMeeting(): Promise<PageMeeting | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return meetingFromPageUrl(tab?.url);
}
