// What can honestly be said about a request that got no answer. A failed fetch is a bare
// TypeError ("Failed to fetch"): the browser does not tell an extension whether the name did
// not resolve, the connection was refused or the certificate was not trusted. The address
// narrows it down: on this computer over plain http, neither DNS nor TLS is involved.

import type { FailureHint } from './failure.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The hint for a fetch of `url` that threw `error` instead of answering. */
export function unreachableHint(error: unknown, url: string): FailureHint {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'backend-timeout';

  const { protocol, hostname } = new URL(url);
  const loopback = protocol === 'http:' && LOOPBACK_HOSTS.has(hostname);
  return loopback ? 'network-loopback' : 'network-remote';
}
