// Builds the store packages: the release variant of the extension for each store, zipped.
// scripts/package.ts runs it for `npm run package`; the package tests call it on a temp folder.

import { spawnSync } from 'node:child_process';
import path from 'node:path';

import packageJson from '../package.json' with { type: 'json' };
import { zipFolder } from './zip-folder.ts';

export type StoreTarget = 'chrome' | 'firefox';

export const RELEASE_DIR = path.resolve('release');

/** The zip's file name for a target, e.g. `join-panel-for-zoom-0.1.0-chrome.zip`. */
export function zipName(target: StoreTarget, version = packageJson.version): string {
  return `${packageJson.name}-${version}-${target}.zip`;
}

/** Builds the release variant for `target` into `outDir` (never the end-to-end variant). */
export function buildExtension(target: StoreTarget, outDir: string): void {
  const env: NodeJS.ProcessEnv = { ...process.env, JOIN_PANEL_OUT_DIR: outDir };
  delete env.JOIN_PANEL_BUILD;
  if (target === 'firefox') env.JOIN_PANEL_BROWSER = 'firefox';
  else delete env.JOIN_PANEL_BROWSER;

  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) throw new Error(`The ${target} build failed`);
}

/** Builds and zips one target under `releaseDir`; returns the zip's path. */
export async function packageTarget(target: StoreTarget, releaseDir = RELEASE_DIR) {
  const outDir = path.join(releaseDir, target);
  buildExtension(target, outDir);

  const zipPath = path.join(releaseDir, zipName(target));
  await zipFolder(outDir, zipPath);
  return { outDir, zipPath };
}
