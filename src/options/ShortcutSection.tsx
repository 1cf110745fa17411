import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';

// Chromium's page for changing extension shortcuts; only the browser itself can change them.
const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** The keyboard shortcut that opens the popup (as set in the browser), and the `zm` keyword. */
export function ShortcutSection() {
  const [keys, setKeys] = useState<string>();

  useEffect(() => {
    void browser.commands.getAll().then((commands) => {
      const popup = commands.find((command) => command.name === '_execute_action');
      setKeys(popup?.shortcut ?? '');
    });
  }, []);

  const openShortcuts = () => {
    // Firefox has a call that opens its own shortcut page, and no chrome:// page to open.
    if ('openShortcutSettings' in browser.commands) void browser.commands.openShortcutSettings();
    else void browser.tabs.create({ url: SHORTCUTS_PAGE });
  };

  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('options_shortcut_heading')}</h2>
      {keys !== undefined && (
        <p>{keys === '' ? t('options_shortcut_none') : t('options_shortcut_current', keys)}</p>
      )}
      <div class="actions">
        <button type="button" onClick={openShortcuts}>
          {t('options_shortcut_change')}
        </button>
      </div>
      <p class="hint">{t('options_omnibox_hint')}</p>
    </section>
  );
}
