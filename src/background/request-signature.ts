// The backend client: the one place in the extension that talks to the
// signature backend.

import browser from 'webextension-polyfill';

import type { MeetingRole, SignatureReply, SignatureRequest } from '../shared/backend-contract.ts';
import { checkBackendUrl, type BackendUrlProblem } from '../shared/check-backend-url.ts';
import { checkSignatureReply } from '../shared/check-signature-reply.ts';
import type { FailureCode } from '../shared/failure.ts';
import type { Failure, Result } from '../shared/protocol.ts';
import { readHostExtras, readRefusal } from '../shared/read-host-reply.ts';
import { fail, ok } from '../shared/result.ts';
import { unreachableHint } from '../shared/unreachable-hint.ts';
import { replyProblemToFailure } from './reply-problem-to-failure.ts';

/** A backend that has not answered by then is treated as unreachable. */
const TIMEOUT_MS = 15_000;

/** Reads at most this much of a reply; a signature reply is a few hundred bytes. */
const MAX_REPLY_BYTES = 64 * 1024;

/** Checks that the backend URL is usable and that the person granted access to its origin. */
export async function checkBackendAccess(backendUrl: string): Promise<Result<string>> {
  if (backendUrl.trim() === '') return fail('no-backend');

  const checked = checkBackendUrl(backendUrl);
  if (!checked.ok) return fail('backend-url-invalid', urlHint(checked.reason));

  const granted = await browser.permissions.contains({ origins: [checked.permissionPattern] });
  if (!granted) return fail('backend-permission-missing', { details: [checked.origin] });

  return ok(checked.url);
}

/** Asks the backend for a Meeting SDK signature and checks the reply's shape. */
export async function requestSignature(
  backendUrl: string,
  meetingNumber: string,
  role: MeetingRole,
  credentials: HostCredentials = {},
): Promise<Result<SignatureReply>> {
  const access = await checkBackendAccess(backendUrl);
  if (!access.ok) return access;

  const body: SignatureRequest = {
    meetingNumber,
    role,
    ...(credentials.session ? { session: credentials.session } : {}),
  };
  let response: Response;

  try {
    response = await fetch(access.value, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...hostAuthorization(credentials.hostAccessToken),
      },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return fail('backend-unreachable', { hint: unreachableHint(error, access.value) });
  }

  const text = await readLimited(response, MAX_REPLY_BYTES);
  const refusal = response.ok ? undefined : readRefusal(text);
  if (refusal) return refusalFailure(refusal, role, response.status, text);

  const checked = checkSignatureReply(response.status, response.headers.get('content-type'), text);
  if (!checked.ok) return { ok: false, error: replyProblemToFailure(checked) };

  return ok({ ...checked.reply, ...readHostExtras(text) });
}

/** What proves the caller may host: a sealed Zoom session, or the shared host access token. */
export interface HostCredentials {
  session?: string;
  hostAccessToken?: string;
}

/** The Authorization header for a host access token; never a URL parameter. */
export function hostAuthorization(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

function refusalFailure(
  code: FailureCode,
  role: MeetingRole,
  status: number,
  text: string,
): Result<never> {
  // Our backend says `not_authenticated` to attendees too when it signs only for its people.
  const failure = code === 'host-sign-in-required' && role === 0 ? 'backend-needs-sign-in' : code;
  const checked = checkSignatureReply(status, null, text);
  const reasons =
    !checked.ok && checked.problem.code === 'http-error' ? checked.problem.reasons : [];

  return fail(failure, { status, details: reasons });
}

/** What to tell about an unusable backend URL; an empty one was caught earlier as 'no-backend'. */
function urlHint(problem: BackendUrlProblem): Pick<Failure, 'hint'> {
  return problem === 'empty' ? {} : { hint: `url-${problem}` };
}

/** The body as text, cut after `limit` bytes so a huge reply cannot exhaust memory. */
export async function readLimited(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;

  while (size <= limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }

  await reader.cancel().catch(() => undefined);
  return new TextDecoder().decode(concat(chunks));
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;

  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }

  return all;
}
