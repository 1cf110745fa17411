// Sign in with Zoom, the backend's half: the extension runs Zoom's authorize page itself
// (authorization code flow with PKCE) and brings the code here, because exchanging it needs
// the OAuth app's Client Secret, which only the backend holds.

import type { Hono } from 'hono';
import { z } from 'zod';

import type { ZoomSignInClient, ZoomSignInReply } from '../../../src/shared/host-contract.ts';
import { REFUSALS, replyRefusal } from '../refusal.ts';
import { sealSession } from '../seal-session.ts';
import { exchangeCode, getCurrentUser, ZoomApiError } from '../zoom-client.ts';
import type { ZoomConfig } from '../zoom-config.ts';
import { readBody } from './read-body.ts';

// RFC 7636: a verifier is 43 to 128 characters of [A-Za-z0-9-._~].
const signInRequest = z.object({
  code: z.string().min(1).max(2048),
  codeVerifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/),
  redirectUri: z.url({ protocol: /^https$/ }).max(2048),
});

/** `GET /oauth/client` and `POST /oauth/token`. */
export function addSignInRoutes(app: Hono, zoom: ZoomConfig): void {
  app.get('/oauth/client', (c) => {
    if (!zoom.userOAuth) return replyRefusal(c, REFUSALS.signInUnavailable);

    const reply: ZoomSignInClient = {
      clientId: zoom.userOAuth.clientId,
      authorizeUrl: `${zoom.oauthBaseUrl}/oauth/authorize`,
    };
    return c.json(reply);
  });

  app.post('/oauth/token', async (c) => {
    const oauth = zoom.userOAuth;
    if (!oauth) return replyRefusal(c, REFUSALS.signInUnavailable);

    const body = await readBody(c, signInRequest);
    if (!body.ok) return body.response;

    try {
      const tokens = await exchangeCode(zoom, oauth, body.value);
      const user = await getCurrentUser(zoom, tokens.accessToken);
      const session = await sealSession(
        {
          userId: user.id,
          refreshToken: tokens.refreshToken,
          accessToken: tokens.accessToken,
          accessTokenExpiresAt: tokens.expiresAt,
        },
        oauth.sealingKey,
      );

      const reply: ZoomSignInReply = {
        session,
        user: { displayName: user.displayName, email: user.email },
      };
      return c.json(reply);
    } catch (error) {
      if (!(error instanceof ZoomApiError)) throw error;

      const refusal =
        error.problem === 'failed' ? REFUSALS.zoomUnavailable : REFUSALS.signInRejected;
      return replyRefusal(c, refusal);
    }
  });
}
