import { useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import { saveSettings } from '../shared/settings.ts';
import './switches.css';

/**
 * Whether recent meetings keep their passcodes. Turning it off also removes the stored ones: the
 * service worker follows the saved setting (background/apply-settings-change.ts).
 */
export function RecentMeetingsSection({ saved }: { saved: boolean }) {
  const [remember, setRemember] = useState(saved);

  const toggle = (on: boolean) => {
    setRemember(on);
    void saveSettings({ rememberPasscodes: on });
  };

  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t('options_recent_heading')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={remember}
          aria-describedby="remember-passcodes-hint"
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        {t('options_remember_passcodes_label')}
      </label>
      <p id="remember-passcodes-hint" class="hint">
        {t('options_remember_passcodes_hint')}
      </p>
    </section>
  );
}
