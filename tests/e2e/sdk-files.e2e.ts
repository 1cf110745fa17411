// The build leaves out the SDK files that nothing loads (scripts/zoom-sdk-files.ts). Here a
// join runs in every interface language the SDK ships, with and without cross-origin
// isolation (which decides the multithreaded media variants), and no request for a packed SDK
// file may fail. Each mode is one browser with one join tab after another.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { sdkLanguage } from '../../src/join/sdk-language.ts';
import { TEST_OVERRIDE_KEYS } from '../../src/shared/test-override-keys.ts';
import type { RunningServer } from '../../server/src/start-server.ts';
import { startRealBackend } from './harness/backends.ts';
import { fillPopup, saveBackendUrl, submitPopup } from './harness/flows.ts';
import {
  EXTENSION_DIR,
  launchExtension,
  saveFailureArtifacts,
  type ExtensionSession,
} from './harness/launch-extension.ts';
import { recordSdkRequests, type SdkRequestLog } from './harness/sdk-requests.ts';

/** The SDK's interface languages, as the build ships them. */
const LANGUAGES = readdirSync(path.join(EXTENSION_DIR, 'zoom-sdk', 'lib', 'lang'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

/** The one extension API these tests call in the service worker. */
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/** A copy of the build without the COOP/COEP keys: the extension as an un-isolated page. */
function buildWithoutIsolation(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'join-panel-no-isolation-'));
  cpSync(EXTENSION_DIR, folder, { recursive: true });

  const manifestPath = path.join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  delete manifest.cross_origin_embedder_policy;
  delete manifest.cross_origin_opener_policy;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

  return folder;
}

/**
 * The language decides only which lang file loads, isolation only which media variants may, so
 * every language runs once, isolated as the extension ships, and two without isolation.
 */
const modes = [
  { isolated: true, languages: LANGUAGES },
  { isolated: false, languages: ['en-US', 'zh-CN'] },
];

/**
 * What preLoadWasm fetches in either mode; the variant for the meeting itself is chosen once in
 * a meeting, which the closed network never reaches (see docs/performance.md).
 */
const PRELOADED_MEDIA = ['lib/av/audio.simd.wasm', 'lib/av/video.mtsimd.wasm'];

it('ships every language the join page can pick', () => {
  expect(LANGUAGES).toHaveLength(17);
  for (const language of LANGUAGES) expect(sdkLanguage(language)).toBe(language);
});

for (const { isolated, languages } of modes) {
  describe(isolated ? 'cross-origin isolated' : 'not cross-origin isolated', () => {
    let backend: RunningServer;
    let session: ExtensionSession;
    let log: SdkRequestLog;
    let extensionDir = EXTENSION_DIR;

    beforeAll(async () => {
      if (!isolated) extensionDir = buildWithoutIsolation();
      backend = await startRealBackend();
      session = await launchExtension({ extensionDir });
      log = recordSdkRequests(session.context, session.extensionId);
      await (await saveBackendUrl(session, backend.url)).close();
    }, 120_000);

    afterAll(async () => {
      await session.close();
      await backend.close();
      if (extensionDir !== EXTENSION_DIR) rmSync(extensionDir, { recursive: true, force: true });
    });

    for (const language of languages) {
      it(`joins in ${language} with no SDK file missing`, async ({ task }) => {
        const before = log.requested.length;
        await session.worker.evaluate((items) => chrome.storage.local.set(items), {
          [TEST_OVERRIDE_KEYS.uiLanguage]: language,
        });

        const popup = await fillPopup(session, { meeting: '85012345678', name: 'Ada Lovelace' });
        const joinPage = await submitPopup(session, popup);
        try {
          // The closed network makes the SDK's first call to Zoom fail, after join().
          await joinPage
            .getByText('Zoom cannot be reached from this computer')
            .waitFor({ timeout: 60_000 });
          expect(await joinPage.evaluate(() => crossOriginIsolated)).toBe(isolated);
        } catch (error) {
          await saveFailureArtifacts(session, task.name);
          throw error;
        } finally {
          await joinPage.close();
        }

        const requested = log.requested.slice(before);
        expect(requested).toContain(`lib/lang/${language}.json`);
        expect(requested).toEqual(expect.arrayContaining(PRELOADED_MEDIA));
        expect(log.failed).toEqual([]);
      });
    }
  });
}
