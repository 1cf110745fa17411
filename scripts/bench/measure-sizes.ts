// What a person downloads: the popup's own code, the whole built extension,
// and the Zoom SDK package it is cut from.

import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Sizes {
  popupJsGzipBytes: number;
  extensionBytes: number;
  extensionDeflatedBytes: number;
  sdkPackageBytes: number;
}

async function* files(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

async function folderBytes(folder: string, deflate: boolean): Promise<number> {
  let total = 0;
  for await (const file of files(folder)) {
    total += deflate ? gzipSync(await readFile(file)).byteLength : (await stat(file)).size;
  }
  return total;
}

/** The popup's scripts: its HTML's module script and every chunk it preloads, gzipped. */
async function popupJsGzip(distDir: string): Promise<number> {
  const html = await readFile(path.join(distDir, 'src', 'popup', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  let total = 0;

  for (const script of scripts) {
    const file = path.join(distDir, script.replace(/^\//, ''));
    total += gzipSync(await readFile(file)).byteLength;
  }

  return total;
}

/** Sizes of the build in `distDir` and of the SDK package in node_modules. */
export async function measureSizes(distDir: string): Promise<Sizes> {
  const require = createRequire(import.meta.url);
  const sdkDir = path.dirname(require.resolve('@zoom/meetingsdk/package.json'));

  return {
    popupJsGzipBytes: await popupJsGzip(distDir),
    extensionBytes: await folderBytes(distDir, false),
    // Each file deflated on its own, as a zip archive stores it: the store download, near enough.
    extensionDeflatedBytes: await folderBytes(distDir, true),
    sdkPackageBytes: await folderBytes(sdkDir, false),
  };
}
