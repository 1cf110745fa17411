// Builds both store packages the way `npm run package` does, checks what is inside each zip,
// lints the Firefox build's own code with Mozilla's linter, and loads the unpacked Chrome zip
// in Chromium.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import packageJson from '../../package.json' with { type: 'json' };
import { packageTarget, zipName } from '../../scripts/build-packages.ts';
import { GECKO_ID } from '../../scripts/firefox-manifest.ts';
import { lintFirefoxBuild, sortFindings, ZOOM_SDK_FILES } from '../../scripts/firefox-lint.ts';
import { extractZip, openZip } from '../../scripts/zip-folder.ts';
import { launchExtension, type ExtensionSession } from './harness/launch-extension.ts';

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
    const unpacked = mkdtempSync(path.join(tmpdir(), 'join-panel-unpacked-'));
    await extractZip(chromeZip, unpacked);
    session = await launchExtension({ extensionDir: unpacked });
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
