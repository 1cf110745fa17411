import { decodeSignatureClaims } from '../shared/check-signature-reply.ts';
import { checkSignature } from '../shared/check-signature.ts';
import type { ConnectionReport } from '../shared/connection-report.ts';
import type { Result } from '../shared/protocol.ts';
import { fail, ok } from '../shared/result.ts';
import { requestSignature } from './request-signature.ts';

/** A meeting number that only serves to ask for a sample signature; nothing joins it. */
const SAMPLE_MEETING_NUMBER = '1234567890';

/** Asks the backend for an attendee signature and reports what it learned. */
export async function testConnection(backendUrl: string): Promise<Result<ConnectionReport>> {
  const now = Date.now();
  const reply = await requestSignature(backendUrl, SAMPLE_MEETING_NUMBER, 0);
  if (!reply.ok) return reply;

  const checked = checkSignature(
    reply.value.signature,
    { meetingNumber: SAMPLE_MEETING_NUMBER, role: 0 },
    now,
  );
  if (!checked.ok) return checked;

  const decoded = decodeSignatureClaims(reply.value.signature);
  if (!decoded.ok) return fail('signature-invalid');

  const { iat, exp } = decoded.claims.payload;
  return ok({
    ...(reply.value.sdkKey ? { sdkKey: reply.value.sdkKey } : {}),
    clockOffsetSeconds: Number(iat) - Math.floor(now / 1000),
    lifetimeSeconds: Number(exp) - Number(iat),
  });
}
