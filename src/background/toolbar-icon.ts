// Sets the toolbar button to the state the saved settings call for (see toolbar-state.ts).
// The browser keeps the icon only while it runs, so the worker sets it again on every start.

import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';
import { loadSettings } from '../shared/settings.ts';
import { toolbarStateFor } from './toolbar-state.ts';

/** Shows the grey "not set up" button while no backend is saved, the normal one otherwise. */
export async function syncToolbarIcon(): Promise<void> {
  const { backendUrl } = await loadSettings();
  const state = toolbarStateFor(backendUrl);

  await Promise.all([
    browser.action.setIcon({ path: state.path }),
    browser.action.setTitle({ title: t(state.titleKey) }),
  ]);
}
