// The joins this browser session has asked for, keyed by a one-time id.
//
// The join page's URL carries only the id; the signature (and ZAK) wait here until
// the page asks for them, and are removed once handed over. The request itself
// (meeting, passcode, name, role) stays, in session storage only, so that Try again,
// Back and Join again work after a failure or after leaving; it is forgotten after
// MAX_AGE_MS, or when the browser closes.

import type { JoinRequest, PreparedJoin } from '../shared/protocol.ts';
import { queueSessionChange, readSession, removeStale, writeSession } from './session-store.ts';

const PREFIX = 'join:';

/** A join older than this is forgotten: nobody resumes a meeting link after half a day. */
const MAX_AGE_MS = 12 * 60 * 60 * 1000;

export interface JoinRecord {
  request: JoinRequest;
  createdAt: number;
  /** The backend's answer, until the join page has taken it. */
  signed?: Pick<PreparedJoin, 'signature' | 'sdkKey' | 'zak'>;
}

function isJoinRecord(value: unknown): value is JoinRecord {
  if (typeof value !== 'object' || value === null) return false;

  const record = value as Partial<JoinRecord>; // Fields are checked one by one below.
  return typeof record.createdAt === 'number' && typeof record.request === 'object';
}

export async function readJoin(joinId: string): Promise<JoinRecord | undefined> {
  const stored = await readSession(PREFIX + joinId);
  return isJoinRecord(stored) ? stored : undefined;
}

/** Stores a new join, and forgets joins too old to matter. */
export function createJoin(joinId: string, request: JoinRequest, now: number): Promise<void> {
  return queueSessionChange(async () => {
    await removeStale(PREFIX, isJoinRecord, now, MAX_AGE_MS);

    await writeSession(PREFIX + joinId, { request, createdAt: now } satisfies JoinRecord);
  });
}

/** Changes a stored join; does nothing when it is gone. */
export function updateJoin(
  joinId: string,
  change: (record: JoinRecord) => JoinRecord,
): Promise<void> {
  return queueSessionChange(async () => {
    const record = await readJoin(joinId);
    if (record) await writeSession(PREFIX + joinId, change(record));
  });
}

/** Takes the signature out of a stored join, so that it is handed over once. */
export function takeSignature(joinId: string): Promise<JoinRecord['signed']> {
  return queueSessionChange(async () => {
    const record = await readJoin(joinId);
    if (!record?.signed) return undefined;

    const { signed, ...rest } = record;
    await writeSession(PREFIX + joinId, rest);
    return signed;
  });
}
