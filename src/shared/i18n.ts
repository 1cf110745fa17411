import browser from 'webextension-polyfill';

import type englishMessages from '../../public/_locales/en/messages.json';

/** A key of `_locales/<lang>/messages.json`; the English file is the list of keys. */
export type MessageKey = keyof typeof englishMessages;

/** The translated text for `key`, in the browser's language when the extension has it. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
