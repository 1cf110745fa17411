import type { MeetingRole } from './backend-contract.ts';
import { checkSignatureClaims, decodeSignatureClaims } from './check-signature-reply.ts';
import type { Result } from './protocol.ts';
import { fail, ok } from './result.ts';

/**
 * Checks a backend's JWT against the join it was asked for, without verifying
 * it (the secret stays on the backend): a mismatch here would only make Zoom
 * answer "Signature is invalid" later. Each problem travels as data, so the
 * page can name the claim and the fix in the person's language.
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
  if (problems.length > 0) return fail('signature-invalid', { problems });

  return ok(undefined);
}
