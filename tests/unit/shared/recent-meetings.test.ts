import { describe, expect, it } from 'vitest';

import {
  addRecentMeeting,
  formatMeetingNumber,
  MAX_RECENT_MEETINGS,
  parseRecentMeetings,
  removeRecentMeeting,
  withoutPasscodes,
  type RecentMeeting,
} from '../../../src/shared/recent-meetings.ts';

const KEEP = { keepPasscode: true };

function entry(meetingNumber: string, joinedAt: number, extra: Partial<RecentMeeting> = {}) {
  return { meetingNumber, role: 0, joinedAt, ...extra } satisfies RecentMeeting;
}

describe('addRecentMeeting', () => {
  it('puts the newest meeting first', () => {
    const list = addRecentMeeting([entry('111111111', 1)], entry('222222222', 2), KEEP);

    expect(list.map((item) => item.meetingNumber)).toEqual(['222222222', '111111111']);
  });

  it('keeps one entry per meeting, moved to the top when joined again', () => {
    const list = [entry('111111111', 2), entry('222222222', 1)];

    const again = addRecentMeeting(list, entry('222222222', 3), KEEP);

    expect(again).toEqual([entry('222222222', 3), entry('111111111', 2)]);
  });

  it('keeps the earlier topic when the meeting is joined again by its number alone', () => {
    const list = [entry('111111111', 1, { topic: 'Weekly sync' })];

    const again = addRecentMeeting(list, entry('111111111', 2), KEEP);

    expect(again).toEqual([entry('111111111', 2, { topic: 'Weekly sync' })]);
  });

  it('takes a new topic over the earlier one', () => {
    const list = [entry('111111111', 1, { topic: 'Old' })];

    const again = addRecentMeeting(list, entry('111111111', 2, { topic: 'New' }), KEEP);

    expect(again[0]?.topic).toBe('New');
  });

  it('keeps the passcode only when allowed', () => {
    const withCode = entry('111111111', 1, { passcode: 'abc123' });

    expect(addRecentMeeting([], withCode, KEEP)[0]?.passcode).toBe('abc123');
    expect(addRecentMeeting([], withCode, { keepPasscode: false })[0]).toEqual(
      entry('111111111', 1),
    );
  });

  it(`keeps the last ${MAX_RECENT_MEETINGS} meetings`, () => {
    let list: RecentMeeting[] = [];
    for (let index = 0; index < 12; index += 1) {
      list = addRecentMeeting(list, entry(String(100_000_000 + index), index), KEEP);
    }

    expect(list).toHaveLength(MAX_RECENT_MEETINGS);
    expect(list[0]?.meetingNumber).toBe('100000011');
    expect(list.at(-1)?.meetingNumber).toBe('100000002');
  });
});

describe('removeRecentMeeting and withoutPasscodes', () => {
  it('forgets exactly the meeting named', () => {
    const list = [entry('111111111', 2), entry('222222222', 1)];

    expect(removeRecentMeeting(list, '111111111')).toEqual([entry('222222222', 1)]);
  });

  it('leaves every passcode out and keeps the rest', () => {
    const list = [entry('111111111', 2, { passcode: 'x', topic: 'T' }), entry('222222222', 1)];

    expect(withoutPasscodes(list)).toEqual([
      entry('111111111', 2, { topic: 'T' }),
      entry('222222222', 1),
    ]);
  });
});

describe('parseRecentMeetings', () => {
  it('reads a stored list back', () => {
    const list = [entry('111111111', 2, { passcode: 'x', topic: 'T' }), entry('22222222222', 1)];

    expect(parseRecentMeetings(JSON.parse(JSON.stringify(list)))).toEqual(list);
  });

  it('drops damaged entries and fields instead of trusting them', () => {
    const stored = [
      entry('111111111', 1),
      { meetingNumber: '12', role: 0, joinedAt: 1 },
      { meetingNumber: '333333333', role: 2, joinedAt: 1 },
      { meetingNumber: '444444444', role: 1, joinedAt: 'yesterday' },
      { meetingNumber: '555555555', role: 1, joinedAt: 5, passcode: 42, topic: 'x'.repeat(500) },
      null,
      'text',
    ];

    expect(parseRecentMeetings(stored)).toEqual([
      entry('111111111', 1),
      { meetingNumber: '555555555', role: 1, joinedAt: 5 },
    ]);
  });

  it('reads anything that is not a list as no meetings', () => {
    expect(parseRecentMeetings(undefined)).toEqual([]);
    expect(parseRecentMeetings({ 0: entry('111111111', 1) })).toEqual([]);
  });
});

describe('formatMeetingNumber', () => {
  it.each([
    ['85012345678', '850 1234 5678'],
    ['1234567890', '123 456 7890'],
    ['123456789', '123 456 789'],
  ])('writes %s as Zoom does: %s', (digits, written) => {
    expect(formatMeetingNumber(digits)).toBe(written);
  });
});
