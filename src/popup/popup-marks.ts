// The popup's two moments, in the page's own timeline, which `npm run bench`
// (scripts/bench/measure-popup.ts) reads: the form is on screen and takes input (interactive),
// and the stored settings and the tab's meeting are in it (settled).

export const POPUP_INTERACTIVE_MARK = 'popup:interactive';
export const POPUP_SETTLED_MARK = 'popup:settled';

function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

export function markPopupInteractive(): void {
  markOnce(POPUP_INTERACTIVE_MARK);
}

export function markPopupSettled(): void {
  markOnce(POPUP_SETTLED_MARK);
}
