import { useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import type { Failure } from '../shared/protocol.ts';
import { FailureNotice } from '../shared/ui/FailureNotice.tsx';

// The same bound as the join form's passcode field.
const MAX_PASSCODE_LENGTH = 64;

interface Props {
  /** Starts a new join with this passcode; resolves to a failure to show, or nothing. */
  onSubmit: (passcode: string) => Promise<Failure | undefined>;
  onBack: () => void;
}

/** Asks for the passcode again after Zoom refused it, without leaving the page. */
export function PasscodePrompt({ onSubmit, onBack }: Props) {
  const [passcode, setPasscode] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;

    setBusy(true);
    setFailure(undefined);
    const result = await onSubmit(passcode.trim());
    setBusy(false);
    setFailure(result);
  };

  return (
    <form class="passcode-prompt" onSubmit={(event) => void submit(event)} noValidate>
      <label for="retry-passcode">{t('join_passcode_label')}</label>
      <input
        id="retry-passcode"
        name="passcode"
        type="text"
        autoComplete="off"
        spellcheck={false}
        maxLength={MAX_PASSCODE_LENGTH}
        autoFocus
        value={passcode}
        onInput={(event) => setPasscode(event.currentTarget.value)}
      />
      {failure && <FailureNotice failure={failure} />}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
          {t('join_passcode_submit')}
        </button>
        <button type="button" onClick={onBack}>
          {t('join_back')}
        </button>
      </div>
    </form>
  );
}
