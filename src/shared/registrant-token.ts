// The registrant token (`tk`) that Zoom puts in the personal join link it sends to each person
// who registered for a webinar or a registration-required meeting. The SDK passes it to Zoom as
// the join option `tk`; without it Zoom refuses such a join (code 3099). It is a credential: it
// lets its holder join as that registrant.

// Zoom's tokens are a few dozen to a couple of hundred URL-safe characters (base64url parts
// joined by dots); the bound leaves room for longer ones without carrying a page of text along.
export const MAX_REGISTRANT_TOKEN_CHARS = 1024;

// RFC 3986's unreserved characters: what a token can hold without being percent-encoded.
const URL_SAFE = /^[A-Za-z0-9._~-]+$/;

/** True for a plausible registrant token: 1–1024 URL-safe characters. */
export function isRegistrantToken(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length <= MAX_REGISTRANT_TOKEN_CHARS && URL_SAFE.test(value)
  );
}
