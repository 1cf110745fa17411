// Takes the store screenshots of the real extension in headless Chromium: the popup, Options
// and the join page, with the reference backend running on 127.0.0.1 and every other host
// kept inside the test harness (tests/e2e/harness). Writes docs/store/screenshot-*.png.
//
// Needs the end-to-end build (it has loopback granted at install, so Save needs no prompt):
//   JOIN_PANEL_BUILD=e2e npx vite build && npx tsx scripts/screenshots.ts

import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { startRealBackend } from '../tests/e2e/harness/backends.ts';
import { fillPopup, saveBackendUrl, submitPopup } from '../tests/e2e/harness/flows.ts';
import { launchExtension } from '../tests/e2e/harness/launch-extension.ts';

const OUT_DIR = path.resolve('docs/store');
// The size the Chrome Web Store asks for; AMO and Edge take it too.
const STORE_SIZE = { width: 1280, height: 800 };

await mkdir(OUT_DIR, { recursive: true });
const backend = await startRealBackend();
const session = await launchExtension();

try {
  const options = await saveBackendUrl(session, backend.url);
  await options.setViewportSize(STORE_SIZE);
  await options.screenshot({ path: path.join(OUT_DIR, 'screenshot-options.png') });

  // The popup at its own size, as the toolbar shows it.
  const popup = await fillPopup(session, {
    meeting: 'https://us05web.zoom.us/j/85012345678?pwd=abc123',
    name: 'Ada Lovelace',
  });
  await popup.locator('body').screenshot({ path: path.join(OUT_DIR, 'screenshot-popup.png') });

  // The join page while it loads the SDK from the extension and asks for the signature; the
  // harness keeps Zoom's servers out of reach, so later it can only show the offline notice.
  const joinPage = await submitPopup(session, popup);
  await joinPage.setViewportSize(STORE_SIZE);
  await joinPage.waitForLoadState('domcontentloaded');
  await joinPage.screenshot({ path: path.join(OUT_DIR, 'screenshot-join.png') });
} finally {
  await session.close();
  await backend.close();
}
