// A refusal of a host start or a sign-in: an HTTP status, a machine-readable code for the
// extension to explain, and a reason in the shape of Zoom's sample for everyone else.

import type { Context } from 'hono';

import type { HostRefusalCode, SignatureErrorReply } from '../../src/shared/backend-contract.ts';

export interface Refusal {
  status: 401 | 403 | 404 | 502;
  code: HostRefusalCode;
  property: string;
  reason: string;
}

/** The body that answers `refusal`: `{code, errors: [{property, reason}]}`. */
export function refusalBody(refusal: Refusal): SignatureErrorReply {
  return {
    code: refusal.code,
    errors: [{ property: refusal.property, reason: refusal.reason }],
  };
}

/** Answers `refusal` with its status and `refusalBody`. */
export function replyRefusal(c: Context, refusal: Refusal): Response {
  return c.json(refusalBody(refusal), refusal.status);
}

export const REFUSALS = {
  notAuthenticated: {
    status: 401,
    code: 'not_authenticated',
    property: 'authorization',
    reason: 'Starting a meeting needs a Zoom sign-in or the host access token',
  },
  attendeeNotAuthenticated: {
    status: 401,
    code: 'not_authenticated',
    property: 'authorization',
    reason: 'This backend signs only for people who signed in or have the host access token',
  },
  hostTokenInvalid: {
    status: 401,
    code: 'host_token_invalid',
    property: 'authorization',
    reason: 'The host access token is not the one this backend expects',
  },
  sessionExpired: {
    status: 401,
    code: 'session_expired',
    property: 'session',
    reason: 'The Zoom sign-in has expired or was revoked; sign in again',
  },
  signInRequired: {
    status: 403,
    code: 'sign_in_required',
    property: 'session',
    reason: 'Starting a meeting needs the host to sign in with Zoom on this backend',
  },
  signInUnavailable: {
    status: 404,
    code: 'sign_in_unavailable',
    property: 'session',
    reason: 'Sign in with Zoom is not set up on this backend',
  },
  notMeetingHost: {
    status: 403,
    code: 'not_meeting_host',
    property: 'meetingNumber',
    reason: 'The signed-in Zoom user is not the host of this meeting',
  },
  meetingNotInAccount: {
    status: 403,
    code: 'meeting_not_in_account',
    property: 'meetingNumber',
    reason: "This meeting is not in the backend's Zoom account",
  },
  signInRejected: {
    status: 401,
    code: 'not_authenticated',
    property: 'code',
    reason: 'Zoom did not accept this sign-in; sign in again',
  },
  zoomUnavailable: {
    status: 502,
    code: 'zoom_unavailable',
    property: 'zoom',
    reason: "Zoom's API did not answer as expected; try again later",
  },
} as const satisfies Record<string, Refusal>;
