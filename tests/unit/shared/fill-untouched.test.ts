import { describe, expect, it } from 'vitest';

import {
  fillUntouched,
  type ArrivedValues,
  type FormField,
} from '../../../src/shared/ui/fill-untouched.ts';
import type { JoinFormValues } from '../../../src/shared/ui/JoinForm.tsx';

const TYPED: JoinFormValues = {
  meeting: '111 222 3333',
  passcode: 'typed',
  userName: 'Typed',
  role: 0,
};
// The tab showed a start link (role host); the stored default role is attendee.
const ARRIVED: ArrivedValues = {
  withMeeting: {
    meeting: 'https://zoom.us/s/85012345678?pwd=abc',
    passcode: 'abc',
    userName: 'Stored',
    role: 1,
    topic: 'Weekly sync',
    registrantToken: 'tok',
  },
  withoutMeeting: { meeting: '', passcode: '', userName: 'Stored', role: 0 },
};

const fill = (edited: FormField[], current = TYPED) =>
  fillUntouched(current, ARRIVED, new Set(edited));

describe('fillUntouched', () => {
  it('takes every arriving value when nothing was touched', () => {
    expect(fill([])).toEqual(ARRIVED.withMeeting);
  });

  it('keeps every touched field as typed', () => {
    expect(fill(['meeting', 'passcode', 'userName', 'role'])).toEqual(TYPED);
  });

  it('keeps a typed meeting with its own passcode and the default role, not the tab’s', () => {
    const withHostPick = { ...TYPED, role: 1 as const };

    expect(fill(['meeting'])).toEqual({ ...TYPED, userName: 'Stored', role: 0 });
    expect(fill(['meeting', 'role'], withHostPick)).toMatchObject({ role: 1 });
  });

  it('takes the arriving meeting but keeps a typed passcode', () => {
    const filled = fill(['passcode']);

    expect(filled.meeting).toBe(ARRIVED.withMeeting.meeting);
    expect(filled.topic).toBe('Weekly sync');
    expect(filled.passcode).toBe('typed');
  });

  it('keeps a picked role and a typed name apart from each other', () => {
    expect(fill(['role'])).toMatchObject({ role: 0, userName: 'Stored' });
    expect(fill(['userName'])).toMatchObject({ role: 1, userName: 'Typed' });
  });
});
