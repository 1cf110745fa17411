import { describe, expect, it } from 'vitest';

import { fillUntouched, type FormField } from '../../../src/shared/ui/fill-untouched.ts';
import type { JoinFormValues } from '../../../src/shared/ui/JoinForm.tsx';

const TYPED: JoinFormValues = {
  meeting: '111 222 3333',
  passcode: 'typed',
  userName: 'Typed',
  role: 0,
};
const STORED: JoinFormValues = {
  meeting: 'https://zoom.us/j/85012345678?pwd=abc',
  passcode: 'abc',
  userName: 'Stored',
  role: 1,
  topic: 'Weekly sync',
  registrantToken: 'tok',
};

const fill = (edited: FormField[]) => fillUntouched(TYPED, STORED, new Set(edited));

describe('fillUntouched', () => {
  it('takes every arriving value when nothing was touched', () => {
    expect(fill([])).toEqual(STORED);
  });

  it('keeps every touched field as typed', () => {
    expect(fill(['meeting', 'passcode', 'userName', 'role'])).toEqual({
      ...TYPED,
      topic: undefined,
      registrantToken: undefined,
    });
  });

  it('keeps a typed meeting with its own passcode, not the arriving meeting passcode', () => {
    const filled = fill(['meeting']);

    expect(filled.meeting).toBe(TYPED.meeting);
    expect(filled.passcode).toBe(TYPED.passcode);
    expect(filled.topic).toBeUndefined();
    expect(filled.registrantToken).toBeUndefined();
    expect(filled.userName).toBe('Stored');
  });

  it('takes the arriving meeting but keeps a typed passcode', () => {
    const filled = fill(['passcode']);

    expect(filled.meeting).toBe(STORED.meeting);
    expect(filled.topic).toBe('Weekly sync');
    expect(filled.passcode).toBe('typed');
  });

  it('keeps a picked role and a typed name apart from each other', () => {
    expect(fill(['role'])).toMatchObject({ role: 0, userName: 'Stored' });
    expect(fill(['userName'])).toMatchObject({ role: 1, userName: 'Typed' });
  });
});
