import type { MeetingInputProblem } from '../parse-meeting-input.ts';
import type { Failure } from '../protocol.ts';

/** The failure a person sees for text that does not name a meeting. */
export function meetingInputFailure(reason: MeetingInputProblem): Failure {
  if (reason === 'personal-link') return { code: 'meeting-personal-link' };

  if (reason === 'not-zoom-link') return { code: 'meeting-not-zoom-link' };

  return { code: 'invalid-meeting' };
}
