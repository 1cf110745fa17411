// Joins left for the person to finish in a form (no name remembered yet, a link that is not a
// meeting, a backend that is not set up), keyed by a one-time id. They hold passcodes, so they
// live in storage.session: readable by this extension's pages only, gone with the browser.

import type { JoinDraft } from '../shared/protocol.ts';
import { queueSessionChange, readSession, removeStale, writeSession } from './session-store.ts';

const PREFIX = 'draft:';

/** A form nobody finished within an hour is not coming back. */
const MAX_AGE_MS = 60 * 60 * 1000;

interface DraftRecord {
  draft: JoinDraft;
  createdAt: number;
}

function isDraftRecord(value: unknown): value is DraftRecord {
  if (typeof value !== 'object' || value === null) return false;

  const record = value as Partial<DraftRecord>; // Fields are checked one by one below.
  return typeof record.createdAt === 'number' && typeof record.draft === 'object';
}

/** Stores a draft under a new id, and forgets drafts too old to matter. */
export function createDraft(draft: JoinDraft, now: number): Promise<string> {
  const draftId = crypto.randomUUID();

  return queueSessionChange(async () => {
    await removeStale(PREFIX, isDraftRecord, now, MAX_AGE_MS);

    await writeSession(PREFIX + draftId, { draft, createdAt: now } satisfies DraftRecord);
    return draftId;
  });
}

/** The draft stored under `draftId`; it stays, so that reloading the form keeps it. */
export async function readDraft(draftId: string): Promise<JoinDraft | undefined> {
  const stored = await readSession(PREFIX + draftId);
  return isDraftRecord(stored) ? stored.draft : undefined;
}
