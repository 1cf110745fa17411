import { t } from '../shared/i18n.ts';
import type { OpenIn } from '../shared/settings.ts';
import { submitOnEnter } from '../shared/ui/submit-on-enter.ts';

interface Props {
  value: OpenIn;
  onChange: (value: OpenIn) => void;
}

/** "Open in: tab / side panel", shown only where the browser has a side panel. */
export function OpenInChoice({ value, onChange }: Props) {
  const option = (choice: OpenIn, label: string) => (
    <label class="open-in-option">
      <input
        type="radio"
        name="open-in"
        value={choice}
        checked={value === choice}
        onChange={() => onChange(choice)}
        onKeyDown={submitOnEnter}
      />
      {label}
    </label>
  );

  return (
    <fieldset class="open-in">
      <legend>{t('popup_open_in_label')}</legend>
      {option('tab', t('popup_open_in_tab'))}
      {option('side-panel', t('popup_open_in_side_panel'))}
    </fieldset>
  );
}
