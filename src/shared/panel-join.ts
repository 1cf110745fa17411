// Where a join waits for a window's side panel. The popup opens the panel in the person's
// click (the browser allows it only there) and asks for the join at the same time, so the
// panel may load before or after the join is recorded: the worker keeps the join's id under
// this session-storage key, and the panel watches the key and takes the join by message.
// Only the id is stored here, never anything secret.

const PREFIX = 'panelJoin:';

/** The storage.session key under which a join waits for the side panel of `windowId`. */
export function panelJoinKey(windowId: number): string {
  return `${PREFIX}${String(windowId)}`;
}
