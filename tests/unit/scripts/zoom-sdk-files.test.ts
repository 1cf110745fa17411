// The files the build leaves out of the SDK must be files no code of the SDK names, and the
// check before copying must stop a build on another SDK version or with files missing.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  CHECKED_SDK_VERSION,
  checkSdkFiles,
  SdkFilesError,
  shipsLibFile,
  UNUSED_LIB_FILES,
} from '../../../scripts/zoom-sdk-files.ts';

const require = createRequire(import.meta.url);
const sdkDist = path.join(path.dirname(require.resolve('@zoom/meetingsdk/package.json')), 'dist');
const libDir = path.join(sdkDist, 'lib');

/** Every script and stylesheet of the SDK package, as text. */
function sdkCode(): { file: string; text: string }[] {
  return readdirSync(sdkDist, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => ({ file, text: readFileSync(path.join(sdkDist, file), 'utf8') }));
}

describe('the files left out of the SDK', () => {
  const code = sdkCode();

  for (const [file, why] of UNUSED_LIB_FILES) {
    it(`${file} is named by no other script or stylesheet of the SDK`, () => {
      expect(why.length).toBeGreaterThan(0);
      const name = path.basename(file);
      const namers = code
        .filter(({ file: other, text }) => !other.endsWith(name) && text.includes(name))
        .map(({ file: other }) => other);

      // vbPreloadWorker.js is named only by vbPreload.js, which is left out as well.
      const allowed = name === 'vbPreloadWorker.js' ? ['lib/av/vb-resource/vbPreload.js'] : [];
      expect(namers.map((other) => other.split(path.sep).join('/'))).toEqual(allowed);
    });
  }

  it('keeps every media variant the SDK picks at run time', () => {
    const variants = [
      'av/video.decode.wasm',
      'av/video.mt.wasm',
      'av/video.simd.wasm',
      'av/video.mtsimd.wasm',
      'av/audio.encode.wasm',
      'av/audio.simd.wasm',
      'av/audio.light.simd.wasm',
      'av/audio.dynamic.simd.wasm',
      'av/vb-resource/dualModel.bin',
      'av/vb-resource/dualModel_v.bin',
      'lang/sv-SE.json',
      'image/earth.jpg',
    ];
    expect(variants.filter((file) => !shipsLibFile(file))).toEqual([]);
  });
});

describe('checkSdkFiles', () => {
  it('accepts the installed SDK', async () => {
    await expect(checkSdkFiles(libDir, CHECKED_SDK_VERSION)).resolves.toBeUndefined();
  });

  it('stops the build on another SDK version', async () => {
    await expect(checkSdkFiles(libDir, '6.3.0')).rejects.toThrow(SdkFilesError);
  });

  it('stops the build when the SDK lacks a file the build expects', async () => {
    // Only the media manifest, none of the files it lists.
    const partial = mkdtempSync(path.join(tmpdir(), 'join-panel-sdk-'));
    mkdirSync(path.join(partial, 'av'));
    copyFileSync(
      path.join(libDir, 'av', 'manifest.json'),
      path.join(partial, 'av', 'manifest.json'),
    );
    try {
      const check = checkSdkFiles(partial, CHECKED_SDK_VERSION);
      await expect(check).rejects.toThrow(SdkFilesError);
      await expect(check).rejects.toThrow(/av\/video\.decode\.wasm.*lang\/en-US\.json/);
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  });
});
