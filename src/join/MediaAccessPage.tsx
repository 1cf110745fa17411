import { useEffect, useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import { requestMediaAccess } from './media-access.ts';

/** The tab that asks for camera and microphone once, for meetings in the side panel. */
export function MediaAccessPage() {
  const [outcome, setOutcome] = useState<'asking' | 'done' | 'failed'>('asking');

  const ask = () => {
    setOutcome('asking');
    void requestMediaAccess().then((granted) => setOutcome(granted ? 'done' : 'failed'));
  };

  useEffect(() => {
    document.title = t('media_access_title');
    ask();
  }, []);

  return (
    <div class="overlay">
      <div class="panel">
        <h1>{t('media_access_title')}</h1>
        {outcome === 'asking' && <p role="status">{t('media_access_asking')}</p>}
        {outcome === 'done' && <p role="status">{t('media_access_done')}</p>}
        {outcome === 'failed' && (
          <>
            <p role="alert">{t('media_access_failed')}</p>
            <div class="actions">
              <button type="button" class="primary" onClick={ask} autoFocus>
                {t('media_access_try_again')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
