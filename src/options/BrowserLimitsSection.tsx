import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';

// Firefox ignores the manifest keys that make extension pages cross-origin isolated (see
// scripts/firefox-manifest.ts), so Zoom's SDK gets no SharedArrayBuffer there: no gallery view,
// no virtual background. Measured on this very page, which has the same manifest keys.
const isolated = globalThis.crossOriginIsolated;

// Only Firefox has `runtime.getBrowserInfo`; there, an extension cannot open the browser's
// shortcut settings page (chrome://extensions/shortcuts exists in Chromium only).
const firefoxShortcuts = typeof browser.runtime.getBrowserInfo === 'function';

/** What this browser cannot do that Chrome can, said plainly; nothing where nothing differs. */
export function BrowserLimitsSection() {
  if (isolated && !firefoxShortcuts) return null;

  return (
    <section aria-labelledby="limits-heading">
      <h2 id="limits-heading">{t('options_limits_heading')}</h2>
      {!isolated && <p>{t('options_limits_gallery')}</p>}
      {firefoxShortcuts && <p>{t('options_limits_shortcuts')}</p>}
    </section>
  );
}
