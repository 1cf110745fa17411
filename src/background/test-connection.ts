// "Test connection" on the options page: one attendee signature, asked for the way a join
// asks, and one host signature asked for with no credentials, to learn the backend's policy.

import type { MeetingRole } from '../shared/backend-contract.ts';
import { checkSignatureClaims, decodeSignatureClaims } from '../shared/check-signature-reply.ts';
import type { ClaimProblem, JsonObject } from '../shared/check-signature-reply.ts';
import type { ConnectionReport, HostStartCheck } from '../shared/connection-report.ts';
import type { FailureCode } from '../shared/failure.ts';
import type { Result } from '../shared/protocol.ts';
import { fail, ok } from '../shared/result.ts';
import { requestSignature } from './request-signature.ts';
import { signAsCaller } from './sign-as-caller.ts';

/** A meeting number that only serves to ask for a sample signature; nothing joins it. */
const SAMPLE_MEETING_NUMBER = '1234567890';

/** Refusals that mean "sign in or bring the host access token first". */
const NEEDS_SIGN_IN: ReadonlySet<FailureCode> = new Set([
  'host-sign-in-required',
  'host-token-rejected',
  'zoom-session-expired',
]);

/** Refusals that say nothing about the backend's policy: the request did not get through. */
const NOT_ANSWERED: ReadonlySet<FailureCode> = new Set([
  'backend-unreachable',
  'backend-permission-missing',
  'internal',
]);

/** Asks the backend for an attendee and a host signature and reports what it learned. */
export async function testConnection(backendUrl: string): Promise<Result<ConnectionReport>> {
  const now = Date.now();
  const reply = await signAsCaller(backendUrl, SAMPLE_MEETING_NUMBER, 0);
  if (!reply.ok) return reply;

  const decoded = decodeSignatureClaims(reply.value.signature);
  if (!decoded.ok) return fail('signature-invalid', { details: [decoded.problem] });

  const { payload } = decoded.claims;
  const sdkKey = reply.value.sdkKey ?? (typeof payload.appKey === 'string' ? payload.appKey : '');
  const iat = wholeSeconds(payload.iat);
  const exp = wholeSeconds(payload.exp);

  return ok({
    ...(sdkKey ? { sdkKey } : {}),
    ...(iat === undefined ? {} : { clockOffsetSeconds: iat - Math.floor(now / 1000) }),
    ...(iat === undefined || exp === undefined ? {} : { lifetimeSeconds: exp - iat }),
    problems: problemsFor(decoded.claims.header, payload, 0, now),
    host: await checkHostStart(backendUrl),
  });
}

/** Whether a host start could work with this backend, asked without any credentials. */
async function checkHostStart(backendUrl: string): Promise<HostStartCheck> {
  const now = Date.now();
  const reply = await requestSignature(backendUrl, SAMPLE_MEETING_NUMBER, 1);

  if (!reply.ok) {
    const { code } = reply.error;
    if (NEEDS_SIGN_IN.has(code)) return { kind: 'needs-sign-in' };

    return NOT_ANSWERED.has(code)
      ? { kind: 'unknown', failure: reply.error }
      : { kind: 'unavailable', failure: reply.error };
  }

  const decoded = decodeSignatureClaims(reply.value.signature);
  const problems = decoded.ok
    ? problemsFor(decoded.claims.header, decoded.claims.payload, 1, now)
    : [];
  return { kind: 'signs', zak: reply.value.zak !== undefined, problems };
}

function problemsFor(
  header: JsonObject,
  payload: JsonObject,
  role: MeetingRole,
  nowMs: number,
): ClaimProblem[] {
  const expected = {
    meetingNumber: SAMPLE_MEETING_NUMBER,
    role,
    nowSeconds: Math.floor(nowMs / 1000),
  };
  return checkSignatureClaims({ header, payload }, expected);
}

function wholeSeconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
