// The meetings a person joined lately, newest first, as the popup and the omnibox offer them
// again. Kept in extension-local storage only: passcodes must never reach synced storage.

import type { MeetingRole } from './backend-contract.ts';

/** One meeting joined lately; `joinedAt` is in milliseconds since 1970. */
export interface RecentMeeting {
  meetingNumber: string;
  passcode?: string;
  topic?: string;
  role: MeetingRole;
  joinedAt: number;
}

/** Where the list lives in storage.local; pages watch it to stay current. */
export const RECENT_MEETINGS_KEY = 'recentMeetings';

/** How many meetings the list keeps. */
export const MAX_RECENT_MEETINGS = 10;

const MAX_TEXT = 200;

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= MAX_TEXT;
}

function readEntry(value: unknown): RecentMeeting | undefined {
  if (typeof value !== 'object' || value === null) return undefined;

  const fields = value as Record<string, unknown>; // Each field is checked below.
  const { meetingNumber, passcode, topic, role, joinedAt } = fields;
  if (typeof meetingNumber !== 'string' || !/^\d{9,11}$/.test(meetingNumber)) return undefined;

  if ((role !== 0 && role !== 1) || typeof joinedAt !== 'number' || !Number.isFinite(joinedAt)) {
    return undefined;
  }

  return {
    meetingNumber,
    role,
    joinedAt,
    ...(isShortText(passcode) ? { passcode } : {}),
    ...(isShortText(topic) ? { topic } : {}),
  };
}

/** The list from whatever storage holds; damaged entries are dropped, never trusted. */
export function parseRecentMeetings(stored: unknown): RecentMeeting[] {
  if (!Array.isArray(stored)) return [];

  return stored
    .map(readEntry)
    .filter((entry) => entry !== undefined)
    .slice(0, MAX_RECENT_MEETINGS);
}

/**
 * The list with `entry` first. An earlier entry for the same meeting gives way, but lends its
 * topic when the new one has none (a meeting joined again from its number keeps its name).
 */
export function addRecentMeeting(
  list: RecentMeeting[],
  entry: RecentMeeting,
  options: { keepPasscode: boolean },
): RecentMeeting[] {
  const earlier = list.find((item) => item.meetingNumber === entry.meetingNumber);
  const topic = entry.topic ?? earlier?.topic;
  const passcode = options.keepPasscode ? entry.passcode : undefined;

  const added: RecentMeeting = {
    meetingNumber: entry.meetingNumber,
    role: entry.role,
    joinedAt: entry.joinedAt,
    ...(passcode ? { passcode } : {}),
    ...(topic ? { topic } : {}),
  };
  const others = list.filter((item) => item.meetingNumber !== entry.meetingNumber);

  return [added, ...others].slice(0, MAX_RECENT_MEETINGS);
}

/** The list without the meeting `meetingNumber`. */
export function removeRecentMeeting(list: RecentMeeting[], meetingNumber: string): RecentMeeting[] {
  return list.filter((item) => item.meetingNumber !== meetingNumber);
}

/** The list with every passcode left out, for when the person turns keeping them off. */
export function withoutPasscodes(list: RecentMeeting[]): RecentMeeting[] {
  return list.map(({ meetingNumber, role, joinedAt, topic }) => ({
    meetingNumber,
    role,
    joinedAt,
    ...(topic ? { topic } : {}),
  }));
}

/** A meeting number grouped the way Zoom writes it: `850 1234 5678`, `123 456 7890`. */
export function formatMeetingNumber(digits: string): string {
  if (digits.length === 11) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;

  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
