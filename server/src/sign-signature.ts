import { SignJWT } from 'jose';

import type { MeetingRole } from '../../src/shared/backend-contract.ts';

/** Lifetime of a signature when the request names none: Zoom's sample uses 2 hours. */
export const DEFAULT_EXPIRATION_SECONDS = 2 * 60 * 60;

// A signature whose `iat` lies in the future by Zoom's clock is rejected as invalid
// (Zoom's troubleshooting guide: "ensure server clock has not drifted"), so it is dated
// a little earlier to absorb a few seconds of skew.
export const CLOCK_SKEW_SECONDS = 30;

export interface SignatureInput {
  sdkKey: string;
  sdkSecret: string;
  /** Digits only, exactly as the extension later passes it to `join()`. */
  meetingNumber: string;
  role: MeetingRole;
  expirationSeconds?: number;
  videoWebRtcMode?: 0 | 1;
  /** The signing time; tests fix it, production leaves it to the clock. */
  now?: Date;
}

/** Signs a meeting's JWT; synchronous on Node, a promise where only WebCrypto is at hand. */
export type SignMeeting = (input: SignatureInput) => string | Promise<string>;

/** The JWT's protected header; the same for every signature. */
export const SIGNATURE_HEADER = { alg: 'HS256', typ: 'JWT' } as const;

/** The claims of a meeting's JWT, in the names and order of Zoom's auth endpoint sample. */
export function meetingClaims(input: SignatureInput): Record<string, string | number> {
  const now = input.now ?? new Date();
  const iat = Math.floor(now.getTime() / 1000) - CLOCK_SKEW_SECONDS;
  const exp = iat + (input.expirationSeconds ?? DEFAULT_EXPIRATION_SECONDS);

  // Claim names and order follow zoom/meetingsdk-auth-endpoint-sample; web SDK 5.0.0 and
  // later refuse a signature without `appKey`.
  return {
    appKey: input.sdkKey,
    sdkKey: input.sdkKey,
    mn: input.meetingNumber,
    role: input.role,
    iat,
    exp,
    tokenExp: exp,
    ...(input.videoWebRtcMode === undefined ? {} : { video_webrtc_mode: input.videoWebRtcMode }),
  };
}

/**
 * Signs a Meeting SDK JWT (HS256) through WebCrypto, which every runtime has: the Worker's
 * signer. Node's entry uses the synchronous one in sign-signature-node.ts instead.
 */
export async function signMeetingSignature(input: SignatureInput): Promise<string> {
  return new SignJWT(meetingClaims(input))
    .setProtectedHeader(SIGNATURE_HEADER)
    .sign(await signingKey(input.sdkSecret));
}

// Importing the secret as a WebCrypto key costs more than the HMAC itself, so the key is
// imported once per secret (there is one in a running backend) rather than per request.
const keys = new Map<string, Promise<CryptoKey>>();

function signingKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);

  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    keys.clear();
    keys.set(secret, key);
  }

  return key;
}
