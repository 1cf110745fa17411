import { useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import { Switch } from './Switch.tsx';
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
      <Switch
        checked={remember}
        label={t('options_remember_passcodes_label')}
        hint={t('options_remember_passcodes_hint')}
        hintId="remember-passcodes-hint"
        onChange={toggle}
      />
    </section>
  );
}
