import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

import { cleanDisplayName } from '../clean-display-name.ts';
import type { MeetingRole } from '../backend-contract.ts';
import { t } from '../i18n.ts';
import { parseMeetingInput } from '../parse-meeting-input.ts';
import type { Failure, JoinRequest } from '../protocol.ts';
import { FailureNotice } from './FailureNotice.tsx';
import { fillUntouched, type ArrivedValues, type FormField } from './fill-untouched.ts';
import { meetingInputFailure } from './meeting-input-failure.ts';
import { submitOnEnter } from './submit-on-enter.ts';

const MAX_NAME_LENGTH = 64;
const MAX_PASSCODE_LENGTH = 64;

const ERROR_ID = 'join-form-error';

/** The field a failure is about, so that it is marked invalid and points at the message. */
function fieldOf(failure: Failure | undefined): 'meeting' | 'passcode' | 'name' | undefined {
  switch (failure?.code) {
    case 'invalid-meeting':
    case 'meeting-personal-link':
    case 'meeting-not-zoom-link':
    case 'invalid-registrant-token':
      return 'meeting';
    case 'invalid-passcode':
      return 'passcode';
    case 'invalid-name':
      return 'name';
    default:
      return undefined;
  }
}

export interface JoinFormValues {
  meeting: string;
  passcode: string;
  userName: string;
  role: MeetingRole;
  /** The invitation's topic, kept for recent meetings until the meeting field is edited. */
  topic?: string;
  /** A registration link's token, kept (unseen) until the meeting field is edited. */
  registrantToken?: string;
}

interface Props {
  initial: JoinFormValues;
  /**
   * Values read after the form was drawn (the popup's stored settings and the tab's meeting):
   * they fill the fields the person has not touched yet.
   */
  arrived?: ArrivedValues | undefined;
  /** Values are still on their way: a submit waits for them, to join with them. */
  awaitingValues?: boolean;
  /** Called with a checked request; resolves to a failure to show, or nothing when done. */
  onSubmit: (request: JoinRequest) => Promise<Failure | undefined>;
  /** More choices shown after the form's fields and before its Join button (tab order too). */
  children?: ComponentChildren;
}

/** The meeting number when `text` is a link or invitation rather than typed digits. */
function numberReadFromLink(text: string): string | undefined {
  const parsed = parseMeetingInput(text);
  const fromLink = parsed.ok && !/^[\d\s-]+$/.test(text.trim());

  return fromLink ? parsed.meeting.meetingNumber : undefined;
}

/** The values, with the registrant token of the link in the meeting field, if it has one. */
function withLinkToken(values: JoinFormValues): JoinFormValues {
  const parsed = parseMeetingInput(values.meeting);
  const fromLink = parsed.ok ? parsed.meeting.registrantToken : undefined;

  return fromLink ? { ...values, registrantToken: fromLink } : values;
}

/**
 * The join form: meeting, passcode, name and role. Enter in any field submits it. Opened with
 * the meeting filled in (from the tab, a link or a recent meeting), it focuses what is left to
 * do: the name when none is remembered, else the Join button, so that Enter joins.
 */
export function JoinForm({ initial, arrived, awaitingValues, onSubmit, children }: Props) {
  const [values, setValues] = useState(() => withLinkToken(initial));
  const [readFromLink, setReadFromLink] = useState(() => numberReadFromLink(initial.meeting));
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);
  const meetingField = useRef<HTMLInputElement>(null);
  const passcodeField = useRef<HTMLInputElement>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const joinButton = useRef<HTMLButtonElement>(null);
  const edited = useRef(new Set<FormField>());
  const submitOnArrival = useRef(false);
  const invalid = fieldOf(failure);

  // The meeting when there is none yet, else the name when none is given, else Join: Enter joins.
  const focusWhatIsLeft = (form: JoinFormValues) => {
    const empty = (text: string) => text.trim() === '';
    const target = empty(form.meeting)
      ? meetingField
      : empty(form.userName)
        ? nameField
        : joinButton;
    target.current?.focus();
  };

  const update = (changes: Partial<JoinFormValues>) => {
    for (const field of ['meeting', 'passcode', 'userName', 'role'] as const) {
      if (field in changes) edited.current.add(field);
    }
    setValues({ ...values, ...changes });
  };

  useEffect(() => {
    if (!arrived) return;

    const withMeeting = withLinkToken(arrived.withMeeting);
    const filled = fillUntouched(values, { ...arrived, withMeeting }, edited.current);
    setValues(filled);
    setReadFromLink(numberReadFromLink(filled.meeting));

    if (submitOnArrival.current) {
      submitOnArrival.current = false;
      setBusy(false);
      return void submitValues(filled);
    }

    // A meeting filled in from the tab moves the focus on, as a prefilled form has it: unless
    // the person has moved on from the meeting field already.
    const meetingArrived = filled.meeting !== '' && !edited.current.has('meeting');
    if (meetingArrived && document.activeElement === meetingField.current) focusWhatIsLeft(filled);
    // Only a new arrival fills the form; the values typed since must not re-run it.
  }, [arrived]);

  // On every mount, not by `autofocus`: the browser honours that attribute once a page, and
  // the popup mounts a new form for a recent meeting.
  useLayoutEffect(() => focusWhatIsLeft(initial), []);

  const onMeetingInput = (text: string) => {
    const parsed = parseMeetingInput(text);

    setReadFromLink(numberReadFromLink(text));
    update({
      meeting: text,
      topic: parsed.ok ? parsed.meeting.topic : undefined,
      registrantToken: parsed.ok ? parsed.meeting.registrantToken : undefined,
      ...(parsed.ok && parsed.meeting.passcode ? { passcode: parsed.meeting.passcode } : {}),
    });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;

    // Enter pressed in the moment before the stored values are in: the join waits for them
    // rather than going with the blank form's defaults (or asking for a name it has).
    if (awaitingValues) {
      submitOnArrival.current = true;
      return setBusy(true);
    }
    void submitValues(values);
  };

  const submitValues = async (form: JoinFormValues) => {
    const parsed = parseMeetingInput(form.meeting);
    if (!parsed.ok) {
      setFailure(meetingInputFailure(parsed.reason));
      return meetingField.current?.focus();
    }

    const userName = cleanDisplayName(form.userName);
    if (userName === '') {
      setFailure({ code: 'invalid-name' });
      return nameField.current?.focus();
    }

    // A pasted invitation can fill the field past its maxLength, which only limits typing.
    const passcode = form.passcode.trim() || parsed.meeting.passcode || '';
    if (passcode.length > MAX_PASSCODE_LENGTH) {
      setFailure({ code: 'invalid-passcode' });
      return passcodeField.current?.focus();
    }

    setBusy(true);
    setFailure(undefined);
    const topic = parsed.meeting.topic ?? form.topic;
    const registrantToken = parsed.meeting.registrantToken ?? form.registrantToken;
    const result = await onSubmit({
      meetingNumber: parsed.meeting.meetingNumber,
      passcode,
      userName,
      role: form.role,
      ...(topic ? { topic } : {}),
      ...(registrantToken ? { registrantToken } : {}),
    });
    setBusy(false);
    setFailure(result);
  };

  return (
    <form class="join-form" onSubmit={submit} noValidate>
      <label for="meeting">{t('popup_meeting_label')}</label>
      <input
        id="meeting"
        name="meeting"
        type="text"
        autoComplete="off"
        spellcheck={false}
        ref={meetingField}
        aria-invalid={invalid === 'meeting'}
        aria-describedby={invalid === 'meeting' ? `meeting-hint ${ERROR_ID}` : 'meeting-hint'}
        value={values.meeting}
        onInput={(event) => onMeetingInput(event.currentTarget.value)}
      />
      <p id="meeting-hint" class="hint" aria-live="polite">
        {readFromLink ? t('popup_filled_from_link', readFromLink) : t('popup_meeting_hint')}
        {values.registrantToken && ` ${t('popup_registration_from_link')}`}
      </p>

      <label for="passcode">{t('popup_passcode_label')}</label>
      <input
        id="passcode"
        name="passcode"
        type="text"
        autoComplete="off"
        spellcheck={false}
        maxLength={MAX_PASSCODE_LENGTH}
        ref={passcodeField}
        aria-invalid={invalid === 'passcode'}
        {...(invalid === 'passcode' ? { 'aria-describedby': ERROR_ID } : {})}
        value={values.passcode}
        onInput={(event) => update({ passcode: event.currentTarget.value })}
      />

      <label for="user-name">{t('popup_name_label')}</label>
      <input
        id="user-name"
        name="userName"
        type="text"
        autoComplete="name"
        maxLength={MAX_NAME_LENGTH}
        ref={nameField}
        aria-invalid={invalid === 'name'}
        {...(invalid === 'name' ? { 'aria-describedby': ERROR_ID } : {})}
        value={values.userName}
        onInput={(event) => update({ userName: event.currentTarget.value })}
      />

      <label for="role">{t('popup_role_label')}</label>
      <select
        id="role"
        name="role"
        value={String(values.role)}
        onChange={(event) => update({ role: event.currentTarget.value === '1' ? 1 : 0 })}
        onKeyDown={submitOnEnter}
      >
        <option value="0">{t('popup_role_attendee')}</option>
        <option value="1">{t('popup_role_host')}</option>
      </select>

      {children}

      {failure && <FailureNotice failure={failure} id={ERROR_ID} />}

      <button type="submit" class="primary" disabled={busy} aria-busy={busy} ref={joinButton}>
        {busy ? t('popup_joining') : t('popup_join_button')}
      </button>
    </form>
  );
}
