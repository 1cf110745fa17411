// How soon the toolbar popup takes input, and how soon the stored settings are in it (the
// popup's own marks, src/popup/popup-marks.ts), in the popup itself: opened the way the toolbar
// button opens it (`action.openPopup`) on the end-to-end build in Chromium, with a name and a
// backend already saved so that the reads are real. Beside it, in the same run and alternating,
// the same build with a blank popup page (one line of script): what the browser alone takes to
// open a popup of this extension on this machine, cross-origin isolation included.

import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { CDPSession, Page } from 'playwright-core';

import { POPUP_INTERACTIVE_MARK, POPUP_SETTLED_MARK } from '../../src/popup/popup-marks.ts';
import { startRealBackend } from '../../tests/e2e/harness/backends.ts';
import { openBrowserSession } from '../../tests/e2e/harness/extension-view.ts';
import { POPUP_PAGE, saveBackendUrl } from '../../tests/e2e/harness/flows.ts';
import {
  launchExtension,
  type ExtensionSession,
} from '../../tests/e2e/harness/launch-extension.ts';
import { closeToolbarPopup, openToolbarPopup } from '../../tests/e2e/harness/toolbar-popup.ts';

export interface PopupTimes {
  /** Milliseconds from the popup's navigation start to its form taking input. */
  interactive: number[];
  /** The same, to the stored settings being in the form. */
  settled: number[];
  /** The same, for the blank popup page to run its one line. */
  blank: number[];
}

const BLANK_SCRIPT = 'blank-popup.js';

/** A copy of the build whose popup page only marks itself interactive. */
async function blankPopupBuild(extensionDir: string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'join-panel-blank-popup-'));
  await cp(extensionDir, copy, { recursive: true });

  const page = `<!doctype html><html lang="en"><head><meta charset="UTF-8" />
<script type="module" src="/${BLANK_SCRIPT}"></script></head><body></body></html>\n`;
  await writeFile(path.join(copy, POPUP_PAGE), page);
  await writeFile(
    path.join(copy, BLANK_SCRIPT),
    `performance.mark(${JSON.stringify(POPUP_INTERACTIVE_MARK)});\n`,
  );
  return copy;
}

interface Browser {
  session: ExtensionSession;
  cdp: CDPSession;
  /** The tab the popup opens over. */
  tab: Page;
}

async function prepare(session: ExtensionSession): Promise<Browser> {
  const tab = await session.context.newPage();
  return { session, cdp: await openBrowserSession(session), tab };
}

/** Opens the toolbar popup and reads the marks named, once all are set. */
async function openAndRead({ session, cdp, tab }: Browser, marks: string[]): Promise<number[]> {
  const popup = await openToolbarPopup(session, cdp, tab);
  const times = await popup.evaluate<number[]>(`() => new Promise((resolve) => {
    const names = ${JSON.stringify(marks)};
    const read = () => names.map((name) => performance.getEntriesByName(name)[0]?.startTime);
    const poll = () => (read().every((time) => time !== undefined) ? resolve(read()) : setTimeout(poll, 10));
    poll();
  })`);

  await closeToolbarPopup(cdp, popup);
  return times;
}

/** Opens each popup `openings` times, alternating, after one unmeasured opening of each. */
export async function measurePopup(extensionDir: string, openings: number): Promise<PopupTimes> {
  const backend = await startRealBackend();
  const blankDir = await blankPopupBuild(extensionDir);
  const ours = await launchExtension({ extensionDir });
  const blank = await launchExtension({ extensionDir: blankDir });
  const times: PopupTimes = { interactive: [], settled: [], blank: [] };

  try {
    const options = await saveBackendUrl(ours, backend.url);
    await ours.worker.evaluate(`chrome.storage.sync.set({ userName: 'Bench Person' })`);
    await options.close();

    const oursBrowser = await prepare(ours);
    const blankBrowser = await prepare(blank);

    for (let opening = 0; opening <= openings; opening++) {
      const [interactive, settled] = await openAndRead(oursBrowser, [
        POPUP_INTERACTIVE_MARK,
        POPUP_SETTLED_MARK,
      ]);
      const [blankInteractive] = await openAndRead(blankBrowser, [POPUP_INTERACTIVE_MARK]);

      // The first opening of each reads the page's files from disk; it is not counted.
      if (opening === 0) continue;
      times.interactive.push(interactive ?? Number.NaN);
      times.settled.push(settled ?? Number.NaN);
      times.blank.push(blankInteractive ?? Number.NaN);
    }
  } finally {
    await ours.close();
    await blank.close();
    await backend.close();
    await rm(blankDir, { recursive: true, force: true });
  }

  return times;
}
