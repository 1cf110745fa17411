import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';

import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { copyZoomSdk } from './scripts/copy-zoom-sdk.ts';

// Headless Chromium cannot show the prompt of `permissions.request`, and no
// automation API answers it, so the end-to-end build has loopback granted at
// install; `permissions.request` then resolves at once, through the same code.
const E2E = process.env.JOIN_PANEL_BUILD === 'e2e';
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

// The manifest's version follows package.json, so a release bumps one number.
const versionedManifest = {
  ...manifest,
  version: packageJson.version,
  host_permissions: [...manifest.host_permissions, ...(E2E ? LOOPBACK : [])],
};

export default defineConfig({
  build: {
    // JOIN_PANEL_OUT_DIR lets parallel test runs each build into a folder of their own.
    outDir: process.env.JOIN_PANEL_OUT_DIR ?? (E2E ? 'dist-e2e' : 'dist'),
    emptyOutDir: true,
    target: 'chrome116',
    rolldownOptions: {
      // The join page is opened by the service worker, not named in the manifest.
      input: { join: 'src/join/index.html' },
    },
  },
  plugins: [crx({ manifest: versionedManifest }), copyZoomSdk()],
});
