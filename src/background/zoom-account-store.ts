// The Zoom sign-in and the host access token, in extension local storage: they must outlive
// the browser session, and they must never sync to other browsers. The sealed session can
// only be opened by the backend; the host access token is a password and is treated as one.

import browser from 'webextension-polyfill';

import type { ZoomUserSummary } from '../shared/host-contract.ts';
import type { ZoomAccount } from '../shared/protocol.ts';

const ACCOUNT_KEY = 'zoomSignIn';
const EXPIRED_KEY = 'zoomSignInExpired';
const HOST_TOKEN_KEY = 'hostAccessToken';

export interface StoredSignIn {
  /** Sealed by the backend; sent back to it for every ZAK. */
  session: string;
  user: ZoomUserSummary;
}

/** What uses of the session report back, so the store can keep up with Zoom. */
export interface SessionOutcome<T> {
  value: T;
  /** A re-sealed session to keep instead (Zoom rotated the refresh token). */
  renewed?: string;
  /** The backend said the session is no longer valid. */
  expired?: boolean;
}

let sessionQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `use` with the sealed session, one use at a time. Zoom rotates the refresh token when
 * the backend refreshes, and the old one stops working: each use must start from the session
 * the previous use left, so uses are queued and each one's renewal is stored before the next.
 */
export function withZoomSession<T>(
  use: (session: string | undefined) => Promise<SessionOutcome<T>>,
): Promise<T> {
  const run = sessionQueue.then(async () => {
    const signIn = await readSignIn();
    const outcome = await use(signIn?.session);

    if (signIn && outcome.renewed && outcome.renewed !== signIn.session) {
      await saveSignIn({ ...signIn, session: outcome.renewed });
    }

    if (signIn && outcome.expired) await forgetSignIn({ expired: true });
    return outcome.value;
  });
  sessionQueue = run.catch(() => undefined);
  return run;
}

export async function readSignIn(): Promise<StoredSignIn | undefined> {
  const stored = (await browser.storage.local.get(ACCOUNT_KEY))[ACCOUNT_KEY];
  return isStoredSignIn(stored) ? stored : undefined;
}

export async function saveSignIn(signIn: StoredSignIn): Promise<void> {
  await browser.storage.local.set({ [ACCOUNT_KEY]: signIn });
  await browser.storage.local.remove(EXPIRED_KEY);
}

/** Forgets the sign-in; `expired` remembers that the person should be asked to sign in again. */
export async function forgetSignIn({ expired }: { expired: boolean }): Promise<void> {
  await browser.storage.local.remove(ACCOUNT_KEY);
  if (expired) await browser.storage.local.set({ [EXPIRED_KEY]: true });
  else await browser.storage.local.remove(EXPIRED_KEY);
}

export async function readHostAccessToken(): Promise<string | undefined> {
  const stored = (await browser.storage.local.get(HOST_TOKEN_KEY))[HOST_TOKEN_KEY];
  return typeof stored === 'string' && stored !== '' ? stored : undefined;
}

export async function saveHostAccessToken(token: string | undefined): Promise<void> {
  if (token) await browser.storage.local.set({ [HOST_TOKEN_KEY]: token });
  else await browser.storage.local.remove(HOST_TOKEN_KEY);
}

/** The account as the pages may see it: who, and what is saved, but no secret. */
export async function describeZoomAccount(): Promise<ZoomAccount> {
  const stored = await browser.storage.local.get([ACCOUNT_KEY, EXPIRED_KEY, HOST_TOKEN_KEY]);
  const signIn = stored[ACCOUNT_KEY];

  return {
    ...(isStoredSignIn(signIn) ? { user: signIn.user } : {}),
    expired: stored[EXPIRED_KEY] === true,
    hasHostAccessToken: typeof stored[HOST_TOKEN_KEY] === 'string',
  };
}

function isStoredSignIn(value: unknown): value is StoredSignIn {
  if (typeof value !== 'object' || value === null) return false;

  const signIn = value as Partial<StoredSignIn>; // Each field is checked below.
  return (
    typeof signIn.session === 'string' &&
    typeof signIn.user?.displayName === 'string' &&
    typeof signIn.user.email === 'string'
  );
}
