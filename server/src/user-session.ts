// Opens a signed-in person's sealed session for one request: an access token that works now,
// and the sealed session to hand back, re-sealed only when Zoom rotated the tokens.

import { REFUSALS, type Refusal } from './refusal.ts';
import { sealSession, unsealSession, type ZoomSession } from './seal-session.ts';
import { refreshUserToken, ZoomApiError } from './zoom-client.ts';
import type { UserOAuthConfig, ZoomConfig } from './zoom-config.ts';

/** An access token this close to expiry is refreshed first, so it cannot lapse mid-request. */
const EXPIRY_MARGIN_SECONDS = 120;

export type OpenedSession =
  | { ok: true; userId: string; accessToken: string; sealed: string }
  | { ok: false; refusal: Refusal };

/**
 * An access token for the session in `sealed`. The sealed access token is reused while it
 * lasts, so requests that race with the same sealed session all succeed; a refresh (which
 * rotates the refresh token at Zoom) happens about once an hour.
 */
export async function openUserSession(zoom: ZoomConfig, sealed: string): Promise<OpenedSession> {
  const oauth = zoom.userOAuth;
  if (!oauth) return { ok: false, refusal: REFUSALS.signInUnavailable };

  const session = await unsealSession(sealed, oauth.sealingKey);
  if (!session) return { ok: false, refusal: REFUSALS.sessionExpired };

  const now = Math.floor(Date.now() / 1000);
  if (session.accessTokenExpiresAt - now > EXPIRY_MARGIN_SECONDS) {
    return { ok: true, userId: session.userId, accessToken: session.accessToken, sealed };
  }

  return refresh(zoom, oauth, session);
}

async function refresh(
  zoom: ZoomConfig,
  oauth: UserOAuthConfig,
  session: ZoomSession,
): Promise<OpenedSession> {
  try {
    const tokens = await refreshUserToken(zoom, oauth, session.refreshToken);
    const renewed: ZoomSession = {
      userId: session.userId,
      refreshToken: tokens.refreshToken,
      accessToken: tokens.accessToken,
      accessTokenExpiresAt: tokens.expiresAt,
    };
    const resealed = await sealSession(renewed, oauth.sealingKey);
    return { ok: true, userId: session.userId, accessToken: tokens.accessToken, sealed: resealed };
  } catch (error) {
    return { ok: false, refusal: refusalFor(error) };
  }
}

/**
 * The refusal for a failed call to Zoom; anything else is a bug and is thrown on. With
 * `userSession`, the rejected token was the person's own: they must sign in again.
 */
export function refusalFor(error: unknown, userSession = false): Refusal {
  if (!(error instanceof ZoomApiError)) throw error;

  if (error.problem === 'invalid-grant') return REFUSALS.sessionExpired;

  if (error.problem === 'token-rejected' && userSession) return REFUSALS.sessionExpired;

  return REFUSALS.zoomUnavailable;
}
