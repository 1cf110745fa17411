// The service worker's entry: it only wires listeners, at the top level, so
// that the browser finds them every time it wakes the worker.

import browser from 'webextension-polyfill';

import { createLogger } from '../shared/logger.ts';
import { fail } from '../shared/result.ts';
import { applySettingsChange } from './apply-settings-change.ts';
import { createContextMenus, joinFromContextMenu } from './context-menu.ts';
import { handleMessage } from './handle-message.ts';
import { syncLinkRedirect } from './link-redirect.ts';
import { joinFromOmnibox, suggestMeetings } from './omnibox.ts';
import { syncToolbarIcon } from './toolbar-icon.ts';
import { changesToolbarState } from './toolbar-state.ts';
import { vetMessage, type MessageSender } from './vet-message.ts';

const log = createLogger('background');

/** Logs a listener's failure; a listener's promise has nobody else to report to. */
const logFailure = (what: string) => (error: unknown) => log.error(`${what} failed`, error);

const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('')).origin };

browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
  const envelope = vetMessage(message, sender, self);

  if (!envelope) {
    log.warn('Refused a message that is not from this extension or not in the protocol');
    return Promise.resolve(fail('message-refused'));
  }

  return handleMessage(envelope).catch((error: unknown) => {
    log.error(`Handling ${envelope.name} failed`, error);
    return fail('internal');
  });
});

browser.runtime.onInstalled.addListener(() => {
  void createContextMenus().catch(logFailure('Creating the context menu'));
  // After an update the link page may have moved: write the rule afresh.
  void syncLinkRedirect().catch(logFailure('Setting up link opening'));
});

browser.contextMenus.onClicked.addListener((info) => {
  void joinFromContextMenu(info).catch(logFailure('Joining from the context menu'));
});

browser.omnibox.onInputChanged.addListener((text, suggest) => {
  void suggestMeetings(text, suggest).catch(logFailure('Suggesting meetings'));
});

browser.omnibox.onInputEntered.addListener((text, disposition) => {
  void joinFromOmnibox(text, disposition).catch(logFailure('Joining from the address bar'));
});

browser.storage.onChanged.addListener((changes, area) => {
  void applySettingsChange(changes, area).catch(logFailure('Applying changed settings'));
});

// The toolbar button is grey until a backend is saved. The browser forgets a set icon when it
// restarts, so the worker sets it at every start and install, and whenever the URL changes.
const syncToolbar = () => void syncToolbarIcon().catch(logFailure('Setting the toolbar button'));

browser.runtime.onStartup.addListener(syncToolbar);
browser.runtime.onInstalled.addListener(syncToolbar);
browser.storage.onChanged.addListener((changes, area) => {
  if (changesToolbarState(changes, area)) syncToolbar();
});
