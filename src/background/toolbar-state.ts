// What the toolbar button looks like: grey, with a title that says what to do, until a backend
// is saved; then the product's teal icon. Plain data so it is tested without a browser.

import type { Storage } from 'webextension-polyfill';

import type { MessageKey } from '../shared/i18n.ts';

export interface ToolbarState {
  /** Icon files by size, relative to the extension's root (the files come from public/). */
  path: Record<number, string>;
  titleKey: MessageKey;
}

const READY: ToolbarState = {
  path: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
  titleKey: 'action_title',
};

const NOT_SET_UP: ToolbarState = {
  path: { 16: 'icons/icon-disabled-16.png', 32: 'icons/icon-disabled-32.png' },
  titleKey: 'action_title_not_set_up',
};

/** The toolbar's state for the saved backend URL; blank means not set up. */
export function toolbarStateFor(backendUrl: string): ToolbarState {
  return backendUrl.trim() === '' ? NOT_SET_UP : READY;
}

/** Whether a storage change can change the toolbar's state: the synced backend URL moved. */
export function changesToolbarState(
  changes: Record<string, Storage.StorageChange>,
  area: string,
): boolean {
  return area === 'sync' && 'backendUrl' in changes;
}
