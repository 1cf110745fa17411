// Reads the backend's settings from an environment-like record, so the same function serves
// `process.env` in production and plain objects in tests.

import { loadZoomConfig, type ZoomConfig } from './zoom-config.ts';

/** `corsOrigins` value meaning: any `chrome-extension://` or `moz-extension://` origin. */
export const ANY_EXTENSION_ORIGIN = 'any-extension';

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServerConfig {
  sdkKey: string;
  sdkSecret: string;
  port: number;
  host: string;
  /** Origins whose pages may read replies; by default every browser extension's origin. */
  corsOrigins: readonly string[] | typeof ANY_EXTENSION_ORIGIN;
  /** Sign-in with Zoom, account mode and host access; attendee signing only when absent. */
  zoom?: ZoomConfig;
}

/** Thrown by `loadConfig`; its message lists every problem and says how to fix it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly problems: readonly string[],
    /** Names of required variables that are unset or blank. */
    readonly missing: readonly string[],
  ) {
    super(describeProblems(problems));
  }
}

const REQUIRED = {
  ZOOM_MEETING_SDK_KEY: 'the Client ID (SDK key) of your Meeting SDK app',
  ZOOM_MEETING_SDK_SECRET: 'the Client Secret (SDK secret) of your Meeting SDK app',
} as const;

type RequiredName = keyof typeof REQUIRED;

// server/.env.example's stand-ins ("your-client-id"): copied unedited, they would sign
// signatures that Zoom refuses at join time, far from the cause.
const EXAMPLE_PLACEHOLDER = /^your-/i;

const PORT_PATTERN = /^\d{1,5}$/;
const MAX_PORT = 65535;

// An origin as browsers send it: scheme, `://`, host and optional port; no path, no slash.
const ORIGIN_PATTERN = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+$/;

/** Builds the backend's settings from `env`, or throws a `ConfigError` naming every problem. */
export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const problems: string[] = [];
  const missing: RequiredName[] = [];

  const readRequired = (name: RequiredName): string => {
    const value = readOptional(env, name);
    if (value !== undefined && !EXAMPLE_PLACEHOLDER.test(value)) return value;

    missing.push(name);
    const state = value === undefined ? 'is not set' : "still holds server/.env.example's text";
    problems.push(`${name} ${state}; it is ${REQUIRED[name]}.`);
    return '';
  };

  const sdkKey = readRequired('ZOOM_MEETING_SDK_KEY');
  const sdkSecret = readRequired('ZOOM_MEETING_SDK_SECRET');
  const port = parsePort(readOptional(env, 'PORT'), problems);
  const host = readOptional(env, 'HOST') ?? DEFAULT_HOST;
  const corsOrigins = parseCorsOrigins(readOptional(env, 'CORS_ORIGINS'), problems);
  const zoom = loadZoomConfig(env, problems);

  if (problems.length > 0) throw new ConfigError(problems, missing);

  return { sdkKey, sdkSecret, port, host, corsOrigins, zoom };
}

// Blank counts as unset: `.env` files often carry `NAME=` lines for the reader to fill in.
// Surrounding whitespace is dropped because a pasted key or secret never contains any.
function readOptional(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return DEFAULT_PORT;

  const port = Number(raw);
  if (PORT_PATTERN.test(raw) && port <= MAX_PORT) return port;

  problems.push(`PORT must be a whole number from 0 to ${MAX_PORT}, got "${raw}".`);
  return DEFAULT_PORT;
}

function parseCorsOrigins(
  raw: string | undefined,
  problems: string[],
): ServerConfig['corsOrigins'] {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return ANY_EXTENSION_ORIGIN;

  for (const entry of entries) {
    if (ORIGIN_PATTERN.test(entry.toLowerCase())) continue;

    problems.push(
      `CORS_ORIGINS entry "${entry}" is not an origin; write scheme://host[:port] ` +
        'without a path or trailing slash, ' +
        'e.g. chrome-extension://abcdefghijklmnopabcdefghijklmnop.',
    );
  }

  // Browsers send scheme and host in lower case, so a list written in any case still matches.
  return entries.map((entry) => entry.toLowerCase());
}

function describeProblems(problems: readonly string[]): string {
  const list = problems.map((problem) => `  - ${problem}`).join('\n');

  return [
    'The signature backend cannot start:',
    list,
    'Set or fix these variables in the environment, or in a .env file in the directory you ' +
      'start the server from (server/.env.example lists every variable).',
  ].join('\n');
}
