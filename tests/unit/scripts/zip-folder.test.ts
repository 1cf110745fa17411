import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { openZip, shouldPack, zipFolder } from '../../../scripts/zip-folder.ts';

describe('shouldPack', () => {
  it('packs the files of the extension', () => {
    expect(shouldPack('manifest.json')).toBe(true);
    expect(shouldPack('zoom-sdk/lib/av/audio.wasm')).toBe(true);
    expect(shouldPack('assets/index-3f2a.js')).toBe(true);
  });

  it('leaves out source maps', () => {
    expect(shouldPack('assets/index-3f2a.js.map')).toBe(false);
  });

  it('leaves out dotfiles anywhere, such as a stray .env', () => {
    expect(shouldPack('.env')).toBe(false);
    expect(shouldPack('zoom-sdk/.DS_Store')).toBe(false);
    expect(shouldPack('.vite/manifest.json')).toBe(false);
  });
});

describe('zipFolder', () => {
  it('puts the packable files at the root of the zip, with their content', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'zip-folder-'));
    mkdirSync(path.join(folder, 'assets'));
    writeFileSync(path.join(folder, 'manifest.json'), '{"manifest_version":3}');
    writeFileSync(path.join(folder, 'assets', 'a.js'), 'export {}');
    writeFileSync(path.join(folder, 'assets', 'a.js.map'), '{}');
    writeFileSync(path.join(folder, '.env'), 'SECRET=1');
    const zipPath = path.join(folder, 'out.zip.tmp');

    const packed = await zipFolder(folder, zipPath);
    const zip = await openZip(zipPath);

    expect(packed).toEqual(['assets/a.js', 'manifest.json']);
    expect(zip.files.sort()).toEqual(['assets/a.js', 'manifest.json']);
    expect(await zip.read('manifest.json')).toBe('{"manifest_version":3}');
  });
});
