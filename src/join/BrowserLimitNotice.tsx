import { t } from '../shared/i18n.ts';

// Firefox does not make extension pages cross-origin isolated (see scripts/firefox-manifest.ts),
// so Zoom's SDK runs there without SharedArrayBuffer: said while the meeting loads, so that the
// missing gallery view is not taken for a fault of the meeting.
const isolated = globalThis.crossOriginIsolated;

/** One line on what this browser's meetings lack; nothing where nothing is missing. */
export function BrowserLimitNotice() {
  if (isolated) return null;

  return <p class="support">{t('join_no_gallery')}</p>;
}
