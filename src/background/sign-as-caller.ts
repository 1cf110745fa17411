// Signing with whatever proves who the person is: their Zoom sign-in (the backend answers
// with their ZAK, fetched right now) or the shared host access token. The ZAK goes no further
// than the join record in session storage, which hands it to the join page once.

import type { MeetingRole, SignatureReply } from '../shared/backend-contract.ts';
import type { Result } from '../shared/protocol.ts';
import { fail, ok } from '../shared/result.ts';
import { requestSignature } from './request-signature.ts';
import { describeZoomAccount, readHostAccessToken, withZoomSession } from './zoom-account-store.ts';

/**
 * Fails at once, before a tab opens, when a host start cannot work: Zoom starts a meeting
 * only with the host's ZAK, and without a sign-in or a host access token there is none.
 */
export async function checkCanStart(role: MeetingRole): Promise<Result<void>> {
  if (role === 0) return ok(undefined);

  const account = await describeZoomAccount();
  if (account.user || account.hasHostAccessToken) return ok(undefined);

  return fail(account.expired ? 'zoom-session-expired' : 'host-sign-in-required');
}

/** Asks the backend to sign, with the person's credentials; keeps a rotated session. */
export async function signAsCaller(
  backendUrl: string,
  meetingNumber: string,
  role: MeetingRole,
): Promise<Result<Omit<SignatureReply, 'session'>>> {
  // Checked again here: signing afresh after an expired session must say so, not sign anew.
  const canStart = await checkCanStart(role);
  if (!canStart.ok) return canStart;

  // The shared token authorises host starts only: an attendee join goes without it, so a
  // stale token cannot block joins that need no authorisation.
  const hostAccessToken = role === 1 ? await readHostAccessToken() : undefined;

  return withZoomSession(async (session) => {
    const reply = await requestSignature(backendUrl, meetingNumber, role, {
      ...(session ? { session } : {}),
      ...(hostAccessToken ? { hostAccessToken } : {}),
    });
    if (!reply.ok) {
      return { value: reply, expired: reply.error.code === 'zoom-session-expired' };
    }

    const { session: renewed, ...signed } = reply.value;
    return { value: ok(signed), ...(renewed ? { renewed } : {}) };
  });
}
