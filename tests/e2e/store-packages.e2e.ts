// Builds both store packages the way `npm run package` does, checks what is inside each zip,
// lints the Firefox build's own code with Mozilla's linter, loads the unpacked Chrome zip in
// Chromium and joins a meeting with it, and installs the Firefox zip in Firefox ESR.

import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import packageJson from '../../package.json' with { type: 'json' };
import { packageTarget, zipName } from '../../scripts/build-packages.ts';
import { GECKO_ID } from '../../scripts/firefox-manifest.ts';
import { lintFirefoxBuild, sortFindings, ZOOM_SDK_FILES } from '../../scripts/firefox-lint.ts';
import { extractZip, openZip } from '../../scripts/zip-folder.ts';
import type { RunningServer } from '../../server/src/start-server.ts';
import { startRealBackend, TEST_SDK_KEY, TEST_SDK_SECRET } from './harness/backends.ts';
import {
  clickButton,
  findNewPage,
  joinFromFirefoxPopup,
  saveBackendUrlInFirefox,
  waitForText,
} from './harness/firefox-flows.ts';
import type { RecordedRequest } from './harness/fake-internet.ts';
import { fillPopup, saveBackendUrl, submitPopup } from './harness/flows.ts';
import { launchExtension, type ExtensionSession } from './harness/launch-extension.ts';
import { launchFirefoxExtension, type FirefoxSession } from './harness/launch-firefox.ts';

/** Zoom's meeting-info call, the SDK's first request once it has a signature. */
const WC_INFO = 'https://zoom.us/api/v1/wc/info';

/** An SDK file fetched from Zoom's CDN instead of the extension, which MV3 forbids. */
const SDK_FILE_FROM_OUTSIDE = /source\.zoom\.us|cloudfront\.net|zoomus\.cn|\.(js|wasm|css)(\?|$)/;

const releaseDir = mkdtempSync(path.join(tmpdir(), 'join-panel-release-'));
let chromeZip = '';
let firefoxZip = '';
let firefoxDir = '';

// Two builds and two zips of ~40 MB each: minutes on a busy two-core machine, not seconds.
beforeAll(async () => {
  chromeZip = (await packageTarget('chrome', releaseDir)).zipPath;
  const firefox = await packageTarget('firefox', releaseDir);
  firefoxZip = firefox.zipPath;
  firefoxDir = firefox.outDir;
}, 300_000);

async function manifestOf(zipPath: string): Promise<Record<string, unknown>> {
  const text = await (await openZip(zipPath)).read('manifest.json');
  return JSON.parse(text ?? '{}') as Record<string, unknown>; // The built manifest.json.
}

async function unpackChromeZip(): Promise<string> {
  const unpacked = mkdtempSync(path.join(tmpdir(), 'join-panel-unpacked-'));
  await extractZip(chromeZip, unpacked);
  return unpacked;
}

/**
 * Waits for the SDK's call to Zoom and checks it: meeting 85012345678 for Ada Lovelace, with a
 * signature the test backend made, and no SDK file fetched from outside the package.
 */
async function expectAdaJoined(outside: RecordedRequest[], timeout: number): Promise<void> {
  await expect
    .poll(() => outside.some((request) => request.url === WC_INFO), { timeout })
    .toBe(true);
  const call = outside.find((request) => request.url === WC_INFO);
  const form = new URLSearchParams(call?.postData ?? '');
  expect(form.get('meetingNumber')).toBe('85012345678');
  expect(form.get('userName')).toBe('Ada Lovelace');

  const secret = new TextEncoder().encode(TEST_SDK_SECRET);
  const { payload } = await jwtVerify(form.get('signature') ?? '', secret);
  expect(payload).toMatchObject({ mn: '85012345678', role: 0, appKey: TEST_SDK_KEY });
  expect(outside.filter((request) => SDK_FILE_FROM_OUTSIDE.test(request.url))).toEqual([]);
}

describe('the Chrome package', () => {
  it('is named and versioned from package.json', async () => {
    expect(path.basename(chromeZip)).toBe(zipName('chrome'));
    expect(path.basename(chromeZip)).toContain(packageJson.version);
    expect((await manifestOf(chromeZip)).version).toBe(packageJson.version);
  });

  it('holds the manifest, the pages and the Zoom SDK at its root', async () => {
    const { files } = await openZip(chromeZip);

    expect(files).toContain('manifest.json');
    expect(files).toContain('src/join/index.html');
    expect(files).toContain('src/popup/index.html');
    expect(files).toContain('src/options/index.html');
    expect(files).toContain('zoom-sdk/zoom-meeting.min.js');
    expect(files.some((file) => /^zoom-sdk\/lib\/av\/.+\.wasm$/.test(file))).toBe(true);
    expect(files).toContain('_locales/en/messages.json');
    expect(files).toContain('icons/icon-disabled-16.png');
  });

  it('holds no source maps and no dotfiles such as .env', async () => {
    const { files } = await openZip(chromeZip);

    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(files.filter((file) => file.split('/').some((part) => part.startsWith('.')))).toEqual(
      [],
    );
  });

  it('is the release build: a service worker, and no loopback granted at install', async () => {
    const manifest = await manifestOf(chromeZip);

    expect(manifest.background).toMatchObject({ service_worker: 'service-worker-loader.js' });
    expect(JSON.stringify(manifest.host_permissions)).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});

describe('the Firefox package', () => {
  it('runs its background as an event page and names its gecko ID', async () => {
    const manifest = await manifestOf(firefoxZip);

    expect(path.basename(firefoxZip)).toBe(zipName('firefox'));
    expect(manifest.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    expect(manifest).toHaveProperty(['browser_specific_settings', 'gecko', 'id'], GECKO_ID);
    expect(manifest).not.toHaveProperty('cross_origin_embedder_policy');
  });

  it('passes web-ext lint on our own code with nothing unexplained', () => {
    // Zoom's SDK is skipped here only because linting it takes minutes; `npm run package`
    // lints the whole build and sorts the SDK's findings the same way.
    const report = lintFirefoxBuild(firefoxDir, [ZOOM_SDK_FILES]);
    const { unexplained, blockers } = sortFindings(report);

    expect(unexplained).toEqual([]);
    expect(blockers).toEqual([]);
  }, 120_000);
});

describe('the unpacked Chrome zip in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ extensionDir: await unpackChromeZip() });
  });

  afterAll(async () => {
    await session.close();
  });

  it('starts its worker and shows the grey "not set up" toolbar button', async () => {
    // Passed as text: the test's own types know nothing of the worker's `chrome` global.
    const readTitle = () => session.worker.evaluate<string>('chrome.action.getTitle({})');

    // The worker sets it when the extension installs, a moment after the worker starts.
    await expect.poll(readTitle, { timeout: 10_000 }).toMatch(/not set up/);
  });

  it('opens the popup and the options page', async () => {
    const popup = await session.openPage('src/popup/index.html');
    await expect.poll(() => popup.locator('form').count()).toBeGreaterThan(0);

    const options = await session.openPage('src/options/index.html');
    await expect.poll(() => options.locator('h1').textContent()).toBeTruthy();
  });
});

describe('the Chrome zip joining a meeting', () => {
  // The store zip asks for the backend's origin at run time (Options → Save), and headless
  // Chromium cannot answer that prompt: no switch or automation API grants it. So this test
  // joins with a copy of the zip's own files in which one thing changes: the manifest grants
  // loopback at install, as the end-to-end build does (vite.config.ts). Every other byte is the
  // zip's, copied rather than rebuilt, so what joins here is what the store receives.
  const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

  interface ManifestHosts {
    host_permissions: string[];
  }

  let session: ExtensionSession;
  let backend: RunningServer;
  let granted = '';

  beforeAll(async () => {
    const unpacked = await unpackChromeZip();
    granted = mkdtempSync(path.join(tmpdir(), 'join-panel-granted-'));
    cpSync(unpacked, granted, { recursive: true });

    const manifestPath = path.join(granted, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ManifestHosts;
    manifest.host_permissions = [...manifest.host_permissions, ...LOOPBACK];
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

    backend = await startRealBackend();
    session = await launchExtension({ extensionDir: granted });
  });

  afterAll(async () => {
    await session.close();
    await backend.close();
  });

  it('differs from the store zip in the loopback grant alone', async () => {
    const store = (await manifestOf(chromeZip)) as unknown as ManifestHosts;
    const tested = JSON.parse(
      readFileSync(path.join(granted, 'manifest.json'), 'utf8'),
    ) as ManifestHosts;

    expect(tested.host_permissions).toEqual([...store.host_permissions, ...LOOPBACK]);
    expect({ ...tested, host_permissions: store.host_permissions }).toEqual(store);

    const copied = readdirSync(granted, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(granted, path.join(entry.parentPath, entry.name)));
    expect(copied.sort()).toEqual([...(await openZip(chromeZip)).files].sort());
  });

  it('joins from the popup: SDK from the zip, signature from the backend, Zoom asked', async () => {
    await saveBackendUrl(session, backend.url);
    const popup = await fillPopup(session, {
      meeting: 'https://us05web.zoom.us/j/85012345678?pwd=abc123',
      name: 'Ada Lovelace',
    });
    const joinPage = await submitPopup(session, popup);

    await expectAdaJoined(session.outside, 30_000);
    expect(await joinPage.evaluate(() => crossOriginIsolated)).toBe(true);
  });
});

describe('the Firefox zip in Firefox ESR', () => {
  let firefox: FirefoxSession;
  let backend: RunningServer;

  beforeAll(async () => {
    backend = await startRealBackend();
    // The zip itself, installed as a temporary add-on: Firefox reads it as it reads an .xpi.
    firefox = await launchFirefoxExtension(firefoxZip);
  }, 120_000);

  afterAll(async () => {
    await firefox.close();
    await backend.close();
  });

  it('installs under its gecko ID with no manifest warning, and its background runs', async () => {
    expect(firefox.addonId).toBe(GECKO_ID);

    const report = await firefox.readAddonReport();
    expect(report.messages).toEqual([]);
    expect(report.background).toBe('Running');
  });

  it('renders the popup and its join form', async () => {
    const popup = await firefox.openPage('src/popup/index.html');

    // Preact renders after the document has loaded; wait for the form, not for the load.
    await waitForText(popup, 'Your name');
    const labels = await popup.evaluate(() =>
      [...document.querySelectorAll('label')].map((label) => label.textContent.trim()),
    );
    expect(labels).toEqual(expect.arrayContaining(['Meeting ID or invite link', 'Your name']));
  });

  it('answers a protocol message from its event page', async () => {
    const options = await firefox.openPage('src/options/index.html');

    // The same envelope src/shared/messaging.ts sends; `browser` is Firefox's own namespace.
    // Passed as text: the test's own types know nothing of the page's `browser` global.
    const reply = await options.evaluate(
      "browser.runtime.sendMessage({ name: 'getZoomAccount', request: {} })",
    );
    expect(reply).toMatchObject({ ok: true, value: { expired: false } });
  });

  it('tells the person in Options what Firefox cannot do, and nothing it can', async () => {
    const options = await firefox.openPage('src/options/index.html');
    await waitForText(options, 'In this browser');

    const limits = await options.evaluate(
      () => document.querySelector('[aria-labelledby="limits-heading"]')?.textContent ?? '',
    );
    expect(await options.evaluate(() => crossOriginIsolated)).toBe(false);
    expect(limits).toMatch(/active speaker only/);
    expect(limits).toMatch(/Meetings open in a tab: this browser has no side panel/);
    expect(limits).not.toMatch(/shortcut/i);
  });

  it("opens Firefox's own shortcut settings from Options", async () => {
    const options = await firefox.openPage('src/options/index.html');

    await clickButton(options, 'Change keyboard shortcuts');

    const urls = async () =>
      Promise.all(
        (await firefox.browser.pages()).map((page) =>
          page.evaluate(() => location.href).catch(() => ''),
        ),
      );
    await expect.poll(urls, { timeout: 30_000 }).toContain('about:addons');
  });

  it('joins from the popup: the SDK from the zip asks Zoom with a valid signature', async () => {
    // The store build itself: Options asks for the backend's origin through the real
    // `permissions.request`, which Firefox grants at once with its prompt pref turned off.
    await saveBackendUrlInFirefox(firefox, backend.url);
    await joinFromFirefoxPopup(firefox, {
      meeting: 'https://us05web.zoom.us/j/85012345678?pwd=abc123',
      name: 'Ada Lovelace',
    });

    await expectAdaJoined(firefox.outside, 60_000);
  }, 120_000);

  it('says on the join page, while the meeting loads, that there is no gallery view', async () => {
    // A backend that never answers keeps the join page loading, where the line is shown, until
    // the worker gives up on it (15 s), then the page shows that failure instead.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo; // A TCP listener has an AddressInfo.

    try {
      await saveBackendUrlInFirefox(firefox, `http://127.0.0.1:${String(port)}/`);
      const before = await firefox.browser.pages();
      await joinFromFirefoxPopup(firefox, { meeting: '85012345678', name: 'Ada Lovelace' });

      const joinPage = await findNewPage(firefox, 'src/join/index.html', before);
      await waitForText(joinPage, 'the meeting shows the active speaker only');
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  }, 120_000);
});
