// The service worker's entry: it only wires listeners, at the top level, so
// that the browser finds them every time it wakes the worker.

import browser from 'webextension-polyfill';

import { createLogger } from '../shared/logger.ts';
import { fail } from '../shared/result.ts';
import { handleMessage } from './handle-message.ts';
import { vetMessage, type MessageSender } from './vet-message.ts';

const log = createLogger('background');
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
