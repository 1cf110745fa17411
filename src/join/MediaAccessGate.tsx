import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import {
  openMediaAccessTab,
  openMediaSettings,
  rememberMediaAccessSkipped,
  wasMediaAccessSkipped,
  watchMediaAccess,
} from './media-access.ts';

interface Props {
  children: ComponentChildren;
}

/**
 * Shows its children (the meeting) once camera and microphone may be used, or once the person
 * chose to join without them; until then says how to allow them. Needed in the side panel only,
 * which cannot show the browser's permission prompt.
 */
export function MediaAccessGate({ children }: Props) {
  const [state, setState] = useState<PermissionState>();
  const [skipped, setSkipped] = useState<boolean>();

  useEffect(() => watchMediaAccess(setState), []);
  useEffect(() => void wasMediaAccessSkipped().then(setSkipped), []);

  const skip = () => {
    setSkipped(true);
    void rememberMediaAccessSkipped();
  };

  if (skipped || state === 'granted') return <>{children}</>;

  // Nothing is drawn for the instant the browser takes to answer, so nothing flickers.
  if (state === undefined || skipped === undefined) return null;

  const denied = state === 'denied';
  return (
    <div class="overlay">
      <div class="panel" role="alertdialog" aria-labelledby="media-heading">
        <h1 id="media-heading">{t('panel_media_heading')}</h1>
        <p>{denied ? t('panel_media_denied') : t('panel_media_prompt')}</p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            autoFocus
            onClick={() => void (denied ? openMediaSettings() : openMediaAccessTab())}
          >
            {denied ? t('panel_media_open_settings') : t('panel_media_allow')}
          </button>
          <button type="button" onClick={skip}>
            {t('panel_media_skip')}
          </button>
        </div>
      </div>
    </div>
  );
}
