// The popup's script as one file. Vite splits the code that pages share into small chunks,
// which suits pages opened now and then; the popup opens on every toolbar click, and each
// module file costs an extension page a request through the browser: about 30 ms of the
// popup's opening here (docs/performance.md). After the main build, this bundles the popup's
// entry alone, with all it imports, and points the popup's page at that one file. The
// stylesheets stay as the main build made them.

import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

const POPUP_ENTRY = 'src/popup/main.tsx';
const POPUP_PAGE = 'src/popup/index.html';

const MODULE_SCRIPT = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="[^"]+">/g;

export function bundlePopupAlone(): Plugin {
  let config: ResolvedConfig | undefined;

  return {
    name: 'bundle-popup-alone',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      if (!config) throw new Error('bundle-popup-alone: the build configuration never arrived');

      const outDir = path.resolve(config.root, config.build.outDir);
      const pagePath = path.join(outDir, POPUP_PAGE);
      const page = await readFile(pagePath, 'utf8');

      const code = await bundleEntry(config);
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
      const bundled = `assets/popup-${hash}.js`;
      await writeFile(path.join(outDir, bundled), code);

      const { page: onePage, splitEntry } = pointPageAt(page, bundled);
      await writeFile(pagePath, onePage);

      // The split entry served the popup only; shared chunks stay for the other pages.
      if (!(await isNamedElsewhere(outDir, path.basename(splitEntry)))) {
        await rm(path.join(outDir, splitEntry));
      }
    },
  };
}

/**
 * The popup's page loading `bundled` instead of the main build's split entry and its preloads,
 * and the entry it loaded. Anything but one module script means the main build changed what
 * it writes, which this refuses rather than guess.
 */
export function pointPageAt(page: string, bundled: string): { page: string; splitEntry: string } {
  const scripts = [...page.matchAll(MODULE_SCRIPT)];
  const [tag, splitEntry] = scripts[0] ?? [];
  if (scripts.length !== 1 || !tag || !splitEntry) {
    throw new Error(`${POPUP_PAGE}: expected one module script, found ${scripts.length}`);
  }

  const onePage = page
    .replace(MODULE_PRELOAD, '')
    .replace(tag, `<script type="module" src="/${bundled}"></script>`);
  return { page: onePage, splitEntry };
}

/** The popup's entry and everything it imports, as one minified ES module. */
async function bundleEntry(config: ResolvedConfig): Promise<string> {
  const result = await build({
    configFile: false,
    root: config.root,
    logLevel: 'warn',
    define: config.define ?? {},
    build: {
      write: false,
      target: config.build.target,
      modulePreload: false,
      lib: { entry: POPUP_ENTRY, formats: ['es'] },
      // Library builds leave ES output unminified unless the bundler itself is asked to.
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });

  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((file) => file.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]) {
    throw new Error(`${POPUP_ENTRY}: expected one bundled file, got ${chunks.length}`);
  }
  return chunks[0].code;
}

// The extension's own pages, scripts and manifest; the SDK's folder names none of them.
async function isNamedElsewhere(outDir: string, fileName: string): Promise<boolean> {
  const folders = [outDir, path.join(outDir, 'assets'), path.join(outDir, 'src')];

  for (const folder of folders) {
    const recursive = folder !== outDir;
    for (const entry of await readdir(folder, { recursive, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(html|js|json)$/.test(entry.name)) continue;
      if (entry.name === fileName) continue;

      const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
      if (text.includes(fileName)) return true;
    }
  }
  return false;
}
