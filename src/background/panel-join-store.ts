// The join each window's side panel is about to show, by window id (see shared/panel-join.ts).

import { panelJoinKey } from '../shared/panel-join.ts';
import { queueSessionChange, readSession, removeSession, writeSession } from './session-store.ts';

/**
 * A join not taken by then is forgotten: the panel loads in a second or two, and an old one must
 * not start a meeting when the person opens the panel later.
 */
const MAX_WAIT_MS = 2 * 60 * 1000;

interface PanelJoin {
  joinId: string;
  createdAt: number;
}

function isPanelJoin(value: unknown): value is PanelJoin {
  if (typeof value !== 'object' || value === null) return false;

  const record = value as Partial<PanelJoin>; // Fields are checked one by one below.
  return typeof record.joinId === 'string' && typeof record.createdAt === 'number';
}

/** Leaves `joinId` for the side panel of `windowId`, replacing any join left before. */
export function offerPanelJoin(windowId: number, joinId: string, now: number): Promise<void> {
  return queueSessionChange(() =>
    writeSession(panelJoinKey(windowId), { joinId, createdAt: now } satisfies PanelJoin),
  );
}

/** Takes the join waiting for the side panel of `windowId`, if a fresh one is there. */
export function takePanelJoin(windowId: number, now: number): Promise<string | undefined> {
  return queueSessionChange(async () => {
    const key = panelJoinKey(windowId);
    const stored = await readSession(key);
    if (stored === undefined) return undefined;

    await removeSession(key);
    return isPanelJoin(stored) && now - stored.createdAt <= MAX_WAIT_MS ? stored.joinId : undefined;
  });
}
