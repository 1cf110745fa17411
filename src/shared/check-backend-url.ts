// Checks the signature backend address a person types on the options page, and derives the
// host permission the extension must ask for before it can reach that address.

/** Why an address cannot be used as the signature backend. */
export type BackendUrlProblem =
  'empty' | 'no-scheme' | 'not-a-url' | 'insecure' | 'unsupported-scheme' | 'has-credentials';

export type BackendUrlCheck =
  | { ok: true; url: string; origin: string; permissionPattern: string }
  | { ok: false; reason: BackendUrlProblem };

// "https:" or "javascript:", but not the "localhost:" of "localhost:4000", which is a port.
const SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:(?![0-9])/i;

/**
 * Checks a backend address; https anywhere, plain http only on this computer (loopback).
 *
 * Examples: `https://sign.example.com` gives url `https://sign.example.com/` and permission
 * pattern `https://sign.example.com/*`; `http://127.0.0.1:4000` gives `http://127.0.0.1/*`.
 */
export function checkBackendUrl(text: string): BackendUrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, reason: 'empty' };
  }

  // Guessing "https://" would silently break a local backend, which only speaks http.
  if (!SCHEME_PREFIX.test(trimmed)) {
    return { ok: false, reason: 'no-scheme' };
  }

  const url = parseUrl(trimmed);
  if (!url) {
    return { ok: false, reason: 'not-a-url' };
  }

  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'unsupported-scheme' };
  }

  // A password in the address would sit in storage and logs in clear text.
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'has-credentials' };
  }

  // A signature sent over plain http can be read and replaced on the way; only traffic that
  // never leaves this computer is safe without TLS.
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return { ok: false, reason: 'insecure' };
  }

  // A fragment is never sent to the server; keeping it would only make two equal addresses differ.
  url.hash = '';

  // Chrome match patterns take no port here; without one they match every port of the host.
  const permissionPattern = `${url.protocol}//${url.hostname}/*`;

  return { ok: true, url: url.href, origin: url.origin, permissionPattern };
}

function isLoopback(hostname: string): boolean {
  // The URL parser has already turned "127.1" and "[0:0:0:0:0:0:0:1]" into canonical forms.
  // Only the loopback names the manifest's optional host permissions list: any other 127.x
  // address could never be granted, and the save would fail.
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '127.0.0.1';
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
