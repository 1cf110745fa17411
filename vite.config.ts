import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';

import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { bundlePopupAlone } from './scripts/bundle-popup.ts';
import { copyZoomSdk } from './scripts/copy-zoom-sdk.ts';
import { toFirefoxManifest } from './scripts/firefox-manifest.ts';

// Headless Chromium cannot show the prompt of `permissions.request`, and no
// automation API answers it, so the end-to-end build has loopback granted at
// install; `permissions.request` then resolves at once, through the same code.
const E2E = process.env.JOIN_PANEL_BUILD === 'e2e';
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];
// JOIN_PANEL_BROWSER=firefox builds the Firefox (AMO) variant from the same manifest.
const FIREFOX = process.env.JOIN_PANEL_BROWSER === 'firefox';

// The manifest's version follows package.json, so a release bumps one number.
const versionedManifest = {
  ...manifest,
  version: packageJson.version,
  host_permissions: [...manifest.host_permissions, ...(E2E ? LOOPBACK : [])],
};

export default defineConfig({
  // Lets the end-to-end build, and only it, read what a test chose (src/shared/test-overrides.ts).
  define: { 'import.meta.env.JOIN_PANEL_E2E': JSON.stringify(E2E) },
  build: {
    // JOIN_PANEL_OUT_DIR lets parallel test runs each build into a folder of their own.
    outDir:
      process.env.JOIN_PANEL_OUT_DIR ?? (E2E ? 'dist-e2e' : FIREFOX ? 'dist-firefox' : 'dist'),
    emptyOutDir: true,
    target: FIREFOX ? 'firefox140' : 'chrome116',
    rolldownOptions: {
      // The join page and the form before it are opened by the service worker (or reached by a
      // redirected link), not named as pages in the manifest; the side panel's page is named only
      // in Chromium's, and the camera page is opened from the panel.
      input: {
        join: 'src/join/index.html',
        form: 'src/join/form.html',
        // Firefox has no `chrome.sidePanel`: its build leaves the side panel's pages out.
        ...(FIREFOX
          ? {}
          : { panel: 'src/join/panel.html', mediaAccess: 'src/join/media-access.html' }),
      },
    },
  },
  plugins: [
    FIREFOX
      ? crx({ manifest: toFirefoxManifest(versionedManifest), browser: 'firefox' })
      : crx({ manifest: versionedManifest }),
    copyZoomSdk({ componentView: !FIREFOX }),
    bundlePopupAlone(),
  ],
});
