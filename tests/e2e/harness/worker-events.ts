// Playwright can neither click Chrome's own context menu nor type into its address bar. These
// helpers fire the very events Chrome fires for those, with the arguments Chrome passes, through
// `dispatch`, which the extension bindings put on every event object (undocumented, present in
// every Chromium here). The listeners the worker registered at its top level then run exactly as
// they would for a person; only the native menu and address bar themselves go untested.

import type { ExtensionSession } from './launch-extension.ts';

/** The parts of the worker's `chrome` object these helpers call. */
interface WorkerChrome {
  contextMenus: { onClicked: { dispatch(info: object, tab?: object): void } };
  omnibox: {
    onInputChanged: { dispatch(text: string, suggest: (results: Suggestion[]) => void): void };
    onInputEntered: { dispatch(text: string, disposition: string): void };
  };
  tabs: { query(query: { url: string }): Promise<object[]> };
}

export interface Suggestion {
  content: string;
  description: string;
}

/** What Chrome passes for a click on a menu item: on a link, or on selected text. */
export type MenuClick =
  | { menuItemId: 'join-link' | 'start-link'; linkUrl: string }
  | { menuItemId: 'join-selection' | 'start-selection'; selectionText: string };

/** Clicks one of the extension's context menu items on the page at `pageUrl`. */
export async function clickContextMenu(
  session: ExtensionSession,
  click: MenuClick,
  pageUrl: string,
): Promise<void> {
  await session.worker.evaluate(
    async ({ click, pageUrl }) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome }; // The worker's API.
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const info = { ...click, editable: false, frameId: 0, pageUrl };
      chrome.contextMenus.onClicked.dispatch(info, tab);
    },
    { click, pageUrl },
  );
}

/** Presses Enter after typing `zm <text>` in the address bar. */
export async function enterInOmnibox(
  session: ExtensionSession,
  text: string,
  disposition: 'currentTab' | 'newForegroundTab' | 'newBackgroundTab',
): Promise<void> {
  await session.worker.evaluate(
    ({ text, disposition }) => {
      const { chrome } = globalThis as unknown as { chrome: WorkerChrome }; // The worker's API.
      chrome.omnibox.onInputEntered.dispatch(text, disposition);
    },
    { text, disposition },
  );
}

/** The suggestions the extension offers while `zm <text>` is typed in the address bar. */
export function omniboxSuggestions(session: ExtensionSession, text: string): Promise<Suggestion[]> {
  return session.worker.evaluate(
    (text) =>
      new Promise<Suggestion[]>((resolve) => {
        const { chrome } = globalThis as unknown as { chrome: WorkerChrome }; // The worker's API.
        chrome.omnibox.onInputChanged.dispatch(text, resolve);
      }),
    text,
  );
}
