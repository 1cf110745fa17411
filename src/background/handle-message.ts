// The table of message handlers: one per protocol message, each returning a
// tagged result.

import type { Envelope, MessageName, RequestOf, ResponseOf, Result } from '../shared/protocol.ts';
import { fail, ok } from '../shared/result.ts';
import { readDraft } from './draft-store.ts';
import { joinFromEntry } from './join-from-entry.ts';
import { readJoin } from './join-store.ts';
import { openJoinTab } from './open-join-tab.ts';
import { offerPanelJoin, takePanelJoin } from './panel-join-store.ts';
import { getPreparedJoin, startJoin } from './prepare-join.ts';
import {
  forgetAllRecentMeetings,
  forgetRecentMeeting,
  loadRecentMeetings,
} from './recent-meeting-store.ts';
import { testConnection } from './test-connection.ts';
import { checkAndSaveHostAccessToken } from './host-access-token.ts';
import { describeZoomAccount, forgetSignIn } from './zoom-account-store.ts';
import { signInWithZoom } from './zoom-sign-in.ts';

type Handlers = {
  [N in MessageName]: (request: RequestOf<N>) => Promise<Result<ResponseOf<N>>>;
};

const HANDLERS: Handlers = {
  async requestJoin({ openTab, panelWindowId, ...request }) {
    const started = await startJoin(request);
    if (!started.ok) return started;

    if (openTab) await openJoinTab(started.value);
    if (panelWindowId !== undefined) await offerPanelJoin(panelWindowId, started.value, Date.now());
    return ok({ joinId: started.value });
  },

  takePanelJoin: async ({ windowId }) => ok({ joinId: await takePanelJoin(windowId, Date.now()) }),

  getPreparedJoin: ({ joinId }) => getPreparedJoin(joinId),

  async getJoinRequest({ joinId }) {
    const record = await readJoin(joinId);
    return record ? ok(record.request) : fail('join-not-found');
  },

  testConnection: ({ backendUrl }) => testConnection(backendUrl),

  getZoomAccount: async () => ok(await describeZoomAccount()),

  signInWithZoom: () => signInWithZoom(),

  async signOutOfZoom() {
    await forgetSignIn({ expired: false });
    return ok(await describeZoomAccount());
  },

  saveHostAccessToken: ({ token }) => checkAndSaveHostAccessToken(token),

  async openMeetingLink({ link }) {
    // The link page must be web accessible for the redirect to reach it, so any site can open
    // it, or send the browser to a Zoom link, without a click. It therefore only ever shows the
    // prefilled form: one Enter joins, as Zoom's own app prompt also asks first.
    return ok(await joinFromEntry(link, { confirmFirst: true }));
  },

  async getJoinDraft({ draftId }) {
    const draft = await readDraft(draftId);
    return draft ? ok(draft) : fail('join-not-found');
  },

  listRecentMeetings: async () => ok(await loadRecentMeetings()),

  forgetRecentMeeting: async ({ meetingNumber }) => ok(await forgetRecentMeeting(meetingNumber)),

  forgetAllRecentMeetings: async () => ok(await forgetAllRecentMeetings()),
};

/** Runs the handler for a vetted message. */
export function handleMessage<N extends MessageName>(
  envelope: Envelope<N>,
): Promise<Result<ResponseOf<N>>> {
  const handler: Handlers[N] = HANDLERS[envelope.name];
  return handler(envelope.request);
}
