// The `zm` keyword in the address bar: `zm 850 1234 5678` or `zm <pasted link>`, Enter joins.
// Suggestions come from the recent meetings.

import browser, { type Omnibox } from 'webextension-polyfill';

import { formatWhen } from '../shared/format-when.ts';
import { t } from '../shared/i18n.ts';
import { parseMeetingInput } from '../shared/parse-meeting-input.ts';
import { formatMeetingNumber, type RecentMeeting } from '../shared/recent-meetings.ts';
import { joinFromEntry, type EntryHints } from './join-from-entry.ts';
import { openEntryOutcome, type TabPlacement } from './open-entry-outcome.ts';
import { escapeOmniboxText, matchRecentMeetings } from './omnibox-suggestions.ts';
import { loadRecentMeetings } from './recent-meeting-store.ts';

const PLACEMENTS: Record<Omnibox.OnInputEnteredDisposition, TabPlacement> = {
  currentTab: 'current-tab',
  newForegroundTab: 'new-tab',
  newBackgroundTab: 'background-tab',
};

/** Says what Enter will do with `text`, and offers the recent meetings that fit it. */
export async function suggestMeetings(
  text: string,
  suggest: (suggestions: Omnibox.SuggestResult[]) => void,
): Promise<void> {
  const parsed = parseMeetingInput(text);
  const enterDoes = parsed.ok
    ? t('omnibox_join', formatMeetingNumber(parsed.meeting.meetingNumber))
    : t('omnibox_hint');
  browser.omnibox.setDefaultSuggestion({ description: escapeOmniboxText(enterDoes) });

  const now = Date.now();
  const language = browser.i18n.getUILanguage();
  const recent = matchRecentMeetings(text, await loadRecentMeetings());

  suggest(
    recent.map((meeting) => ({
      // The content is what the address bar shows and hands back on Enter: never the passcode,
      // which is looked up again from the recent list.
      content: meeting.meetingNumber,
      description: describe(meeting, now, language),
    })),
  );
}

function describe(meeting: RecentMeeting, now: number, language: string): string {
  const number = escapeOmniboxText(formatMeetingNumber(meeting.meetingNumber));
  const when = formatWhen(meeting.joinedAt, now, language);
  const details = meeting.topic ? `${meeting.topic} · ${when}` : when;

  return `<match>${number}</match> <dim>${escapeOmniboxText(details)}</dim>`;
}

/** Joins what was typed, with the passcode and topic remembered for that meeting if any. */
export async function joinFromOmnibox(
  text: string,
  disposition: Omnibox.OnInputEnteredDisposition,
): Promise<void> {
  const parsed = parseMeetingInput(text);
  const number = parsed.ok ? parsed.meeting.meetingNumber : undefined;
  const recent = (await loadRecentMeetings()).find((item) => item.meetingNumber === number);

  const outcome = await joinFromEntry(text, recent ? hintsFrom(recent) : {});
  await openEntryOutcome(outcome, PLACEMENTS[disposition]);
}

function hintsFrom(recent: RecentMeeting): EntryHints {
  return {
    role: recent.role,
    ...(recent.passcode ? { passcode: recent.passcode } : {}),
    ...(recent.topic ? { topic: recent.topic } : {}),
  };
}
