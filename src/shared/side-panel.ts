// The browser's side panel (`chrome.sidePanel`, in every Chromium this extension installs on:
// its manifest asks for 116). Firefox has none: there the choice is hidden and meetings open in
// a tab.
// webextension-polyfill does not wrap this API, so it is read from `chrome` directly.

/** The one call of `chrome.sidePanel` used here (Chrome's reference: developer.chrome.com). */
interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}

function sidePanelApi(): SidePanelApi | undefined {
  // `chrome` is not declared in this project's types; only this shape of it is read.
  return (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
}

/** True when this browser can show the extension in its side panel. */
export function hasSidePanel(): boolean {
  return typeof sidePanelApi()?.open === 'function';
}

/**
 * Opens the side panel in `windowId`. The browser allows this only in response to a person's
 * action: call it in the click (or key press) itself, before awaiting anything.
 */
export async function openSidePanel(windowId: number): Promise<boolean> {
  const api = sidePanelApi();
  if (!api) return false;

  return api.open({ windowId }).then(
    () => true,
    () => false,
  );
}
