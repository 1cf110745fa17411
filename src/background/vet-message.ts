import type { Runtime } from 'webextension-polyfill';

import { isEnvelope, type Envelope } from '../shared/protocol.ts';

/** The polyfill's sender type lacks `origin`, which Chrome sets for messages from pages. */
export type MessageSender = Runtime.MessageSender & { origin?: string };

export interface ExtensionIdentity {
  id: string;
  origin: string;
}

/**
 * The message, when it comes from one of this extension's own pages and is a
 * well-formed protocol message; otherwise undefined. `sender.url` is not
 * consulted: it is not a trustworthy signal, while `id` and `origin` are set
 * by the browser itself.
 */
export function vetMessage(
  message: unknown,
  sender: MessageSender,
  self: ExtensionIdentity,
): Envelope | undefined {
  if (sender.id !== self.id) return undefined;

  if (sender.origin !== undefined && sender.origin !== self.origin) return undefined;

  return isEnvelope(message) ? message : undefined;
}
