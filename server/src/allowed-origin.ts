import { ANY_EXTENSION_ORIGIN } from './config.ts';
import type { ServerConfig } from './config.ts';

// Chrome and Edge extension pages send `chrome-extension://<id>`, Firefox's send
// `moz-extension://<uuid>`. A web page can never claim these schemes as its origin.
const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[a-z0-9-]+$/;

/** Tells whether a page with this `Origin` header may read the backend's replies. */
export function isAllowedOrigin(origin: string, allowed: ServerConfig['corsOrigins']): boolean {
  if (allowed === ANY_EXTENSION_ORIGIN) return EXTENSION_ORIGIN.test(origin);

  return allowed.includes(origin);
}
