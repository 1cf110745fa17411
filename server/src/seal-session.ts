// A signed-in person's Zoom tokens, sealed for the extension to keep. The backend stays
// stateless: it holds nothing between requests, and the extension sends the sealed session
// back whenever it needs a ZAK. Sealing is JWE (`dir`, A256GCM), so the extension can
// neither read nor alter what is inside, and a copy of the extension's storage alone is of
// no use without the backend's key.

import { EncryptJWT, jwtDecrypt } from 'jose';

/** What a sealed session holds. */
export interface ZoomSession {
  /** The Zoom user's id, from `GET /v2/users/me`. */
  userId: string;
  refreshToken: string;
  /**
   * The last access token and when it expires (epoch seconds). Reusing it until then means
   * most ZAK requests do not rotate the refresh token at all, so requests racing with the
   * same sealed session do not lose it.
   */
  accessToken: string;
  accessTokenExpiresAt: number;
}

/** Zoom's refresh tokens expire after 90 days unused; a sealed session never outlives one. */
const SEALED_LIFETIME = '90d';

const ISSUER = 'join-panel-backend';
const AUDIENCE = 'zoom-session';

/** Seals `session` with a key derived from the backend's SESSION_SEALING_KEY. */
export async function sealSession(session: ZoomSession, sealingKey: Uint8Array): Promise<string> {
  return new EncryptJWT({ ...session })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(SEALED_LIFETIME)
    .encrypt(await deriveKey(sealingKey));
}

/** The session inside `sealed`, or undefined when it was not sealed by this key, or expired. */
export async function unsealSession(
  sealed: string,
  sealingKey: Uint8Array,
): Promise<ZoomSession | undefined> {
  try {
    const { payload } = await jwtDecrypt(sealed, await deriveKey(sealingKey), {
      issuer: ISSUER,
      audience: AUDIENCE,
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    const { userId, refreshToken, accessToken, accessTokenExpiresAt } = payload;

    const complete =
      typeof userId === 'string' &&
      typeof refreshToken === 'string' &&
      typeof accessToken === 'string' &&
      typeof accessTokenExpiresAt === 'number';
    return complete ? { userId, refreshToken, accessToken, accessTokenExpiresAt } : undefined;
  } catch {
    return undefined;
  }
}

// The operator's key is text of any length (at least 32 bytes); SHA-256 turns it into the
// exact 256 bits A256GCM needs. Web Crypto keeps this usable on edge runtimes too.
async function deriveKey(sealingKey: Uint8Array): Promise<Uint8Array> {
  // Copied so that Web Crypto gets a plain ArrayBuffer-backed view, as its types require.
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(sealingKey)));
}
