import browser from 'webextension-polyfill';

/** The join page's address for a join; it carries the one-time id and nothing secret. */
export function joinPageUrl(joinId: string): string {
  return browser.runtime.getURL(`src/join/index.html?join=${encodeURIComponent(joinId)}`);
}

/** Opens the join page for `joinId` in a new tab beside the current one. */
export async function openJoinTab(joinId: string): Promise<void> {
  await browser.tabs.create({ url: joinPageUrl(joinId), active: true });
}
