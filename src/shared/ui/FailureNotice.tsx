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
          {failure.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
