// Zips a built extension for a store: every file of the folder at the zip's root, minus what
// must never ship (source maps, dotfiles such as `.env`), in a stable order and with a fixed
// date, so the same build gives the same zip.

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import JSZip from 'jszip';

// Stores show nothing of a file's date; a fixed one keeps zips of the same build identical.
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/**
 * Whether a file of the build belongs in the store package. Source maps would publish the
 * source to every user and double the size; dotfiles (`.env`, `.DS_Store`) are never part of
 * the extension, and `.env` may hold secrets.
 */
export function shouldPack(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/);
  if (parts.some((part) => part.startsWith('.'))) return false;

  return !relativePath.endsWith('.map');
}

/** Every file under `folder`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });

  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** Writes `zipPath` with the packable files of `folder`; returns the paths it holds. */
export async function zipFolder(folder: string, zipPath: string): Promise<string[]> {
  const zip = new JSZip();
  const files = (await listFiles(folder)).filter(shouldPack);

  for (const file of files) {
    zip.file(file, await readFile(path.join(folder, file)), { date: FIXED_DATE });
  }

  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  await writeFile(zipPath, bytes);

  return files;
}

/** The paths of the files inside a zip, and a reader for one of them. */
export async function openZip(zipPath: string): Promise<{
  files: string[];
  read: (file: string) => Promise<string | undefined>;
}> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const files = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);

  return { files, read: async (file) => zip.file(file)?.async('string') };
}

/** Unpacks a zip into `folder`, as a store or a person unpacking it would. */
export async function extractZip(zipPath: string, folder: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));

  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;

    // A zip of ours never climbs out of its folder; a path that tries is refused, not written.
    const target = path.resolve(folder, entry.name);
    if (!target.startsWith(path.resolve(folder) + path.sep)) {
      throw new Error(`Refused a zip entry outside the folder: ${entry.name}`);
    }

    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, await entry.async('nodebuffer'));
  }
}
