// The recent meetings, in storage.local: it survives a browser restart, stays on this computer
// (passcodes must never sync) and is readable by this extension alone. The worker is its only
// writer, and its writes go through one queue so that two joins cannot drop each other.

import browser from 'webextension-polyfill';

import type { JoinRequest } from '../shared/protocol.ts';
import {
  addRecentMeeting,
  parseRecentMeetings,
  RECENT_MEETINGS_KEY as KEY,
  removeRecentMeeting,
  withoutPasscodes,
  type RecentMeeting,
} from '../shared/recent-meetings.ts';
import { createLogger } from '../shared/logger.ts';
import { loadSettings } from '../shared/settings.ts';

const log = createLogger('background');

let queue: Promise<unknown> = Promise.resolve();

function queueChange<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change, change);
  queue = next.catch(() => undefined);
  return next;
}

/** The recent meetings, newest first. */
export async function loadRecentMeetings(): Promise<RecentMeeting[]> {
  const stored = await browser.storage.local.get(KEY);
  return parseRecentMeetings(stored[KEY]);
}

function changeRecentMeetings(
  change: (list: RecentMeeting[]) => RecentMeeting[],
): Promise<RecentMeeting[]> {
  return queueChange(async () => {
    const list = change(await loadRecentMeetings());
    await browser.storage.local.set({ [KEY]: list });
    return list;
  });
}

// TODO(topic from Zoom): a meeting joined by number has no topic until one is pasted with its
// invitation; the join page could report the topic Zoom gives once joined (the SDK's meeting
// info), which needs a message from src/join that does not exist yet.
/**
 * Puts a join at the top of the list, with its passcode only when the settings allow it.
 * Never fails: a join that could not be remembered is still a join.
 */
export async function rememberMeeting(request: JoinRequest, now: number): Promise<void> {
  try {
    await addToList(request, now);
  } catch (error) {
    log.warn('Could not remember the meeting', error);
  }
}

async function addToList(request: JoinRequest, now: number): Promise<void> {
  const { rememberPasscodes } = await loadSettings();
  const { meetingNumber, passcode, role, topic } = request;
  const entry: RecentMeeting = {
    meetingNumber,
    role,
    joinedAt: now,
    ...(passcode ? { passcode } : {}),
    ...(topic ? { topic } : {}),
  };

  await changeRecentMeetings((list) =>
    addRecentMeeting(list, entry, { keepPasscode: rememberPasscodes }),
  );
}

/** Forgets one meeting; returns the list left. */
export function forgetRecentMeeting(meetingNumber: string): Promise<RecentMeeting[]> {
  return changeRecentMeetings((list) => removeRecentMeeting(list, meetingNumber));
}

/** Forgets every meeting. */
export function forgetAllRecentMeetings(): Promise<RecentMeeting[]> {
  return changeRecentMeetings(() => []);
}

/** Removes every stored passcode, when the person turns keeping them off. */
export async function dropRecentPasscodes(): Promise<void> {
  await changeRecentMeetings(withoutPasscodes);
}
