import { useState } from 'preact/hooks';

import { cleanDisplayName } from '../shared/clean-display-name.ts';
import type { MeetingRole } from '../shared/backend-contract.ts';
import { t } from '../shared/i18n.ts';
import { saveSettings, type Settings } from '../shared/settings.ts';
import { submitOnEnter } from '../shared/ui/submit-on-enter.ts';

const MAX_NAME_LENGTH = 64;

/** The name and role the popup starts with. */
export function DefaultsSection({ saved }: { saved: Settings }) {
  const [userName, setUserName] = useState(saved.userName);
  const [role, setRole] = useState<MeetingRole>(saved.defaultRole);
  const [done, setDone] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    // The field shows what was kept: a pasted line break or invisible character is gone.
    const cleaned = cleanDisplayName(userName);
    setUserName(cleaned);
    await saveSettings({ userName: cleaned, defaultRole: role });
    setDone(true);
  };

  return (
    <section aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">{t('options_defaults_heading')}</h2>
      <form onSubmit={(event) => void save(event)}>
        <label for="default-name">{t('options_name_label')}</label>
        <input
          id="default-name"
          type="text"
          autoComplete="name"
          maxLength={MAX_NAME_LENGTH}
          value={userName}
          onInput={(event) => {
            setUserName(event.currentTarget.value);
            setDone(false);
          }}
        />
        <label for="default-role">{t('options_role_label')}</label>
        <select
          id="default-role"
          value={String(role)}
          onChange={(event) => {
            setRole(event.currentTarget.value === '1' ? 1 : 0);
            setDone(false);
          }}
          onKeyDown={submitOnEnter}
        >
          <option value="0">{t('popup_role_attendee')}</option>
          <option value="1">{t('popup_role_host')}</option>
        </select>
        <div class="actions">
          <button type="submit">{t('options_save_button')}</button>
        </div>
      </form>
      <p aria-live="polite" class="hint">
        {done ? t('options_saved_defaults') : ''}
      </p>
    </section>
  );
}
