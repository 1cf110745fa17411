import { t } from '../shared/i18n.ts';
import { hasSidePanel } from '../shared/side-panel.ts';

// Firefox ignores the manifest keys that make extension pages cross-origin isolated (see
// scripts/firefox-manifest.ts), so Zoom's SDK gets no SharedArrayBuffer there: no gallery view,
// no virtual background. Measured on this very page, which has the same manifest keys.
// (Firefox's shortcut settings need no word here: `commands.openShortcutSettings` opens them.)
const isolated = globalThis.crossOriginIsolated;

// Firefox has a sidebar of its own, not Chromium's side panel API: meetings open in a tab.
const sidePanel = hasSidePanel();

/** What this browser cannot do that Chrome can, said plainly; nothing where nothing differs. */
export function BrowserLimitsSection() {
  if (isolated && sidePanel) return null;

  return (
    <section aria-labelledby="limits-heading">
      <h2 id="limits-heading">{t('options_limits_heading')}</h2>
      {!isolated && <p>{t('options_limits_gallery')}</p>}
      {!sidePanel && <p>{t('options_limits_side_panel')}</p>}
      <p>{t('options_limits_rest')}</p>
    </section>
  );
}
