// The shared host access token a backend's operator hands out: checked with the backend
// before it is kept, so a typo shows up in Options rather than at the next meeting start.

import type { HostAccessReply } from '../shared/host-contract.ts';
import type { Result, ZoomAccount } from '../shared/protocol.ts';
import { fail, ok } from '../shared/result.ts';
import { loadSettings } from '../shared/settings.ts';
import { callHostRoute } from './call-host-route.ts';
import { hostAuthorization } from './request-signature.ts';
import { describeZoomAccount, saveHostAccessToken } from './zoom-account-store.ts';

/** Keeps `token` once the backend accepts it; an empty token forgets the saved one. */
export async function checkAndSaveHostAccessToken(token: string): Promise<Result<ZoomAccount>> {
  const trimmed = token.trim();
  if (trimmed === '') {
    await saveHostAccessToken(undefined);
    return ok(await describeZoomAccount());
  }

  const { backendUrl } = await loadSettings();
  const checked = await callHostRoute(backendUrl, 'host-access', {
    method: 'POST',
    headers: hostAuthorization(trimmed),
  });
  if (!checked.ok) return checked;

  const reply = checked.value as Partial<HostAccessReply> | null; // Only `valid` is read.
  if (reply?.valid !== true) return fail('backend-bad-reply');

  await saveHostAccessToken(trimmed);
  return ok(await describeZoomAccount());
}
