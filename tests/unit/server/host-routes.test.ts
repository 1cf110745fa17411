import { decodeJwt } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { FakeZoom } from '../../fakes/fake-zoom.ts';
import {
  createHostApp,
  HOST_ACCESS_TOKEN,
  OTHER_ACCOUNT_MEETING,
  OWN_MEETING,
  postJson,
  REDIRECT_URI,
  signIn,
  startTestZoom,
} from './host-fixtures.ts';
import { verifyWithTestSecret } from './server-fixtures.ts';

interface Reply {
  signature?: string;
  zak?: string;
  session?: string;
  code?: string;
  errors?: { property: string; reason: string }[];
}

let zoom: FakeZoom;

beforeEach(async () => {
  zoom = await startTestZoom();
});

afterEach(async () => {
  await zoom.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('sign in with Zoom', () => {
  it('tells the extension the client id and where Zoom authorizes', async () => {
    const { app } = createHostApp(zoom);

    const reply = await app.request('/oauth/client');

    expect(await reply.json()).toEqual({
      clientId: 'user-app-id',
      authorizeUrl: `${zoom.baseUrl}/oauth/authorize`,
    });
  });

  it('exchanges the code and answers a sealed session and who signed in', async () => {
    const { app } = createHostApp(zoom);

    const { session, user } = await signIn(app);

    expect(user).toEqual({ displayName: 'Ada Lovelace', email: 'ada@ours.test' });
    expect(session.split('.')).toHaveLength(5);
    // The fake's tokens are `rt-` or `at-` and 24 hex digits; "rt-" alone occurs in base64url.
    expect(session).not.toMatch(/(rt|at)-[0-9a-f]{24}/);
  });

  it('refuses a code whose PKCE verifier does not match', async () => {
    const { app } = createHostApp(zoom);
    const authorize = new URL(`${zoom.baseUrl}/oauth/authorize`);
    authorize.search = new URLSearchParams({
      response_type: 'code',
      client_id: 'user-app-id',
      redirect_uri: REDIRECT_URI,
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
    }).toString();
    const redirect = await fetch(authorize, { redirect: 'manual' });
    const code = new URL(redirect.headers.get('location') ?? '').searchParams.get('code');

    const reply = await postJson(app, '/oauth/token', {
      code,
      codeVerifier: 'y'.repeat(43),
      redirectUri: REDIRECT_URI,
    });

    expect(reply.status).toBe(401);
    expect(((await reply.json()) as Reply).code).toBe('not_authenticated');
  });

  it('says sign-in is not set up when the backend has no OAuth app', async () => {
    const { app } = createHostApp(zoom, {
      ZOOM_OAUTH_CLIENT_ID: undefined,
      ZOOM_OAUTH_CLIENT_SECRET: undefined,
      SESSION_SEALING_KEY: undefined,
    });

    const reply = await app.request('/oauth/client');

    expect(reply.status).toBe(404);
    expect(((await reply.json()) as Reply).code).toBe('sign_in_unavailable');
  });
});

describe('POST / for a signed-in person', () => {
  it('starts their own meeting: role 1 signature with their ZAK', async () => {
    const { app } = createHostApp(zoom);
    const { session } = await signIn(app);

    const reply = await postJson(app, '/', { meetingNumber: OWN_MEETING, role: 1, session });
    const body = (await reply.json()) as Reply;

    expect(reply.status).toBe(200);
    expect((await verifyWithTestSecret(body.signature ?? '')).role).toBe(1);
    expect(zoom.zakOwner(body.zak ?? '')).toBe('ada');
    expect(body.session).toBe(session);
  });

  it("refuses to start someone else's meeting with not_meeting_host", async () => {
    const { app } = createHostApp(zoom);
    const { session } = await signIn(app);

    const reply = await postJson(app, '/', { meetingNumber: '85055556666', role: 1, session });

    expect(reply.status).toBe(403);
    expect(((await reply.json()) as Reply).code).toBe('not_meeting_host');
  });

  it('joins any meeting as themselves: role 0 with their ZAK', async () => {
    const { app } = createHostApp(zoom);
    const { session } = await signIn(app);

    const reply = await postJson(app, '/', {
      meetingNumber: OTHER_ACCOUNT_MEETING,
      role: 0,
      session,
    });
    const body = (await reply.json()) as Reply;

    expect(reply.status).toBe(200);
    expect(zoom.zakOwner(body.zak ?? '')).toBe('ada');
  });

  // Revoked at Zoom (app removed, signed out everywhere): found either when the backend
  // refreshes an expiring access token, or when Zoom rejects a sealed one that looks fresh.
  it.each([
    ['on the refresh of an expiring access token', 60],
    ['when Zoom rejects a still-fresh access token', 3600],
  ])('answers session_expired once Zoom has revoked the tokens, %s', async (_case, seconds) => {
    zoom.setAccessTokenSeconds(seconds);
    const { app } = createHostApp(zoom);
    const { session } = await signIn(app);
    zoom.revokeAll();

    const reply = await postJson(app, '/', { meetingNumber: OWN_MEETING, role: 1, session });

    expect(reply.status).toBe(401);
    expect(((await reply.json()) as Reply).code).toBe('session_expired');
  });

  it('answers session_expired for a session sealed with another key', async () => {
    const { app } = createHostApp(zoom);
    const { session } = await signIn(app);
    const other = createHostApp(zoom, { SESSION_SEALING_KEY: 'z'.repeat(40) }).app;

    const reply = await postJson(other, '/', { meetingNumber: OWN_MEETING, role: 1, session });

    expect(reply.status).toBe(401);
    expect(((await reply.json()) as Reply).code).toBe('session_expired');
  });
});

describe('a session that is not a sealed session', () => {
  it.each([
    ['a number', 42],
    ['empty text', ''],
    ['an object', { sealed: 'x' }],
    ['true', true],
  ])('is refused as %s, not signed as for nobody', async (_case, session) => {
    const { app } = createHostApp(zoom);

    const reply = await postJson(app, '/', { meetingNumber: OWN_MEETING, role: 0, session });

    expect(reply.status).toBe(400);
    const body = (await reply.json()) as Reply;
    expect(body.signature).toBeUndefined();
    expect(body.errors?.[0]?.property).toBe('session');
  });
});

describe('POST /zak and refresh-token rotation', () => {
  it('refreshes an expired access token and hands back the re-sealed rotated session', async () => {
    zoom.setAccessTokenSeconds(60);
    const { app } = createHostApp(zoom);
    const { session } = await signIn(app);

    const first = (await (await postJson(app, '/zak', { session })).json()) as Reply;
    const second = await postJson(app, '/zak', { session: first.session });
    const stale = await postJson(app, '/zak', { session });

    expect(zoom.zakOwner(first.zak ?? '')).toBe('ada');
    expect(first.session).not.toBe(session);
    expect(second.status).toBe(200);
    // Zoom invalidated the refresh token inside the old sealed session when it rotated it.
    expect(stale.status).toBe(401);
  });

  it('serves concurrent requests with one session without rotating the refresh token', async () => {
    const { app } = createHostApp(zoom);
    const { session } = await signIn(app);
    const tokenCallsBefore = zoom.requests.filter((r) => r.url === '/oauth/token').length;

    const replies = await Promise.all([1, 2, 3].map(() => postJson(app, '/zak', { session })));

    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200]);
    expect(zoom.requests.filter((r) => r.url === '/oauth/token')).toHaveLength(tokenCallsBefore);
  });
});

describe('POST / without a sign-in', () => {
  it('keeps attendee signatures open by default, without a ZAK', async () => {
    const { app } = createHostApp(zoom);

    const reply = await postJson(app, '/', { meetingNumber: OWN_MEETING, role: 0 });

    expect(reply.status).toBe(200);
    expect(((await reply.json()) as Reply).zak).toBeUndefined();
  });

  it('refuses strangers attendee signatures with ATTENDEE_SIGNATURES=authenticated', async () => {
    const { app } = createHostApp(zoom, { ATTENDEE_SIGNATURES: 'authenticated' });

    const reply = await postJson(app, '/', { meetingNumber: OWN_MEETING, role: 0 });

    expect(reply.status).toBe(401);
    expect(((await reply.json()) as Reply).code).toBe('not_authenticated');
  });

  it('refuses role 1 without credentials with 401 and a reason', async () => {
    const { app } = createHostApp(zoom);

    const reply = await postJson(app, '/', { meetingNumber: OWN_MEETING, role: 1 });
    const body = (await reply.json()) as Reply;

    expect(reply.status).toBe(401);
    expect(body.code).toBe('not_authenticated');
    expect(body.errors?.[0]?.reason).toMatch(/sign-in or the host access token/);
  });

  it('refuses a wrong host access token with 401 host_token_invalid', async () => {
    const { app } = createHostApp(zoom);

    const reply = await postJson(app, '/', { meetingNumber: OWN_MEETING, role: 1 }, bearer('no'));

    expect(reply.status).toBe(401);
    expect(((await reply.json()) as Reply).code).toBe('host_token_invalid');
  });

  it("account mode: returns the meeting host's ZAK with a role 1 signature", async () => {
    const { app } = createHostApp(zoom);

    const reply = await postJson(
      app,
      '/',
      { meetingNumber: '85055556666', role: 1 },
      bearer(HOST_ACCESS_TOKEN),
    );
    const body = (await reply.json()) as Reply;

    expect(reply.status).toBe(200);
    expect(zoom.zakOwner(body.zak ?? '')).toBe('alan');
    expect(decodeJwt(body.signature ?? '').role).toBe(1);
  });

  it("account mode: refuses another account's meeting with meeting_not_in_account", async () => {
    const { app } = createHostApp(zoom);

    const reply = await postJson(
      app,
      '/',
      { meetingNumber: OTHER_ACCOUNT_MEETING, role: 1 },
      bearer(HOST_ACCESS_TOKEN),
    );

    expect(reply.status).toBe(403);
    expect(((await reply.json()) as Reply).code).toBe('meeting_not_in_account');
  });

  it('asks for a sign-in when the token is right but there is no account app', async () => {
    const { app } = createHostApp(zoom, {
      ZOOM_S2S_ACCOUNT_ID: undefined,
      ZOOM_S2S_CLIENT_ID: undefined,
      ZOOM_S2S_CLIENT_SECRET: undefined,
    });

    const reply = await postJson(
      app,
      '/',
      { meetingNumber: OWN_MEETING, role: 1 },
      bearer(HOST_ACCESS_TOKEN),
    );

    expect(reply.status).toBe(403);
    expect(((await reply.json()) as Reply).code).toBe('sign_in_required');
  });
});

describe('POST /host-access', () => {
  it('accepts the configured token and refuses any other with 401', async () => {
    const { app } = createHostApp(zoom);

    const right = await app.request('/host-access', {
      method: 'POST',
      headers: bearer(HOST_ACCESS_TOKEN),
    });
    const wrong = await app.request('/host-access', {
      method: 'POST',
      headers: bearer(`${HOST_ACCESS_TOKEN}x`),
    });

    expect(right.status).toBe(200);
    expect(wrong.status).toBe(401);
  });
});

describe('secrets stay out of URLs and logs', () => {
  it('sends codes, tokens and secrets to Zoom only in bodies and headers', async () => {
    const { app, lines } = createHostApp(zoom);
    zoom.setAccessTokenSeconds(60);
    const { session } = await signIn(app);
    await postJson(app, '/', { meetingNumber: OWN_MEETING, role: 1, session });
    await postJson(app, '/', { meetingNumber: '85055556666', role: 1 }, bearer(HOST_ACCESS_TOKEN));

    const backendCalls = zoom.requests.filter((request) => request.url !== '/oauth/authorize');
    const urls = backendCalls.map((request) => request.url).join('\n');
    expect(urls).not.toMatch(/code=|refresh_token|secret|rt-|at-|s2s-|zak-/);
    expect(lines.join('\n')).not.toMatch(/eyJ|rt-|zak-|secret|shared-host-token/);
    expect(lines).toContain(lines.find((line) => line.startsWith('POST / 200')));
  });
});
