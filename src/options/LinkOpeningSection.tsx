import { useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import { Switch } from './Switch.tsx';
import { parsePauseSites } from '../shared/pause-sites.ts';
import { saveSettings, type Settings } from '../shared/settings.ts';
import './switches.css';
import { requestMoreZoomHosts } from './zoom-host-access.ts';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'rejected'; lines: string[] };

/**
 * Off by default: Zoom meeting links opened anywhere come to this extension. The service worker
 * follows the saved setting with a redirect rule (background/link-redirect.ts).
 */
export function LinkOpeningSection({ saved }: { saved: Settings }) {
  const [enabled, setEnabled] = useState(saved.openZoomLinks);
  const [hostsDenied, setHostsDenied] = useState(false);
  const [sites, setSites] = useState(saved.linkPauseSites.join('\n'));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const toggle = (on: boolean) => {
    // zoom.us is granted by the manifest; the prompt for zoom.com and zoomgov.com must start
    // inside this click, and link opening works on zoom.us whatever the answer.
    if (on) {
      void requestMoreZoomHosts().then((granted) => setHostsDenied(!granted));
    }

    setEnabled(on);
    void saveSettings({ openZoomLinks: on });
  };

  const saveSites = async (event: Event) => {
    event.preventDefault();

    const parsed = parsePauseSites(sites);
    if (parsed.rejected.length > 0) return setStatus({ kind: 'rejected', lines: parsed.rejected });

    await saveSettings({ linkPauseSites: parsed.sites });
    setSites(parsed.sites.join('\n'));
    setStatus({ kind: 'saved' });
  };

  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">{t('options_links_heading')}</h2>

      <Switch
        checked={enabled}
        label={t('options_open_links_label')}
        hint={t('options_open_links_hint')}
        hintId="open-links-hint"
        onChange={toggle}
      />
      {enabled && hostsDenied && (
        <p class="hint" role="status">
          {t('options_zoom_hosts_denied')}
        </p>
      )}

      <form onSubmit={(event) => void saveSites(event)}>
        <label for="pause-sites">{t('options_pause_sites_label')}</label>
        <textarea
          id="pause-sites"
          spellcheck={false}
          value={sites}
          onInput={(event) => {
            setSites(event.currentTarget.value);
            setStatus({ kind: 'idle' });
          }}
        />
        <div class="actions">
          <button type="submit">{t('options_save_button')}</button>
        </div>
      </form>
      <p aria-live="polite" class="hint">
        {status.kind === 'saved' && t('options_pause_sites_saved')}
        {status.kind === 'rejected' && t('options_pause_sites_rejected', status.lines.join(', '))}
      </p>
    </section>
  );
}
