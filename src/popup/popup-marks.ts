// The moment the popup's form is on screen with the stored settings in it, in the page's own
// timeline: `npm run bench` (scripts/bench/measure-popup.ts) reads it against the 50 ms target.

export const POPUP_READY_MARK = 'popup:ready';

export function markPopupReady(): void {
  if (performance.getEntriesByName(POPUP_READY_MARK).length === 0) {
    performance.mark(POPUP_READY_MARK);
  }
}
