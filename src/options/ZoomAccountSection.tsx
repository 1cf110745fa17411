import { useEffect, useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import type { Failure, ZoomAccount } from '../shared/protocol.ts';
import { FailureNotice } from '../shared/ui/FailureNotice.tsx';

type Status =
  | { kind: 'idle' }
  | { kind: 'signing-in' }
  | { kind: 'signed-out' }
  | { kind: 'token-saved' }
  | { kind: 'token-forgotten' }
  | { kind: 'failed'; failure: Failure };

/** Sign in with Zoom, sign out, and the backend's shared host access token. */
export function ZoomAccountSection() {
  const [account, setAccount] = useState<ZoomAccount>();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [token, setToken] = useState('');

  useEffect(() => {
    void sendMessage('getZoomAccount', {}).then((result) => {
      if (result.ok) setAccount(result.value);
    });
  }, []);

  const signIn = async () => {
    setStatus({ kind: 'signing-in' });
    const result = await sendMessage('signInWithZoom', {});
    if (!result.ok) return setStatus({ kind: 'failed', failure: result.error });

    setAccount(result.value);
    setStatus({ kind: 'idle' });
  };

  const signOut = async () => {
    const result = await sendMessage('signOutOfZoom', {});
    if (!result.ok) return setStatus({ kind: 'failed', failure: result.error });

    setAccount(result.value);
    setStatus({ kind: 'signed-out' });
  };

  const saveToken = async (event: Event) => {
    event.preventDefault();

    const result = await sendMessage('saveHostAccessToken', { token });
    if (!result.ok) return setStatus({ kind: 'failed', failure: result.error });

    setAccount(result.value);
    setToken('');
    setStatus({ kind: token.trim() === '' ? 'token-forgotten' : 'token-saved' });
  };

  if (!account) return null;

  return (
    <section aria-labelledby="account-heading" id="zoom-account">
      <h2 id="account-heading">{t('options_account_heading')}</h2>
      <p class="hint">{t('options_account_intro')}</p>

      {account.user ? (
        <div class="actions">
          <p role="status">
            {t('options_signed_in_as', [account.user.displayName, account.user.email])}
          </p>
          <button type="button" onClick={() => void signOut()}>
            {t('options_sign_out_button')}
          </button>
        </div>
      ) : (
        <div class="actions">
          {account.expired ? (
            <FailureNotice failure={{ code: 'zoom-session-expired' }} />
          ) : (
            <p>{t('options_not_signed_in')}</p>
          )}
          <button
            type="button"
            class="primary"
            onClick={() => void signIn()}
            disabled={status.kind === 'signing-in'}
          >
            {status.kind === 'signing-in' ? t('options_signing_in') : t('options_sign_in_button')}
          </button>
        </div>
      )}

      <form onSubmit={(event) => void saveToken(event)} noValidate>
        <label for="host-token">{t('options_host_token_label')}</label>
        <input
          id="host-token"
          type="password"
          autoComplete="off"
          spellcheck={false}
          aria-describedby="host-token-hint"
          value={token}
          onInput={(event) => setToken(event.currentTarget.value)}
        />
        <p id="host-token-hint" class="hint">
          {account.hasHostAccessToken ? t('options_host_token_kept') : t('options_host_token_hint')}
        </p>
        <div class="actions">
          <button type="submit">{t('options_host_token_save')}</button>
        </div>
      </form>

      <div aria-live="polite">
        <StatusNotice status={status} />
      </div>
    </section>
  );
}

function StatusNotice({ status }: { status: Status }) {
  switch (status.kind) {
    case 'idle':
    case 'signing-in':
      return null;
    case 'signed-out':
      return <p class="notice notice-ok">{t('options_signed_out')}</p>;
    case 'token-saved':
      return <p class="notice notice-ok">{t('options_host_token_saved')}</p>;
    case 'token-forgotten':
      return <p class="notice notice-ok">{t('options_host_token_forgotten')}</p>;
    case 'failed':
      return <FailureNotice failure={status.failure} />;
  }
}
