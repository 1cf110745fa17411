// The backend's client for Zoom's OAuth and REST API: the few calls that turn a sign-in into
// a ZAK, and a meeting number into its host. Base URLs come from configuration so that tests
// run against a local fake. Tokens travel in POST bodies and Authorization headers only.

import { z } from 'zod';

import type { AccountOAuthConfig, ZoomConfig } from './zoom-config.ts';

/** Zoom has not answered by then: the person gets an error rather than a spinner. */
const TIMEOUT_MS = 10_000;

/** Why a call to Zoom failed, in the terms the routes need. */
export type ZoomApiProblem = 'invalid-grant' | 'token-rejected' | 'not-found' | 'failed';

/** Thrown by every call here when Zoom refuses or cannot be reached. */
export class ZoomApiError extends Error {
  override readonly name = 'ZoomApiError';

  constructor(
    readonly problem: ZoomApiProblem,
    readonly status: number,
  ) {
    super(`Zoom answered ${status} (${problem})`);
  }
}

export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  /** Epoch seconds. */
  expiresAt: number;
}

export interface ZoomUser {
  id: string;
  displayName: string;
  email: string;
}

const tokenReply = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.number().nonnegative(),
});

const userReply = z.object({
  id: z.string().min(1),
  display_name: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  email: z.string().default(''),
});

const zakReply = z.object({ token: z.string().min(1) });

const meetingReply = z.object({ host_id: z.string().min(1) });

/** Exchanges an authorization code (with its PKCE verifier) for the user's tokens. */
export async function exchangeCode(
  zoom: ZoomConfig,
  client: { clientId: string; clientSecret: string },
  grant: { code: string; codeVerifier: string; redirectUri: string },
): Promise<TokenSet> {
  const reply = await requestToken(zoom, client, {
    grant_type: 'authorization_code',
    code: grant.code,
    redirect_uri: grant.redirectUri,
    code_verifier: grant.codeVerifier,
  });
  return toTokenSet(reply);
}

/** Trades a refresh token for new tokens; Zoom rotates the refresh token each time. */
export async function refreshUserToken(
  zoom: ZoomConfig,
  client: { clientId: string; clientSecret: string },
  refreshToken: string,
): Promise<TokenSet> {
  const reply = await requestToken(zoom, client, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  });
  return toTokenSet(reply);
}

/** An access token of the account's Server-to-Server OAuth app. */
export async function requestAccountToken(
  zoom: ZoomConfig,
  account: AccountOAuthConfig,
): Promise<string> {
  const reply = await requestToken(zoom, account, {
    grant_type: 'account_credentials',
    account_id: account.accountId,
  });
  return reply.access_token;
}

/** Who the access token belongs to. */
export async function getCurrentUser(zoom: ZoomConfig, accessToken: string): Promise<ZoomUser> {
  const user = parseOrFail(userReply, await getJson(zoom, accessToken, '/v2/users/me'), 200);
  const fullName = [user.first_name, user.last_name].filter(Boolean).join(' ');

  return { id: user.id, displayName: user.display_name || fullName, email: user.email };
}

/** A fresh ZAK of `userId` (`me` for the token's own user); it lives about 2 hours. */
export async function getZak(
  zoom: ZoomConfig,
  accessToken: string,
  userId: string,
): Promise<string> {
  const path = `/v2/users/${encodeURIComponent(userId)}/token?type=zak`;
  return parseOrFail(zakReply, await getJson(zoom, accessToken, path), 200).token;
}

/** The host of a meeting the token may read; throws `not-found` for any other meeting. */
export async function getMeetingHost(
  zoom: ZoomConfig,
  accessToken: string,
  meetingNumber: string,
): Promise<string> {
  const path = `/v2/meetings/${encodeURIComponent(meetingNumber)}`;
  return parseOrFail(meetingReply, await getJson(zoom, accessToken, path), 200).host_id;
}

async function requestToken(
  zoom: ZoomConfig,
  client: { clientId: string; clientSecret: string },
  form: Record<string, string>,
): Promise<z.infer<typeof tokenReply>> {
  const basic = btoa(`${client.clientId}:${client.clientSecret}`);

  // Zoom documents these parameters in the query string; an OAuth token endpoint also takes
  // them as a form body (RFC 6749), which keeps codes and refresh tokens out of every URL.
  const response = await send(`${zoom.oauthBaseUrl}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams(form).toString(),
  });

  if (!response.ok) {
    const body = await readJson(response);
    const invalidGrant = isRecord(body) && body.error === 'invalid_grant';
    throw new ZoomApiError(invalidGrant ? 'invalid-grant' : 'failed', response.status);
  }

  return parseOrFail(tokenReply, await readJson(response), response.status);
}

async function getJson(zoom: ZoomConfig, accessToken: string, path: string): Promise<unknown> {
  const response = await send(`${zoom.apiBaseUrl}${path}`, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
  });
  const body = await readJson(response);
  if (response.ok) return body;

  // Zoom answers 404 with code 3001 ("Meeting does not exist") for a meeting outside the
  // token's reach, and 1001 for an unknown user.
  const zoomCode = isRecord(body) ? body.code : undefined;
  const notFound = response.status === 404 || zoomCode === 3001 || zoomCode === 1001;
  if (notFound) throw new ZoomApiError('not-found', response.status);

  // 401 (code 124, "Invalid access token"): Zoom no longer honours this token, e.g. the
  // person removed the app or signed out everywhere.
  throw new ZoomApiError(response.status === 401 ? 'token-rejected' : 'failed', response.status);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw new ZoomApiError('failed', 0);
  }
}

function toTokenSet(reply: z.infer<typeof tokenReply>): TokenSet {
  if (!reply.refresh_token) throw new ZoomApiError('failed', 200);

  return {
    accessToken: reply.access_token,
    refreshToken: reply.refresh_token,
    expiresAt: Math.floor(Date.now() / 1000) + reply.expires_in,
  };
}

function parseOrFail<T>(schema: z.ZodType<T>, body: unknown, status: number): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ZoomApiError('failed', status);
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown; // Widened from `any`: every use checks it.
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
