// Reads what our backend adds to Zoom's contract: the ZAK and rotated session beside a
// signature, and the code of a refusal. Other backends send neither, and nothing breaks.

import type { HostRefusalCode } from './backend-contract.ts';
import type { FailureCode } from './failure.ts';

/** A ZAK or sealed session is well under this; more is a broken or hostile backend. */
const MAX_TOKEN_CHARS = 8192;

const TOKEN_SHAPE = /^[\w.~+/=-]+$/;

const REFUSAL_FAILURES: Record<HostRefusalCode, FailureCode> = {
  not_authenticated: 'host-sign-in-required',
  host_token_invalid: 'host-token-rejected',
  session_expired: 'zoom-session-expired',
  sign_in_required: 'host-sign-in-required',
  sign_in_unavailable: 'zoom-sign-in-unavailable',
  not_meeting_host: 'host-not-meeting-host',
  meeting_not_in_account: 'host-meeting-other-account',
  zoom_unavailable: 'zoom-api-unavailable',
};

export interface HostExtras {
  zak?: string;
  session?: string;
}

/** The `zak` and `session` of a reply body, each kept only when it looks like a token. */
export function readHostExtras(bodyText: string): HostExtras {
  const body = parseObject(bodyText);
  const zak = body?.zak;
  const session = body?.session;

  return {
    ...(isToken(zak) ? { zak } : {}),
    ...(isToken(session) ? { session } : {}),
  };
}

/** The failure our backend's refusal code stands for, or undefined for any other reply. */
export function readRefusal(bodyText: string): FailureCode | undefined {
  const code = parseObject(bodyText)?.code;
  if (typeof code !== 'string' || !Object.hasOwn(REFUSAL_FAILURES, code)) return undefined;

  return REFUSAL_FAILURES[code as HostRefusalCode]; // hasOwn checked the code.
}

function isToken(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TOKEN_CHARS && TOKEN_SHAPE.test(value);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown; // Widened from `any`; checked below.
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>) // An object, as just checked.
      : undefined;
  } catch {
    return undefined;
  }
}
