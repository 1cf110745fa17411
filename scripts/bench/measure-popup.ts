// How soon the popup is usable: from the start of its page load to the moment its form shows
// with the stored settings in it (the popup's own mark, src/popup/popup-marks.ts). Measured on
// the end-to-end build in Chromium with a name and a backend already saved, so the settings
// read is real; the popup opens as a tab, which loads the same page the same way.

import { POPUP_READY_MARK } from '../../src/popup/popup-marks.ts';
import { startRealBackend } from '../../tests/e2e/harness/backends.ts';
import { POPUP_PAGE, saveBackendUrl } from '../../tests/e2e/harness/flows.ts';
import { launchExtension } from '../../tests/e2e/harness/launch-extension.ts';

/** Milliseconds from navigation start to the popup's ready mark, one per opening. */
export async function measurePopup(extensionDir: string, openings: number): Promise<number[]> {
  const backend = await startRealBackend();
  const session = await launchExtension({ extensionDir });
  const times: number[] = [];

  try {
    const options = await saveBackendUrl(session, backend.url);
    await options.close();

    // The first opening reads the page's files from disk; it is not counted.
    for (let opening = 0; opening <= openings; opening++) {
      const popup = await session.openPage(POPUP_PAGE);
      await popup.waitForFunction(
        (name) => performance.getEntriesByName(name).length > 0,
        POPUP_READY_MARK,
      );
      const ready = await popup.evaluate(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
        POPUP_READY_MARK,
      );
      if (opening > 0) times.push(ready);
      await popup.close();
    }
  } finally {
    await session.close();
    await backend.close();
  }

  return times;
}
