// The reference backend with every host feature on, talking to a local fake of Zoom's OAuth
// and REST API instead of Zoom.

import { loadConfig } from '../../../server/src/config.ts';
import { startServer, type RunningServer } from '../../../server/src/start-server.ts';
import { startFakeZoom, type FakeZoom } from '../../fakes/fake-zoom.ts';
import { TEST_SDK_KEY, TEST_SDK_SECRET } from './backends.ts';

export const OWN_MEETING = '85012345678';
export const OTHER_ACCOUNT_MEETING = '86099998888';
export const HOST_ACCESS_TOKEN = 'e2e-shared-host-token-4b1f';

export interface HostBackend {
  backend: RunningServer;
  zoom: FakeZoom;
  close(): Promise<void>;
}

/** A fake Zoom with two accounts (Ada hosts OWN_MEETING), and the backend wired to it. */
export async function startHostBackend(): Promise<HostBackend> {
  const zoom = await startFakeZoom({
    userApp: { clientId: 'e2e-user-app', clientSecret: 'e2e-user-app-secret' },
    accountApp: { clientId: 'e2e-s2s-app', clientSecret: 'e2e-s2s-secret', accountId: 'ours' },
    users: [
      { id: 'ada', accountId: 'ours', displayName: 'Ada Lovelace', email: 'ada@ours.test' },
      { id: 'grace', accountId: 'other', displayName: 'Grace Hopper', email: 'g@other.test' },
    ],
    meetings: { [OWN_MEETING]: 'ada', [OTHER_ACCOUNT_MEETING]: 'grace' },
  });
  const config = loadConfig({
    ZOOM_MEETING_SDK_KEY: TEST_SDK_KEY,
    ZOOM_MEETING_SDK_SECRET: TEST_SDK_SECRET,
    PORT: '0',
    ZOOM_OAUTH_CLIENT_ID: 'e2e-user-app',
    ZOOM_OAUTH_CLIENT_SECRET: 'e2e-user-app-secret',
    SESSION_SEALING_KEY: 'e2e-sealing-key-that-is-longer-than-32-bytes',
    ZOOM_OAUTH_BASE_URL: zoom.baseUrl,
    ZOOM_API_BASE_URL: zoom.baseUrl,
    ZOOM_S2S_ACCOUNT_ID: 'ours',
    ZOOM_S2S_CLIENT_ID: 'e2e-s2s-app',
    ZOOM_S2S_CLIENT_SECRET: 'e2e-s2s-secret',
    HOST_ACCESS_TOKEN,
  });
  const backend = await startServer(config, { log: () => undefined });

  return {
    backend,
    zoom,
    close: async () => {
      await backend.close();
      await zoom.close();
    },
  };
}
