import { describe, expect, it } from 'vitest';

import {
  escapeOmniboxText,
  matchRecentMeetings,
  MAX_SUGGESTIONS,
} from '../../../src/background/omnibox-suggestions.ts';
import type { RecentMeeting } from '../../../src/shared/recent-meetings.ts';

const WEEKLY: RecentMeeting = {
  meetingNumber: '85012345678',
  topic: 'Weekly sync',
  role: 0,
  joinedAt: 2,
};
const PERSONAL: RecentMeeting = { meetingNumber: '1234567890', role: 0, joinedAt: 1 };

describe('matchRecentMeetings', () => {
  it('offers every recent meeting while nothing is typed', () => {
    expect(matchRecentMeetings('  ', [WEEKLY, PERSONAL])).toEqual([WEEKLY, PERSONAL]);
  });

  it.each(['850', '850 12', '850-1234', '01234'])('finds a meeting by the digits %s', (typed) => {
    expect(matchRecentMeetings(typed, [WEEKLY, PERSONAL])).toEqual([WEEKLY]);
  });

  it('finds a meeting by words of its topic, in any case', () => {
    expect(matchRecentMeetings('WEEKLY', [WEEKLY, PERSONAL])).toEqual([WEEKLY]);
  });

  it('offers nothing for text that fits no meeting', () => {
    expect(matchRecentMeetings('999', [WEEKLY, PERSONAL])).toEqual([]);
    expect(matchRecentMeetings('standup', [WEEKLY, PERSONAL])).toEqual([]);
  });

  it(`offers at most ${MAX_SUGGESTIONS}`, () => {
    const many = Array.from({ length: 8 }, (_, index) => ({ ...PERSONAL, joinedAt: index }));

    expect(matchRecentMeetings('', many)).toHaveLength(MAX_SUGGESTIONS);
  });
});

describe('escapeOmniboxText', () => {
  it('escapes what Chrome would read as XML markup', () => {
    expect(escapeOmniboxText(`Q&A <draft> "a" 'b'`)).toBe(
      'Q&amp;A &lt;draft&gt; &quot;a&quot; &apos;b&apos;',
    );
  });
});
