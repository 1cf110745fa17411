import type { MeetingRole } from './backend-contract.ts';
import {
  checkSignatureClaims,
  decodeSignatureClaims,
  type ClaimProblem,
} from './check-signature-reply.ts';
import type { Result } from './protocol.ts';
import { fail, ok } from './result.ts';

/** A claim problem as one line for the details a person can copy, e.g. `role: expected 0, got 1`. */
export function describeClaimProblem(problem: ClaimProblem): string {
  const expected = problem.expected === undefined ? '' : `expected ${String(problem.expected)}`;
  const actual = problem.actual === undefined ? '' : `got ${String(problem.actual)}`;
  const parts = [expected, actual].filter((part) => part !== '').join(', ');

  return `${problem.field}: ${problem.code}${parts ? ` (${parts})` : ''}`;
}

/**
 * Checks a backend's JWT against the join it was asked for, without verifying
 * it (the secret stays on the backend): a mismatch here would only make Zoom
 * answer "Signature is invalid" later.
 */
export function checkSignature(
  signature: string,
  expected: { meetingNumber: string; role: MeetingRole },
  nowMs: number,
): Result<void> {
  const decoded = decodeSignatureClaims(signature);
  if (!decoded.ok) return fail('signature-invalid', { details: [decoded.problem] });

  const problems = checkSignatureClaims(decoded.claims, {
    ...expected,
    nowSeconds: Math.floor(nowMs / 1000),
  });
  if (problems.length > 0) {
    return fail('signature-invalid', { details: problems.map(describeClaimProblem) });
  }

  return ok(undefined);
}
