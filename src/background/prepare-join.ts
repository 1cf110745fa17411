// A join from the person's request to a checked signature, ready for the join
// page. Signing starts the moment the request arrives, while the join tab is
// still loading the SDK.

import { cleanDisplayName } from '../shared/clean-display-name.ts';
import { checkSignature } from '../shared/check-signature.ts';
import type { JoinRequest, PreparedJoin, Result } from '../shared/protocol.ts';
import { fail, ok } from '../shared/result.ts';
import { loadSettings } from '../shared/settings.ts';
import { readTestOverrides } from '../shared/test-overrides.ts';
import { createJoin, readJoin, takeSignature, updateJoin } from './join-store.ts';
import { rememberMeeting } from './recent-meeting-store.ts';
import { checkBackendAccess } from './request-signature.ts';
import { checkCanStart, signAsCaller } from './sign-as-caller.ts';

/** Signing under way, by join id. Lost when the worker stops; storage then tells what to redo. */
const signing = new Map<string, Promise<Result<void>>>();

/** Records a join and starts signing it; fails at once when no backend can be asked. */
export async function startJoin(asked: JoinRequest): Promise<Result<string>> {
  const request = { ...asked, userName: cleanDisplayName(asked.userName) };
  if (request.userName === '') return fail('invalid-name');

  const settings = await loadSettings();
  const access = await checkBackendAccess(settings.backendUrl);
  if (!access.ok) return access;

  const canStart = await checkCanStart(request.role);
  if (!canStart.ok) return canStart;

  const joinId = crypto.randomUUID();
  await createJoin(joinId, request, Date.now());
  // The benchmark's sequential variant leaves signing to the join page, once its SDK is ready.
  if ((await readTestOverrides()).joinOrder === 'overlapped') void sign(joinId);
  await rememberMeeting(request, Date.now());

  return ok(joinId);
}

/**
 * The signed join for `joinId`. The signature is handed over once; asking
 * again (the page was reloaded, or "Try again") signs afresh.
 */
export async function getPreparedJoin(joinId: string): Promise<Result<PreparedJoin>> {
  const record = await readJoin(joinId);
  if (!record) return fail('join-not-found');

  const inFlight = signing.get(joinId);
  if (inFlight) {
    const signed = await inFlight;
    if (!signed.ok) return signed;
  }

  const taken = await takeSignature(joinId);
  if (taken) return ok({ ...record.request, ...taken });

  const signed = await sign(joinId);
  if (!signed.ok) return signed;

  const fresh = await takeSignature(joinId);
  return fresh ? ok({ ...record.request, ...fresh }) : fail('join-not-found');
}

/** Signs the stored join once, however many callers ask at the same time. */
function sign(joinId: string): Promise<Result<void>> {
  const existing = signing.get(joinId);
  if (existing) return existing;

  const run = signAndStore(joinId).finally(() => signing.delete(joinId));
  signing.set(joinId, run);
  return run;
}

async function signAndStore(joinId: string): Promise<Result<void>> {
  const record = await readJoin(joinId);
  if (!record) return fail('join-not-found');

  const { backendUrl } = await loadSettings();
  const { meetingNumber, role } = record.request;
  const reply = await signAsCaller(backendUrl, meetingNumber, role);
  if (!reply.ok) return reply;

  const checked = checkSignature(reply.value.signature, { meetingNumber, role }, Date.now());
  if (!checked.ok) return checked;

  await updateJoin(joinId, (stored) => ({ ...stored, signed: reply.value }));
  return ok(undefined);
}
