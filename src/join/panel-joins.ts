// How the side panel learns which join to show: the worker leaves it under the window's key in
// session storage (see shared/panel-join.ts); the panel takes it by message, now and whenever
// the key is written again, e.g. when the person joins another meeting with the panel open.

import browser from 'webextension-polyfill';

import { sendMessage } from '../shared/messaging.ts';
import { panelJoinKey } from '../shared/panel-join.ts';

/** Calls `onJoin` with each join left for this window's panel; returns a function to stop. */
export function watchPanelJoins(windowId: number, onJoin: (joinId: string) => void): () => void {
  const key = panelJoinKey(windowId);

  const take = () =>
    void sendMessage('takePanelJoin', { windowId }).then((taken) => {
      if (taken.ok && taken.value.joinId) onJoin(taken.value.joinId);
    });

  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'session' && changes[key]?.newValue !== undefined) take();
  };

  // Listening first, then taking: a join left in between is not missed.
  browser.storage.onChanged.addListener(listener);
  take();

  return () => browser.storage.onChanged.removeListener(listener);
}
