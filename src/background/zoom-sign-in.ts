// Sign in with Zoom: OAuth 2.0 authorization code flow with PKCE (RFC 7636). The browser shows
// Zoom's own sign-in page through identity.launchWebAuthFlow, so the extension never sees the
// password; the backend, which holds the OAuth app's secret, exchanges the code and hands back
// the refresh token sealed.

import browser from 'webextension-polyfill';

import type { ZoomSignInClient, ZoomSignInReply } from '../shared/host-contract.ts';
import { createLogger } from '../shared/logger.ts';
import type { Result, ZoomAccount } from '../shared/protocol.ts';
import { fail, ok } from '../shared/result.ts';
import { loadSettings } from '../shared/settings.ts';
import { callHostRoute } from './call-host-route.ts';
import { describeZoomAccount, saveSignIn } from './zoom-account-store.ts';

const log = createLogger('background');

/** Runs the whole sign-in and keeps its result; the pages learn only who signed in. */
export async function signInWithZoom(): Promise<Result<ZoomAccount>> {
  const { backendUrl } = await loadSettings();
  const client = await callHostRoute(backendUrl, 'oauth/client', { method: 'GET' });
  if (!client.ok) return client;
  if (!isSignInClient(client.value)) return fail('backend-bad-reply');

  const verifier = randomText(32);
  const state = randomText(16);
  const redirectUri = browser.identity.getRedirectURL();
  const authorize = new URL(client.value.authorizeUrl);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: client.value.clientId,
    redirect_uri: redirectUri,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
    state,
  }).toString();

  const code = await runAuthorizePage(authorize.toString(), state);
  if (!code.ok) return code;

  const signedIn = await callHostRoute(backendUrl, 'oauth/token', {
    method: 'POST',
    body: { code: code.value, codeVerifier: verifier, redirectUri },
  });
  if (!signedIn.ok) return signedIn;
  if (!isSignInReply(signedIn.value)) return fail('backend-bad-reply');

  const { session, user } = signedIn.value;
  await saveSignIn({ session, user: { displayName: user.displayName, email: user.email } });
  return ok(await describeZoomAccount());
}

/** Zoom's page in the browser's own auth window; answers the code it redirects back with. */
async function runAuthorizePage(url: string, state: string): Promise<Result<string>> {
  let redirected: string | undefined;
  try {
    redirected = await browser.identity.launchWebAuthFlow({ url, interactive: true });
  } catch (error) {
    // The browser says only that the flow ended: the window was closed or its page failed.
    log.warn('Zoom sign-in did not finish', error);
    return fail('zoom-sign-in-failed', { hint: 'sign-in-closed' });
  }

  const back = redirected && URL.canParse(redirected) ? new URL(redirected) : undefined;
  if (!back) return fail('zoom-sign-in-failed', { hint: 'sign-in-closed' });

  // The state proves this redirect answers the request made here, not one planted by a page.
  if (back.searchParams.get('state') !== state) {
    return fail('zoom-sign-in-failed', { hint: 'sign-in-mismatch' });
  }

  const refusal = back.searchParams.get('error');
  if (refusal !== null) return refusedByZoom(refusal, back.searchParams.get('error_description'));

  const code = back.searchParams.get('code');
  if (!code) return fail('zoom-sign-in-failed', { hint: 'sign-in-mismatch' });

  return ok(code);
}

/** Longest text of Zoom's shown as it is; anything longer is cut. */
const MAX_REASON = 200;

/** An OAuth error redirect (RFC 6749 §4.1.2.1) in words; Zoom's own reason is shown verbatim. */
function refusedByZoom(error: string, description: string | null): Result<never> {
  if (error === 'access_denied') return fail('zoom-sign-in-failed', { hint: 'sign-in-declined' });

  const reason = [error, description ?? '']
    .map((text) =>
      text
        .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
        .trim()
        .slice(0, MAX_REASON),
    )
    .filter((text) => text !== '')
    .join(': ');
  return fail('zoom-sign-in-failed', { hint: 'sign-in-refused', details: [reason] });
}

function randomText(bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

function base64Url(bytes: Uint8Array): string {
  const binary = String.fromCharCode(...bytes);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function isSignInClient(value: unknown): value is ZoomSignInClient {
  if (typeof value !== 'object' || value === null) return false;

  const client = value as Partial<ZoomSignInClient>; // Each field is checked below.
  const authorizeUrl = client.authorizeUrl ?? '';
  return (
    typeof client.clientId === 'string' &&
    URL.canParse(authorizeUrl) &&
    /^https?:$/.test(new URL(authorizeUrl).protocol)
  );
}

function isSignInReply(value: unknown): value is ZoomSignInReply {
  if (typeof value !== 'object' || value === null) return false;

  const reply = value as Partial<ZoomSignInReply>; // Each field is checked below.
  return (
    typeof reply.session === 'string' &&
    typeof reply.user?.displayName === 'string' &&
    typeof reply.user.email === 'string'
  );
}
