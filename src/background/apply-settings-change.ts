import type { Storage } from 'webextension-polyfill';

import { syncLinkRedirect } from './link-redirect.ts';
import { dropRecentPasscodes } from './recent-meeting-store.ts';

/**
 * Follows a change of the synced settings, made in Options here or in another browser: the
 * redirect rule, and the passcodes kept with recent meetings.
 */
export async function applySettingsChange(
  changes: Record<string, Storage.StorageChange>,
  area: string,
): Promise<void> {
  if (area !== 'sync') return;

  if ('openZoomLinks' in changes || 'linkPauseSites' in changes) await syncLinkRedirect();

  if (changes.rememberPasscodes?.newValue === false) await dropRecentPasscodes();
}
