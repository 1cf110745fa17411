import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import {
  ASSET_PATH_CONDITION,
  PATCHED_ASSET_PATH_CONDITION,
  patchEmbeddedAssetPath,
  SdkPatchError,
} from '../../../scripts/patch-embedded-sdk.ts';

const require = createRequire(import.meta.url);

/** Whether the condition's regular expression (after `e&&`) lets `assetPath` through. */
function honours(condition: string, assetPath: string): boolean {
  const pattern = condition.slice(condition.indexOf('/') + 1, condition.indexOf('/.test('));
  return assetPath !== '' && new RegExp(pattern).test(assetPath);
}

describe('patchEmbeddedAssetPath', () => {
  it('rewrites the one assetPath check and leaves the rest as it was', () => {
    const source = `before;${ASSET_PATH_CONDITION}\`x\`);after`;

    expect(patchEmbeddedAssetPath(source)).toBe(
      `before;${PATCHED_ASSET_PATH_CONDITION}\`x\`);after`,
    );
  });

  it('makes the check accept extension URLs and still refuse other schemes', () => {
    expect(honours(ASSET_PATH_CONDITION, 'chrome-extension://abc/zoom-sdk/lib/av')).toBe(false);

    expect(honours(PATCHED_ASSET_PATH_CONDITION, 'chrome-extension://abc/zoom-sdk/lib/av')).toBe(
      true,
    );
    expect(honours(PATCHED_ASSET_PATH_CONDITION, 'moz-extension://abc/zoom-sdk/lib/av')).toBe(true);
    expect(honours(PATCHED_ASSET_PATH_CONDITION, 'https://source.zoom.us/lib/av')).toBe(true);
    expect(honours(PATCHED_ASSET_PATH_CONDITION, 'javascript://x')).toBe(false);
    expect(honours(PATCHED_ASSET_PATH_CONDITION, '')).toBe(false);
  });

  it('fails loudly when the check is not there', () => {
    expect(() => patchEmbeddedAssetPath('e&&/^https?:/.test(e)')).toThrow(SdkPatchError);
  });

  it('fails loudly when the check is there twice', () => {
    const twice = `${ASSET_PATH_CONDITION}1);${ASSET_PATH_CONDITION}2);`;

    expect(() => patchEmbeddedAssetPath(twice)).toThrow(/2 times instead of once/);
  });

  it('finds the check exactly once in the installed SDK', async () => {
    const bundle = require.resolve('@zoom/meetingsdk/dist/zoomus-websdk-embedded.umd.min.js');
    const patched = patchEmbeddedAssetPath(await readFile(bundle, 'utf8'));

    expect(patched.split(PATCHED_ASSET_PATH_CONDITION)).toHaveLength(2);
    expect(patched).not.toContain(ASSET_PATH_CONDITION);
  });
});
