import { cp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { Plugin } from 'vite';

import { patchEmbeddedAssetPath } from './patch-embedded-sdk.ts';
import { checkSdkFiles, shipsLibFile } from './zoom-sdk-files.ts';

/** Where the SDK's files sit inside the built extension; the join page reads the same name. */
export const SDK_FOLDER = 'zoom-sdk';

const require = createRequire(import.meta.url);

/**
 * Copies the Zoom Meeting SDK's prebuilt files from node_modules into the build.
 *
 * Manifest V3 forbids remote code, so the SDK cannot come from Zoom's CDN. Its
 * prebuilt files are loaded as they are, by script tag, because bundling it
 * through Vite breaks `init`. The stylesheet folder `ui` must sit beside `lib`.
 */
export function copyZoomSdk({ componentView = true } = {}): Plugin {
  let outDir = 'dist';

  return {
    name: 'copy-zoom-sdk',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const packageDir = path.dirname(require.resolve('@zoom/meetingsdk/package.json'));
      const { version } = JSON.parse(
        await readFile(path.join(packageDir, 'package.json'), 'utf8'),
      ) as { version: string }; // package.json of the SDK: its shape is npm's.
      const target = path.join(outDir, SDK_FOLDER);

      const libDir = path.join(packageDir, 'dist', 'lib');
      await checkSdkFiles(libDir, version);

      // Every file the SDK may load, at once or later; the few it never loads stay out.
      await cp(libDir, path.join(target, 'lib'), {
        recursive: true,
        filter: (source) => shipsLibFile(path.relative(libDir, source).split(path.sep).join('/')),
      });
      await cp(path.join(packageDir, 'dist', 'ui'), path.join(target, 'ui'), { recursive: true });
      await cp(
        path.join(packageDir, 'dist', `zoom-meeting-${version}.min.js`),
        path.join(target, 'zoom-meeting.min.js'),
      );
      // Component View (the side panel, Chromium only) needs its asset path patched: see
      // patch-embedded-sdk.ts. The Firefox build ships no side panel, nor this changed file.
      if (!componentView) return;
      const embedded = await readFile(
        path.join(packageDir, 'dist', 'zoomus-websdk-embedded.umd.min.js'),
        'utf8',
      );
      await writeFile(
        path.join(target, 'zoom-meeting-embedded.min.js'),
        patchEmbeddedAssetPath(embedded),
      );
    },
  };
}
