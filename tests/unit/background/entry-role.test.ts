import { describe, expect, it } from 'vitest';

import { entryRole } from '../../../src/background/entry-role.ts';

const MEETING = { meetingNumber: '85012345678', kind: 'meeting' } as const;
const START = { meetingNumber: '85012345678', kind: 'start' } as const;

describe('entryRole', () => {
  it('takes the role chosen outright ("Start as host")', () => {
    expect(entryRole(MEETING, 1, 0)).toBe(1);
    expect(entryRole(START, 0, 1)).toBe(0);
  });

  it('starts as host from a start link', () => {
    expect(entryRole(START, undefined, 0)).toBe(1);
  });

  it("otherwise uses the person's default role", () => {
    expect(entryRole(MEETING, undefined, 0)).toBe(0);
    expect(entryRole(MEETING, undefined, 1)).toBe(1);
  });
});
