import type { JoinFormValues } from './JoinForm.tsx';

/** A field of the join form a person can edit. */
export type FormField = 'meeting' | 'passcode' | 'userName' | 'role';

/**
 * Values read after the form was drawn. What they hold beside the meeting depends on the
 * meeting: a start link of the tab makes the role host, which must not follow the person's own
 * typed meeting. So both sets arrive, and the meeting field decides which one fills the rest.
 */
export interface ArrivedValues {
  /** The values with the meeting read from the tab (if any) and what belongs to it. */
  withMeeting: JoinFormValues;
  /** The values for a meeting the person typed: stored name and default role only. */
  withoutMeeting: JoinFormValues;
}

/**
 * The form's values once stored ones arrive: the form is drawn before the popup's reads finish,
 * so whatever the person already typed or picked stays, and only untouched fields are filled.
 * The invitation's topic and registration token belong to the meeting field and follow it.
 */
export function fillUntouched(
  current: JoinFormValues,
  arrived: ArrivedValues,
  edited: ReadonlySet<FormField>,
): JoinFormValues {
  if (edited.has('meeting')) {
    const rest = arrived.withoutMeeting;
    return {
      ...current,
      userName: edited.has('userName') ? current.userName : rest.userName,
      role: edited.has('role') ? current.role : rest.role,
    };
  }

  const source = arrived.withMeeting;
  return {
    meeting: source.meeting,
    topic: source.topic,
    registrantToken: source.registrantToken,
    // A typed passcode wins over the one that came with the tab's meeting.
    passcode: edited.has('passcode') ? current.passcode : source.passcode,
    userName: edited.has('userName') ? current.userName : source.userName,
    role: edited.has('role') ? current.role : source.role,
  };
}
