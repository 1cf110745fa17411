import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import { checkBackendUrl } from '../shared/check-backend-url.ts';
import type { ConnectionReport } from '../shared/connection-report.ts';
import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import type { Failure } from '../shared/protocol.ts';
import { saveSettings } from '../shared/settings.ts';
import { FailureNotice } from '../shared/ui/FailureNotice.tsx';
import { ConnectionReportView } from './ConnectionReportView.tsx';

type Status =
  | { kind: 'idle' }
  | { kind: 'saved'; origin: string }
  | { kind: 'denied'; origin: string }
  | { kind: 'testing' }
  | { kind: 'tested'; report: ConnectionReport }
  | { kind: 'failed'; failure: Failure };

/** The backend URL: saved only with the person's permission to reach its origin. */
export function BackendSection({ savedUrl }: { savedUrl: string }) {
  const [url, setUrl] = useState(savedUrl);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const save = async (event: Event) => {
    event.preventDefault();

    const checked = checkBackendUrl(url);
    if (!checked.ok) {
      const failure = { code: 'backend-url-invalid', hint: `url-${checked.reason}` } as const;
      return setStatus({ kind: 'failed', failure });
    }

    // Asked first, inside the click: browsers show the prompt only during a user gesture.
    const granted = await browser.permissions
      .request({ origins: [checked.permissionPattern] })
      .catch(() => false);
    if (!granted) return setStatus({ kind: 'denied', origin: checked.origin });

    await saveSettings({ backendUrl: checked.url });
    setUrl(checked.url);
    setStatus({ kind: 'saved', origin: checked.origin });
  };

  const test = async () => {
    setStatus({ kind: 'testing' });
    const result = await sendMessage('testConnection', { backendUrl: url });
    setStatus(
      result.ok
        ? { kind: 'tested', report: result.value }
        : { kind: 'failed', failure: result.error },
    );
  };

  return (
    <section aria-labelledby="backend-heading">
      <h2 id="backend-heading">{t('options_backend_heading')}</h2>
      <form onSubmit={(event) => void save(event)} noValidate>
        <label for="backend-url">{t('options_backend_label')}</label>
        <input
          id="backend-url"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          placeholder="https://sign.example.com/"
          aria-describedby="backend-hint"
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <p id="backend-hint" class="hint">
          {t('options_backend_hint')}
        </p>
        <div class="actions">
          <button type="submit" class="primary">
            {t('options_save_button')}
          </button>
          <button type="button" onClick={() => void test()} disabled={status.kind === 'testing'}>
            {t('options_test_button')}
          </button>
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
      return null;
    case 'saved':
      return <p class="notice notice-ok">{t('options_saved', status.origin)}</p>;
    case 'denied':
      return <p class="notice notice-error">{t('options_permission_denied', status.origin)}</p>;
    case 'testing':
      return <p class="notice">{t('options_testing')}</p>;
    case 'tested':
      return <ConnectionReportView report={status.report} />;
    case 'failed':
      return <FailureNotice failure={status.failure} />;
  }
}
