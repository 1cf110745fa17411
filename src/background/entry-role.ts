import type { MeetingRole } from '../shared/backend-contract.ts';
import type { ParsedMeeting } from '../shared/parse-meeting-input.ts';

/** The role a join takes: the one chosen, host for a start link, else the person's default. */
export function entryRole(
  meeting: ParsedMeeting,
  chosen: MeetingRole | undefined,
  defaultRole: MeetingRole,
): MeetingRole {
  if (chosen !== undefined) return chosen;

  return meeting.kind === 'start' ? 1 : defaultRole;
}
