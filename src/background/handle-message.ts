// The table of message handlers: one per protocol message, each returning a
// tagged result.

import type { Envelope, MessageName, RequestOf, ResponseOf, Result } from '../shared/protocol.ts';
import { fail, ok } from '../shared/result.ts';
import { readJoin } from './join-store.ts';
import { openJoinTab } from './open-join-tab.ts';
import { getPreparedJoin, startJoin } from './prepare-join.ts';
import { testConnection } from './test-connection.ts';

type Handlers = {
  [N in MessageName]: (request: RequestOf<N>) => Promise<Result<ResponseOf<N>>>;
};

const HANDLERS: Handlers = {
  async requestJoin({ openTab, ...request }) {
    const started = await startJoin(request);
    if (!started.ok) return started;

    if (openTab) await openJoinTab(started.value);
    return ok({ joinId: started.value });
  },

  getPreparedJoin: ({ joinId }) => getPreparedJoin(joinId),

  async getJoinRequest({ joinId }) {
    const record = await readJoin(joinId);
    return record ? ok(record.request) : fail('join-not-found');
  },

  testConnection: ({ backendUrl }) => testConnection(backendUrl),
};

/** Runs the handler for a vetted message. */
export function handleMessage<N extends MessageName>(
  envelope: Envelope<N>,
): Promise<Result<ResponseOf<N>>> {
  const handler: Handlers[N] = HANDLERS[envelope.name];
  return handler(envelope.request);
}
