// Which files of the Zoom Meeting SDK's `dist/lib` the build ships. Everything ships except
// the few files below, which no code of the SDK ever asks for: neither the client view
// (zoom-meeting.min.js and its `ui` chunks) nor Component View (zoomus-websdk-embedded) nor the
// media code they share (lib/av). The media variants that look like duplicates are not: the SDK
// picks one at run time (see docs/performance.md for the table of who loads what), so they
// stay. The lists were checked against one SDK version by reading its code and by the request
// log of real joins (tests/e2e/sdk-files.e2e.ts); another version fails the build until they are
// checked again.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { SDK_LANGUAGES } from '../src/join/sdk-language.ts';

/** The SDK version whose code these lists were checked against. */
export const CHECKED_SDK_VERSION = '6.2.0';

/** Files of `dist/lib` left out of the build, each with why no join can need it. */
export const UNUSED_LIB_FILES: ReadonlyMap<string, string> = new Map([
  [
    'av/vb-resource/vbbuffer.bin',
    'listed in av/manifest.json, but no script of the SDK names or builds its name',
  ],
  [
    'av/vb-resource/vbPreload.js',
    'no script or page of the SDK loads it (its virtual background loads vb_worker.min.js)',
  ],
  ['av/vb-resource/vbPreloadWorker.js', 'loaded only by vbPreload.js, which nothing loads'],
  ['image/animation-sprite.png', 'named by no script and no stylesheet of the SDK'],
]);

/** The interface languages the SDK ships; the join page picks one (src/join/sdk-language.ts). */
export const SDK_LANGUAGE_FILES = SDK_LANGUAGES.map((language) => `lang/${language}.json`);

/** Thrown when the SDK package is not the one the lists above were checked against. */
export class SdkFilesError extends Error {
  override name = 'SdkFilesError';
}

/**
 * Checks the SDK package before it is copied: the version the lists were made for, every
 * file left out still there to leave out, and every file the SDK's media code lists in
 * av/manifest.json, every language and the scripts the join pages load all present.
 */
export async function checkSdkFiles(libDir: string, version: string): Promise<void> {
  if (version !== CHECKED_SDK_VERSION) {
    throw new SdkFilesError(
      `@zoom/meetingsdk is ${version}, but scripts/zoom-sdk-files.ts was checked against ` +
        `${CHECKED_SDK_VERSION}: check which files the new SDK loads (its code, and the request ` +
        'log of tests/e2e/sdk-files.e2e.ts), then update the lists and CHECKED_SDK_VERSION.',
    );
  }

  const mediaManifest = JSON.parse(
    await readFile(path.join(libDir, 'av', 'manifest.json'), 'utf8'),
  ) as Record<string, unknown>; // The SDK's own list of its media files, keyed by path under av/.
  const expected = [
    ...Object.keys(mediaManifest).map((file) => `av/${file}`),
    ...SDK_LANGUAGE_FILES,
    'av/js_media.min.js',
    'vendor/react.min.js',
    'vendor/react-dom.min.js',
    'vendor/redux.min.js',
    'vendor/redux-thunk.min.js',
    'vendor/lodash.min.js',
    'webim.min.js',
  ];
  const missing = [...expected, ...UNUSED_LIB_FILES.keys()].filter(
    (file) => !existsSync(path.join(libDir, file)),
  );

  if (missing.length > 0) {
    throw new SdkFilesError(
      `The Zoom SDK's dist/lib lacks files this build expects: ${missing.join(', ')}. ` +
        'Check scripts/zoom-sdk-files.ts against the SDK.',
    );
  }
}

/** Whether a path under `dist/lib` (with forward slashes) goes into the build. */
export function shipsLibFile(relativePath: string): boolean {
  return !UNUSED_LIB_FILES.has(relativePath);
}
