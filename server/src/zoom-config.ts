// The backend's Zoom settings for hosts: sign-in with Zoom (user OAuth), account mode
// (Server-to-Server OAuth), the shared host access token, and who may get attendee signatures.
// All optional: without them the backend signs attendee joins only, like Zoom's sample.

export const DEFAULT_ZOOM_OAUTH_BASE_URL = 'https://zoom.us';
export const DEFAULT_ZOOM_API_BASE_URL = 'https://api.zoom.us';

/** The sealing key is hashed to an AES-256 key; shorter input would be guessable. */
export const MIN_SEALING_KEY_BYTES = 32;

export interface UserOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Encrypts the refresh tokens handed to the extension; from SESSION_SEALING_KEY. */
  sealingKey: Uint8Array;
}

export interface AccountOAuthConfig {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

export interface ZoomConfig {
  oauthBaseUrl: string;
  apiBaseUrl: string;
  /** Sign in with Zoom; absent when ZOOM_OAUTH_CLIENT_ID is unset. */
  userOAuth?: UserOAuthConfig;
  /** Account mode: host ZAKs for the account's own meetings; absent without S2S credentials. */
  account?: AccountOAuthConfig;
  /** A token the operator hands to people who may start meetings; absent when unset. */
  hostAccessToken?: string;
  /** `open`: anyone may get an attendee signature; `authenticated`: only callers who may host. */
  attendeeSignatures: 'open' | 'authenticated';
}

export const DEFAULT_ZOOM_CONFIG: ZoomConfig = {
  oauthBaseUrl: DEFAULT_ZOOM_OAUTH_BASE_URL,
  apiBaseUrl: DEFAULT_ZOOM_API_BASE_URL,
  attendeeSignatures: 'open',
};

type Env = Record<string, string | undefined>;

/** Reads the Zoom settings from `env`, adding a sentence to `problems` for each mistake. */
export function loadZoomConfig(env: Env, problems: string[]): ZoomConfig {
  const read = (name: string): string | undefined => env[name]?.trim() || undefined;

  const userOAuth = readUserOAuth(read, problems);
  const account = readAccount(read, problems);
  const hostAccessToken = read('HOST_ACCESS_TOKEN');
  const attendeeSignatures = readAttendeeSignatures(read('ATTENDEE_SIGNATURES'), problems);

  return {
    oauthBaseUrl: readBaseUrl(read, 'ZOOM_OAUTH_BASE_URL', DEFAULT_ZOOM_OAUTH_BASE_URL, problems),
    apiBaseUrl: readBaseUrl(read, 'ZOOM_API_BASE_URL', DEFAULT_ZOOM_API_BASE_URL, problems),
    ...(userOAuth ? { userOAuth } : {}),
    ...(account ? { account } : {}),
    ...(hostAccessToken ? { hostAccessToken } : {}),
    attendeeSignatures,
  };
}

type Read = (name: string) => string | undefined;

function readUserOAuth(read: Read, problems: string[]): UserOAuthConfig | undefined {
  const clientId = read('ZOOM_OAUTH_CLIENT_ID');
  const clientSecret = read('ZOOM_OAUTH_CLIENT_SECRET');
  const sealingKey = read('SESSION_SEALING_KEY');
  if (!clientId && !clientSecret && !sealingKey) return undefined;

  if (!clientId || !clientSecret) {
    problems.push(
      'Sign in with Zoom needs both ZOOM_OAUTH_CLIENT_ID and ZOOM_OAUTH_CLIENT_SECRET ' +
        '(the Client ID and Client Secret of your Zoom OAuth app).',
    );
    return undefined;
  }

  const keyBytes = new TextEncoder().encode(sealingKey ?? '');
  if (keyBytes.length < MIN_SEALING_KEY_BYTES) {
    problems.push(
      `SESSION_SEALING_KEY must be at least ${MIN_SEALING_KEY_BYTES} bytes of random text; ` +
        'create one with `openssl rand -base64 48`.',
    );
    return undefined;
  }

  return { clientId, clientSecret, sealingKey: keyBytes };
}

function readAccount(read: Read, problems: string[]): AccountOAuthConfig | undefined {
  const accountId = read('ZOOM_S2S_ACCOUNT_ID');
  const clientId = read('ZOOM_S2S_CLIENT_ID');
  const clientSecret = read('ZOOM_S2S_CLIENT_SECRET');
  if (!accountId && !clientId && !clientSecret) return undefined;

  if (!accountId || !clientId || !clientSecret) {
    problems.push(
      'Account mode needs all of ZOOM_S2S_ACCOUNT_ID, ZOOM_S2S_CLIENT_ID and ' +
        'ZOOM_S2S_CLIENT_SECRET (from your Server-to-Server OAuth app).',
    );
    return undefined;
  }

  return { accountId, clientId, clientSecret };
}

function readAttendeeSignatures(
  raw: string | undefined,
  problems: string[],
): ZoomConfig['attendeeSignatures'] {
  if (raw === undefined || raw === 'open') return 'open';
  if (raw === 'authenticated') return 'authenticated';

  problems.push(`ATTENDEE_SIGNATURES must be "open" or "authenticated", got "${raw}".`);
  return 'open';
}

function readBaseUrl(read: Read, name: string, fallback: string, problems: string[]): string {
  const raw = read(name);
  if (raw === undefined) return fallback;

  const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
  const usable = parsed && /^https?:$/.test(parsed.protocol) && !parsed.search && !parsed.hash;
  if (usable) return raw.replace(/\/+$/, '');

  problems.push(`${name} must be an http(s) URL without query, e.g. ${fallback}; got "${raw}".`);
  return fallback;
}
