import { t } from '../i18n.ts';
import type { Failure } from '../protocol.ts';
import { ClaimProblemList } from './ClaimProblemList.tsx';
import { failureHint, failureMessage } from './failure-message.ts';

/** A failure in words, with the backend's or Zoom's own details below it, verbatim. */
export function FailureNotice({ failure, id }: { failure: Failure; id?: string }) {
  return (
    <div id={id} class="notice notice-error" role="alert">
      <p>{failureMessage(failure)}</p>
      {failure.hint && <p>{failureHint(failure)}</p>}
      {failure.problems && <ClaimProblemList problems={failure.problems} />}
      {failure.status !== undefined && (
        <p class="support">{t('error_http_status', String(failure.status))}</p>
      )}
      {failure.details && failure.details.length > 0 && (
        <ul class="details">
          {failure.details.map(shownDetail).map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

// Details are other programs' words (a backend's reasons, Zoom's): shown as text, never as
// markup, but an override character could still make them read backwards, and a backend
// could send pages of them.
const MAX_DETAIL_CHARS = 300;
const HIDDEN_OR_REORDERING = /[\p{Cc}\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]+/gu;

function shownDetail(detail: string): string {
  const plain = detail.replace(HIDDEN_OR_REORDERING, ' ').trim();
  return plain.length > MAX_DETAIL_CHARS ? `${plain.slice(0, MAX_DETAIL_CHARS)}…` : plain;
}
