import type { MeetingInputProblem } from '../parse-meeting-input.ts';
import type { Failure } from '../protocol.ts';

/** The failure a person sees for text that does not name a meeting. */
export function meetingInputFailure(reason: MeetingInputProblem): Failure {
  switch (reason) {
    case 'personal-link':
      return { code: 'meeting-personal-link' };
    case 'not-zoom-link':
      return { code: 'meeting-not-zoom-link' };
    case 'zoomgov-link':
      return { code: 'meeting-zoomgov-link' };
    case 'invalid-registrant-token':
      return { code: 'invalid-registrant-token' };
    case 'letters-in-number':
      return { code: 'invalid-meeting', hint: 'meeting-has-letters' };
    case 'empty':
      return { code: 'invalid-meeting', hint: 'meeting-empty' };
    default:
      return { code: 'invalid-meeting' };
  }
}
