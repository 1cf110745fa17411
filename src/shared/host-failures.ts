// Which failures a host start can end in, and what can still be done about each: Zoom starts
// a meeting only with its host's ZAK, so the way out is a sign-in, joining as attendee, or
// starting the meeting in Zoom's own app.

import type { FailureCode } from './failure.ts';

/** Failures that a Zoom sign-in (again, or as someone else) can fix. */
export const SIGN_IN_FIXES: ReadonlySet<FailureCode> = new Set<FailureCode>([
  'host-sign-in-required',
  'host-not-meeting-host',
  'backend-needs-sign-in',
  'zoom-session-expired',
]);

/** Failures of a host start that joining as attendee, or Zoom's own app, may get around. */
export const HOST_START_FAILURES: ReadonlySet<FailureCode> = new Set<FailureCode>([
  'host-sign-in-required',
  'host-not-meeting-host',
  'host-meeting-other-account',
  'zoom-session-expired',
  'host-token-rejected',
]);

/** Zoom's own page that starts a meeting in its app, e.g. `https://zoom.us/s/85012345678`. */
export function zoomStartPage(meetingNumber: string): string {
  return `https://zoom.us/s/${encodeURIComponent(meetingNumber)}`;
}
