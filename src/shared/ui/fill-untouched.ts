import type { JoinFormValues } from './JoinForm.tsx';

/** A field of the join form a person can edit. */
export type FormField = 'meeting' | 'passcode' | 'userName' | 'role';

/**
 * The form's values once stored ones arrive: the form is drawn before the popup's reads finish,
 * so whatever the person already typed or picked stays, and only untouched fields are filled.
 * The invitation's topic and registration token belong to the meeting field and follow it.
 */
export function fillUntouched(
  current: JoinFormValues,
  arrived: JoinFormValues,
  edited: ReadonlySet<FormField>,
): JoinFormValues {
  const meetingTouched = edited.has('meeting');
  const meeting = meetingTouched
    ? { meeting: current.meeting, topic: current.topic, registrantToken: current.registrantToken }
    : { meeting: arrived.meeting, topic: arrived.topic, registrantToken: arrived.registrantToken };

  // A passcode that came with the arriving meeting is that meeting's; a typed one wins.
  const passcode = edited.has('passcode') || meetingTouched ? current.passcode : arrived.passcode;

  return {
    ...meeting,
    passcode,
    userName: edited.has('userName') ? current.userName : arrived.userName,
    role: edited.has('role') ? current.role : arrived.role,
  };
}
