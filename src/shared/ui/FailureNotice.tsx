import type { Failure } from '../protocol.ts';
import { failureHint, failureMessage } from './failure-message.ts';

/** A failure in words, with the backend's or Zoom's own details below it, verbatim. */
export function FailureNotice({ failure, id }: { failure: Failure; id?: string }) {
  return (
    <div id={id} class="notice notice-error" role="alert">
      <p>{failureMessage(failure)}</p>
      {failure.hint && <p>{failureHint(failure)}</p>}
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
