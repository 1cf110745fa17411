import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import type { JoinRequest } from '../shared/protocol.ts';
import { loadSettings, saveSettings, type Settings } from '../shared/settings.ts';
import { JoinForm } from '../shared/ui/JoinForm.tsx';

/** The toolbar popup: the join form, or where to set up a backend first. */
export function Popup() {
  const [settings, setSettings] = useState<Settings>();

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());

  const join = async (request: JoinRequest) => {
    await saveSettings({ userName: request.userName });

    const result = await sendMessage('requestJoin', { ...request, openTab: true });
    if (!result.ok) return result.error;

    window.close();
    return undefined;
  };

  // Nothing is drawn until settings arrive (a few milliseconds), so nothing jumps.
  if (!settings) return null;

  return (
    <>
      <header class="popup-header">
        <h1>{t('popup_title')}</h1>
        <button type="button" class="link-button" onClick={openOptions}>
          {t('popup_settings_link')}
        </button>
      </header>

      {settings.backendUrl === '' && (
        <div class="notice" role="status">
          <p>{t('popup_no_backend')}</p>
          <button type="button" class="primary" onClick={openOptions}>
            {t('popup_open_options')}
          </button>
        </div>
      )}

      <JoinForm
        initial={{
          meeting: '',
          passcode: '',
          userName: settings.userName,
          role: settings.defaultRole,
        }}
        onSubmit={join}
      />
    </>
  );
}
