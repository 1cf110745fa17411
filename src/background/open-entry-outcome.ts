import browser from 'webextension-polyfill';

import type { EntryOutcome } from '../shared/protocol.ts';
import { joinPageUrl } from './open-join-tab.ts';

/** Where a page opens: a new tab in front, the tab in use, or a new tab behind it. */
export type TabPlacement = 'new-tab' | 'current-tab' | 'background-tab';

/** The form page's address for a draft; it carries the one-time id and nothing secret. */
export function draftPageUrl(draftId: string): string {
  return browser.runtime.getURL(`src/join/form.html?draft=${encodeURIComponent(draftId)}`);
}

/** The join page for a started join, or the form for a draft. */
export function entryOutcomeUrl(outcome: EntryOutcome): string {
  return outcome.kind === 'join' ? joinPageUrl(outcome.joinId) : draftPageUrl(outcome.draftId);
}

/** Opens the page for `outcome` where the entry point wants it. */
export async function openEntryOutcome(
  outcome: EntryOutcome,
  placement: TabPlacement,
): Promise<void> {
  const url = entryOutcomeUrl(outcome);

  if (placement === 'current-tab') {
    await browser.tabs.update({ url });
    return;
  }

  await browser.tabs.create({ url, active: placement === 'new-tab' });
}
