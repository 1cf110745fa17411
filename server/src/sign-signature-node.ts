// Node's signer. jose signs through WebCrypto, whose every call is a job queued to libuv's
// thread pool and a promise back; under load that dispatch costs many times the HMAC itself
// (docs/performance.md). Node's own HMAC runs in place, so the JWT is put together here, with
// the same header and claims as the WebCrypto signer.

import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

import { meetingClaims, SIGNATURE_HEADER, type SignatureInput } from './sign-signature.ts';

const ENCODED_HEADER = base64url(JSON.stringify(SIGNATURE_HEADER));

/** Signs a Meeting SDK JWT (HS256) with node:crypto, synchronously. */
export function signMeetingSignatureNode(input: SignatureInput): string {
  const signingInput = `${ENCODED_HEADER}.${base64url(JSON.stringify(meetingClaims(input)))}`;
  const mac = createHmac('sha256', secretKey(input.sdkSecret))
    .update(signingInput)
    .digest('base64url');

  return `${signingInput}.${mac}`;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

// A running backend has one secret; turning it into a key object once spares the conversion
// from text on every request.
let cachedKey: { secret: string; key: KeyObject } | undefined;

function secretKey(secret: string): KeyObject {
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: createSecretKey(secret, 'utf8') };

  return cachedKey.key;
}
