// What a person downloads: the popup's own code, the whole built extension,
// and the Zoom SDK package it is cut from.

import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { zipFolder } from '../zip-folder.ts';

export interface Sizes {
  popupJsGzipBytes: number;
  extensionBytes: number;
  /** The zip a store gets, made by the same code as `npm run package`. */
  storeZipBytes: number;
  sdkPackageBytes: number;
}

async function* files(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for await (const file of files(folder)) total += (await stat(file)).size;
  return total;
}

async function storeZipBytes(distDir: string): Promise<number> {
  const folder = await mkdtemp(path.join(tmpdir(), 'join-panel-bench-'));
  try {
    const zipPath = path.join(folder, 'extension.zip');
    await zipFolder(distDir, zipPath);
    return (await stat(zipPath)).size;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
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
    extensionBytes: await folderBytes(distDir),
    storeZipBytes: await storeZipBytes(distDir),
    sdkPackageBytes: await folderBytes(sdkDir),
  };
}
