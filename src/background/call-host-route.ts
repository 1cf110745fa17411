// Calls our backend's routes for hosts (sign-in, host access), which sit beside the signing
// endpoint: `oauth/client` next to `https://sign.example.com/api/` is
// `https://sign.example.com/api/oauth/client`. Zoom's sample backend has none of them.

import type { Result } from '../shared/protocol.ts';
import { readRefusal } from '../shared/read-host-reply.ts';
import { fail, ok } from '../shared/result.ts';
import { checkBackendAccess, readLimited } from './request-signature.ts';

const TIMEOUT_MS = 15_000;
const MAX_REPLY_BYTES = 64 * 1024;

export interface HostRouteCall {
  method: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
}

/** The parsed JSON of a `200` reply, or the failure the backend's refusal stands for. */
export async function callHostRoute(
  backendUrl: string,
  route: string,
  call: HostRouteCall,
): Promise<Result<unknown>> {
  const access = await checkBackendAccess(backendUrl);
  if (!access.ok) return access;

  let response: Response;
  try {
    response = await fetch(new URL(route, access.value), {
      method: call.method,
      headers: {
        accept: 'application/json',
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...call.headers,
      },
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return fail('backend-unreachable');
  }

  const text = await readLimited(response, MAX_REPLY_BYTES);
  if (!response.ok) {
    // A backend without these routes (Zoom's sample) answers 404 or 405 without our code.
    const missing = response.status === 404 || response.status === 405;
    const fallback = missing ? 'zoom-sign-in-unavailable' : 'backend-rejected';
    return fail(readRefusal(text) ?? fallback, { status: response.status });
  }

  try {
    return ok(JSON.parse(text) as unknown); // Widened from `any`; callers check the shape.
  } catch {
    return fail('backend-bad-reply');
  }
}
