// Which recent meetings the omnibox offers for what has been typed after the keyword.

import type { RecentMeeting } from '../shared/recent-meetings.ts';

/** Chrome shows about this many suggestions below the default one. */
export const MAX_SUGGESTIONS = 5;

/**
 * The recent meetings that fit `text`: every one while nothing is typed, else those whose number
 * holds the typed digits (`850 12` finds 85012345678) or whose topic holds the typed words.
 */
export function matchRecentMeetings(text: string, recent: RecentMeeting[]): RecentMeeting[] {
  const typed = text.trim().toLowerCase();
  const digits = typed.replace(/[\s-]/g, '');

  const fits = (meeting: RecentMeeting) =>
    typed === '' ||
    (/^\d+$/.test(digits) && meeting.meetingNumber.includes(digits)) ||
    (meeting.topic?.toLowerCase().includes(typed) ?? false);

  return recent.filter(fits).slice(0, MAX_SUGGESTIONS);
}

/** Text made safe for a suggestion's description, which Chrome reads as XML. */
export function escapeOmniboxText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
