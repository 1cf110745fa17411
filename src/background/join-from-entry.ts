// One path for every way in that is not the popup (context menu, omnibox, a redirected link):
// read the meeting with the one parser, join it with the remembered name, or, when the worker
// cannot join on its own, leave a form for the person to finish rather than join blindly.

import type { MeetingRole } from '../shared/backend-contract.ts';
import { parseMeetingInput } from '../shared/parse-meeting-input.ts';
import type { EntryOutcome, JoinDraft } from '../shared/protocol.ts';
import { loadSettings } from '../shared/settings.ts';
import { meetingInputFailure } from '../shared/ui/meeting-input-failure.ts';
import { createDraft } from './draft-store.ts';
import { entryRole } from './entry-role.ts';
import { startJoin } from './prepare-join.ts';

// A selection can be a whole page; the form needs no more than an invitation's worth of it.
const MAX_DRAFT_TEXT = 4096;

/** What the entry point knows besides the text. */
export interface EntryHints {
  /** The role chosen outright ("Start as host"); otherwise it follows the link and settings. */
  role?: MeetingRole;
  /** Details to use when the text lacks them, e.g. from the recent meeting with that number. */
  passcode?: string;
  topic?: string;
  /** Show the form even when the join could start at once. */
  confirmFirst?: boolean;
}

/** Starts the join for `text`, or stores a form for it; says which, for the caller to open. */
export async function joinFromEntry(text: string, hints: EntryHints = {}): Promise<EntryOutcome> {
  const parsed = parseMeetingInput(text);
  const settings = await loadSettings();
  const userName = settings.userName.trim();

  if (!parsed.ok) {
    const role = hints.role ?? settings.defaultRole;
    const failure = meetingInputFailure(parsed.reason);
    const meeting = text.trim().slice(0, MAX_DRAFT_TEXT);
    return draftOutcome({ meeting, passcode: '', userName, role, failure });
  }

  const { meetingNumber, registrantToken } = parsed.meeting;
  const passcode = parsed.meeting.passcode ?? hints.passcode ?? '';
  const topic = parsed.meeting.topic ?? hints.topic;
  const role = entryRole(parsed.meeting, hints.role, settings.defaultRole);
  // The token comes from the link only: a recent meeting (the hints) never holds one.
  const extras = { ...topicOf(topic), ...(registrantToken ? { registrantToken } : {}) };
  const draft: JoinDraft = { meeting: meetingNumber, passcode, userName, role, ...extras };

  if (userName === '' || hints.confirmFirst) return draftOutcome(draft);

  const started = await startJoin({ meetingNumber, passcode, userName, role, ...extras });
  if (!started.ok) return draftOutcome({ ...draft, failure: started.error });

  return { kind: 'join', joinId: started.value };
}

function topicOf(topic: string | undefined): { topic?: string } {
  return topic ? { topic } : {};
}

async function draftOutcome(draft: JoinDraft): Promise<EntryOutcome> {
  const draftId = await createDraft(draft, Date.now());
  return { kind: 'draft', draftId };
}
