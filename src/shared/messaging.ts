import browser from 'webextension-polyfill';

import type { Envelope, MessageName, RequestOf, ResponseOf, Result } from './protocol.ts';
import { fail } from './result.ts';

/**
 * Sends one protocol message to the service worker and returns its tagged reply.
 * A worker that cannot be reached is a failure like any other, never a throw.
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  request: RequestOf<N>,
): Promise<Result<ResponseOf<N>>> {
  const envelope: Envelope<N> = { name, request };

  try {
    const reply: unknown = await browser.runtime.sendMessage(envelope);

    if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
      return reply as Result<ResponseOf<N>>; // Only our worker answers, from the same protocol.
    }

    return fail('internal');
  } catch {
    return fail('internal');
  }
}
