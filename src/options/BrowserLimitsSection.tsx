import { t } from '../shared/i18n.ts';

// Firefox ignores the manifest keys that make extension pages cross-origin isolated (see
// scripts/firefox-manifest.ts), so Zoom's SDK gets no SharedArrayBuffer there: no gallery view,
// no virtual background. Measured on this very page, which has the same manifest keys.
// (Firefox's shortcut settings need no word here: `commands.openShortcutSettings` opens them.)
const isolated = globalThis.crossOriginIsolated;

/** What this browser cannot do that Chrome can, said plainly; nothing where nothing differs. */
export function BrowserLimitsSection() {
  if (isolated) return null;

  return (
    <section aria-labelledby="limits-heading">
      <h2 id="limits-heading">{t('options_limits_heading')}</h2>
      <p>{t('options_limits_gallery')}</p>
    </section>
  );
}
