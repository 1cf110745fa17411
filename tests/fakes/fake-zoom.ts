// A local fake of Zoom's OAuth (authorize page, token endpoint) and of the few REST calls the
// backend makes, on 127.0.0.1, for unit and end-to-end tests. It follows Zoom's documented
// behaviour where the backend depends on it: PKCE (S256) on the code exchange, refresh tokens
// that rotate (the old one stops working), ZAKs per user, and meetings visible only to their
// host's token or their account's Server-to-Server token.

import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeZoomUser {
  id: string;
  accountId: string;
  displayName: string;
  email: string;
}

export interface FakeZoomApp {
  clientId: string;
  clientSecret: string;
}

export interface FakeZoomOptions {
  /** The user OAuth app (sign in with Zoom). */
  userApp: FakeZoomApp;
  /** The Server-to-Server OAuth app, and the account it belongs to. */
  accountApp?: FakeZoomApp & { accountId: string };
  users: FakeZoomUser[];
  /** Meeting number → host's user id. */
  meetings: Record<string, string>;
}

export interface FakeZoomRequest {
  method: string;
  /** Path and query exactly as received. */
  url: string;
  body: string;
  authorization?: string;
}

export interface FakeZoom {
  /** Base URL for both OAuth and REST, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  requests: FakeZoomRequest[];
  /** Who the authorize page signs in from now on (it redirects at once, without a form). */
  signInAs(userId: string): void;
  /** Makes the authorize page answer with this OAuth error from now on, or sign in again. */
  refuseSignIn(refusal: { error: string; description?: string } | undefined): void;
  /** Access tokens issued from now on live this long. */
  setAccessTokenSeconds(seconds: number): void;
  /** Forgets every token, as "Sign me out from all devices" or revoking the app does. */
  revokeAll(): void;
  /** The user a ZAK was issued for, or undefined for a ZAK this fake never issued. */
  zakOwner(zak: string): string | undefined;
  close(): Promise<void>;
}

interface AccessGrant {
  /** Set for a user's token; undefined for an account token. */
  userId?: string;
  accountId: string;
  expiresAt: number;
}

interface PendingCode {
  userId: string;
  challenge: string;
  redirectUri: string;
}

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeZoom(options: FakeZoomOptions): Promise<FakeZoom> {
  const requests: FakeZoomRequest[] = [];
  const codes = new Map<string, PendingCode>();
  const accessTokens = new Map<string, AccessGrant>();
  const refreshTokens = new Map<string, string>();
  const zaks = new Map<string, string>();
  let signedInUser = options.users[0]?.id ?? '';
  let signInRefusal: { error: string; description?: string } | undefined;
  let accessTokenSeconds = 3600;

  const userById = (id: string) => options.users.find((user) => user.id === id);

  const issueUserTokens = (userId: string) => {
    const user = userById(userId);
    const accessToken = token('at');
    const refreshToken = token('rt');
    accessTokens.set(accessToken, {
      userId,
      accountId: user?.accountId ?? '',
      expiresAt: Date.now() + accessTokenSeconds * 1000,
    });
    refreshTokens.set(refreshToken, userId);
    return {
      access_token: accessToken,
      token_type: 'bearer',
      refresh_token: refreshToken,
      expires_in: accessTokenSeconds,
      scope: 'user:read:user user:read:zak meeting:read:meeting',
    };
  };

  const authorize = (url: URL, response: ServerResponse) => {
    const query = url.searchParams;
    const redirectUri = query.get('redirect_uri') ?? '';
    const valid =
      query.get('response_type') === 'code' &&
      query.get('client_id') === options.userApp.clientId &&
      query.get('code_challenge_method') === 'S256' &&
      (query.get('code_challenge') ?? '') !== '' &&
      URL.canParse(redirectUri);
    if (!valid) return send(response, 400, { error: 'invalid_request' });

    const back = new URL(redirectUri);
    if (signInRefusal) {
      back.searchParams.set('error', signInRefusal.error);
      if (signInRefusal.description)
        back.searchParams.set('error_description', signInRefusal.description);
    } else {
      const code = token('code');
      const challenge = query.get('code_challenge') ?? '';
      codes.set(code, { userId: signedInUser, challenge, redirectUri });
      back.searchParams.set('code', code);
    }
    const state = query.get('state');
    if (state !== null) back.searchParams.set('state', state);
    response.writeHead(302, { location: back.toString() });
    response.end();
  };

  const exchange = (request: FakeZoomRequest, response: ServerResponse) => {
    const client = readBasic(request.authorization);
    const form = new URLSearchParams(request.body);
    const grantType = form.get('grant_type');

    if (grantType === 'account_credentials') {
      const app = options.accountApp;
      const valid =
        app !== undefined && sameApp(client, app) && form.get('account_id') === app.accountId;
      if (!valid) return send(response, 401, { reason: 'Invalid client', error: 'invalid_client' });

      const accessToken = token('s2s');
      const expiresAt = Date.now() + 3600_000;
      accessTokens.set(accessToken, { accountId: app.accountId, expiresAt });
      return send(response, 200, {
        access_token: accessToken,
        token_type: 'bearer',
        expires_in: 3600,
      });
    }

    if (!sameApp(client, options.userApp)) {
      return send(response, 401, {
        reason: 'Invalid client_id or client_secret',
        error: 'invalid_client',
      });
    }

    if (grantType === 'authorization_code') {
      const pending = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const valid =
        pending !== undefined &&
        pending.redirectUri === form.get('redirect_uri') &&
        base64Url(createHash('sha256').update(verifier).digest()) === pending.challenge;
      if (!valid)
        return send(response, 400, {
          reason: 'Invalid authorization code',
          error: 'invalid_grant',
        });

      return send(response, 200, issueUserTokens(pending.userId));
    }

    if (grantType === 'refresh_token') {
      const old = form.get('refresh_token') ?? '';
      const userId = refreshTokens.get(old);
      if (userId === undefined)
        return send(response, 400, { reason: 'Invalid Token!', error: 'invalid_grant' });

      // Zoom rotates: the refresh token just used stops working.
      refreshTokens.delete(old);
      return send(response, 200, issueUserTokens(userId));
    }

    send(response, 400, { reason: 'Unsupported grant type', error: 'unsupported_grant_type' });
  };

  const api = (request: FakeZoomRequest, url: URL, response: ServerResponse) => {
    const bearer = /^Bearer (.+)$/.exec(request.authorization ?? '')?.[1] ?? '';
    const grant = accessTokens.get(bearer);
    if (!grant || grant.expiresAt <= Date.now()) {
      return send(response, 401, { code: 124, message: 'Invalid access token.' });
    }

    const path = url.pathname;
    if (path === '/v2/users/me' && grant.userId) {
      const user = userById(grant.userId);
      return send(response, 200, {
        id: user?.id,
        display_name: user?.displayName,
        email: user?.email,
        account_id: user?.accountId,
      });
    }

    const zakPath = /^\/v2\/users\/([^/]+)\/token$/.exec(path);
    if (zakPath && url.searchParams.get('type') === 'zak') {
      const wanted = zakPath[1] === 'me' ? grant.userId : zakPath[1];
      const user = wanted === undefined ? undefined : userById(wanted);
      const allowed =
        user !== undefined &&
        (grant.userId === undefined
          ? user.accountId === grant.accountId
          : user.id === grant.userId);
      if (!allowed) return send(response, 404, { code: 1001, message: 'User does not exist.' });

      const zak = token('zak');
      zaks.set(zak, user.id);
      return send(response, 200, { token: zak });
    }

    const meetingPath = /^\/v2\/meetings\/(\d+)$/.exec(path);
    if (meetingPath) {
      const meetingNumber = meetingPath[1] ?? '';
      const hostId = options.meetings[meetingNumber];
      const host = hostId === undefined ? undefined : userById(hostId);
      const visible =
        host !== undefined &&
        (grant.userId === undefined
          ? host.accountId === grant.accountId
          : host.id === grant.userId);
      if (!visible) {
        return send(response, 404, {
          code: 3001,
          message: `Meeting does not exist: ${meetingNumber}.`,
        });
      }

      return send(response, 200, {
        id: Number(meetingNumber),
        host_id: hostId,
        topic: 'Fake meeting',
      });
    }

    send(response, 404, { code: 404, message: 'Not found' });
  };

  const server = createServer((incoming, response) => {
    void readBody(incoming).then((body) => {
      const request: FakeZoomRequest = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        body,
        ...(incoming.headers.authorization
          ? { authorization: incoming.headers.authorization }
          : {}),
      };
      requests.push(request);
      const url = new URL(request.url, 'http://fake-zoom');

      if (request.method === 'GET' && url.pathname === '/oauth/authorize')
        return authorize(url, response);
      if (request.method === 'POST' && url.pathname === '/oauth/token')
        return exchange(request, response);
      if (request.method === 'GET' && url.pathname.startsWith('/v2/'))
        return api(request, url, response);

      send(response, 404, { code: 404, message: 'Not found' });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo; // A TCP listener always has an AddressInfo.

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    signInAs: (userId) => {
      signedInUser = userId;
    },
    refuseSignIn: (refusal) => {
      signInRefusal = refusal;
    },
    setAccessTokenSeconds: (seconds) => {
      accessTokenSeconds = seconds;
    },
    revokeAll: () => {
      accessTokens.clear();
      refreshTokens.clear();
    },
    zakOwner: (zak) => zaks.get(zak),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function token(kind: string): string {
  return `${kind}-${randomBytes(12).toString('hex')}`;
}

function base64Url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

function readBasic(header: string | undefined): FakeZoomApp | undefined {
  const encoded = /^Basic (.+)$/.exec(header ?? '')?.[1];
  if (encoded === undefined) return undefined;

  const [clientId = '', clientSecret = ''] = Buffer.from(encoded, 'base64').toString().split(':');
  return { clientId, clientSecret };
}

function sameApp(client: FakeZoomApp | undefined, app: FakeZoomApp): boolean {
  return client?.clientId === app.clientId && client.clientSecret === app.clientSecret;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(''));
  });
}
