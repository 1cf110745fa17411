import type { Failure } from '../protocol.ts';
import { failureMessage } from './failure-message.ts';

/** A failure in words, with the backend's or Zoom's own details below it, verbatim. */
export function FailureNotice({ failure }: { failure: Failure }) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{failureMessage(failure)}</p>
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
