// A backend wired to a fake Zoom, with two accounts: ours (Ada hosts 85012345678) and another
// one (Grace hosts 86099998888).

import { createHash, randomBytes } from 'node:crypto';

import { loadConfig } from '../../../server/src/config.ts';
import { startFakeZoom, type FakeZoom } from '../../fakes/fake-zoom.ts';
import { createTestApp } from './server-fixtures.ts';

export const OWN_MEETING = '85012345678';
export const OTHER_ACCOUNT_MEETING = '86099998888';
export const HOST_ACCESS_TOKEN = 'shared-host-token-for-tests-7c1e';
export const REDIRECT_URI = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

export const USER_APP = { clientId: 'user-app-id', clientSecret: 'user-app-secret-93f1' };
export const ACCOUNT_APP = {
  clientId: 's2s-app-id',
  clientSecret: 's2s-app-secret-51aa',
  accountId: 'account-ours',
};
export const SEALING_KEY = 'a-sealing-key-of-well-over-thirty-two-bytes-0123456789';

export function startTestZoom(): Promise<FakeZoom> {
  return startFakeZoom({
    userApp: USER_APP,
    accountApp: ACCOUNT_APP,
    users: [
      { id: 'ada', accountId: 'account-ours', displayName: 'Ada Lovelace', email: 'ada@ours.test' },
      { id: 'alan', accountId: 'account-ours', displayName: 'Alan Turing', email: 'al@ours.test' },
      { id: 'grace', accountId: 'account-other', displayName: 'Grace H', email: 'g@other.test' },
    ],
    meetings: { [OWN_MEETING]: 'ada', '85055556666': 'alan', [OTHER_ACCOUNT_MEETING]: 'grace' },
  });
}

/** The backend's environment pointing at `zoom`, with every host feature on unless removed. */
export function hostEnv(zoom: FakeZoom, changes: Record<string, string | undefined> = {}) {
  return {
    ZOOM_MEETING_SDK_KEY: 'sdk-key',
    ZOOM_MEETING_SDK_SECRET: 'sdk-secret-0123456789',
    ZOOM_OAUTH_CLIENT_ID: USER_APP.clientId,
    ZOOM_OAUTH_CLIENT_SECRET: USER_APP.clientSecret,
    SESSION_SEALING_KEY: SEALING_KEY,
    ZOOM_OAUTH_BASE_URL: zoom.baseUrl,
    ZOOM_API_BASE_URL: zoom.baseUrl,
    ZOOM_S2S_ACCOUNT_ID: ACCOUNT_APP.accountId,
    ZOOM_S2S_CLIENT_ID: ACCOUNT_APP.clientId,
    ZOOM_S2S_CLIENT_SECRET: ACCOUNT_APP.clientSecret,
    HOST_ACCESS_TOKEN,
    ...changes,
  };
}

/** The app under test, built from `hostEnv`. */
export function createHostApp(zoom: FakeZoom, changes: Record<string, string | undefined> = {}) {
  const config = loadConfig(hostEnv(zoom, changes));
  return createTestApp({ zoom: config.zoom });
}

type App = ReturnType<typeof createHostApp>['app'];

/** Runs the whole sign-in as the extension does: authorize with PKCE, then the code exchange. */
export async function signIn(app: App): Promise<{ session: string; user: unknown }> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const client = (await (await app.request('/oauth/client')).json()) as {
    clientId: string;
    authorizeUrl: string;
  };

  const authorize = new URL(client.authorizeUrl);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: REDIRECT_URI,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'state-1',
  }).toString();
  const redirect = await fetch(authorize, { redirect: 'manual' });
  const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code');

  const reply = await postJson(app, '/oauth/token', {
    code,
    codeVerifier: verifier,
    redirectUri: REDIRECT_URI,
  });
  if (reply.status !== 200) throw new Error(`sign-in failed with ${reply.status}`);
  return (await reply.json()) as { session: string; user: unknown };
}

export function postJson(
  app: App,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}
