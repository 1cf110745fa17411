import { useEffect, useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import { loadSettings, type Settings } from '../shared/settings.ts';
import { BackendSection } from './BackendSection.tsx';
import { BrowserLimitsSection } from './BrowserLimitsSection.tsx';
import { DefaultsSection } from './DefaultsSection.tsx';
import { ZoomAccountSection } from './ZoomAccountSection.tsx';
import { LinkOpeningSection } from './LinkOpeningSection.tsx';
import { RecentMeetingsSection } from './RecentMeetingsSection.tsx';
import { ShortcutSection } from './ShortcutSection.tsx';

/** The options page. */
export function Options() {
  const [settings, setSettings] = useState<Settings>();

  useEffect(() => {
    document.title = t('options_title');
    void loadSettings().then(setSettings);
  }, []);

  if (!settings) return null;

  return (
    <>
      <h1>{t('options_title')}</h1>
      <BackendSection savedUrl={settings.backendUrl} />
      <ZoomAccountSection />
      <DefaultsSection saved={settings} />
      <RecentMeetingsSection saved={settings.rememberPasscodes} />
      <LinkOpeningSection saved={settings} />
      <ShortcutSection />
      <BrowserLimitsSection />
    </>
  );
}
