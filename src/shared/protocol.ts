// Every message between the extension's pages and its service worker.
//
// Pages send requests; only the service worker answers. A reply is always a
// tagged result: errors never cross contexts as thrown exceptions, and the UI
// switches on `error.code`.

import type { MeetingRole } from './backend-contract.ts';
import type { ClaimProblem } from './check-signature-reply.ts';
import type { ConnectionReport } from './connection-report.ts';
import type { FailureCode, FailureHint } from './failure.ts';
import type { ZoomUserSummary } from './host-contract.ts';
import type { RecentMeeting } from './recent-meetings.ts';
import { isRegistrantToken } from './registrant-token.ts';

/** What a person asked for: everything needed to join, except the secrets. */
export interface JoinRequest {
  meetingNumber: string;
  passcode: string;
  userName: string;
  role: MeetingRole;
  /** The invitation's topic, when the meeting was read from one; shown in recent meetings. */
  topic?: string;
  /**
   * The `tk` of a registration link (see registrant-token.ts). A credential: it stays in memory
   * and session storage with this join, never in recent meetings, a URL or a log line.
   */
  registrantToken?: string;
}

/** A join the worker could not finish alone (no name yet, or a problem): the form's content. */
export interface JoinDraft {
  /** The meeting as given: digits when they could be read, else the text itself. */
  meeting: string;
  passcode: string;
  userName: string;
  role: MeetingRole;
  topic?: string;
  /** The link's registrant token, carried to the join the form starts. */
  registrantToken?: string;
  /** Why the join did not start; shown above the form. */
  failure?: Failure;
}

/** Where a join from a link, menu or keyword went: to the join page, or to a form to finish. */
export type EntryOutcome = { kind: 'join'; joinId: string } | { kind: 'draft'; draftId: string };

/** A join request plus what the backend gave for it; lives only in memory and session storage. */
export interface PreparedJoin extends JoinRequest {
  signature: string;
  sdkKey?: string;
  /** The signed-in person's or host's ZAK, fetched right before this join. */
  zak?: string;
}

/** Who is signed in with Zoom here, and whether a host access token is saved; nothing secret. */
export interface ZoomAccount {
  user?: ZoomUserSummary;
  /** The last sign-in expired or was revoked; the person should sign in again. */
  expired: boolean;
  hasHostAccessToken: boolean;
}

export interface Protocol {
  /**
   * Popup (or the join page's edit form) → worker: record the join and start signing. With
   * `panelWindowId` (and `openTab` false) the join waits for that window's side panel, which
   * the popup opened in the person's click, to take it with `takePanelJoin`.
   */
  requestJoin: {
    request: JoinRequest & { openTab: boolean; panelWindowId?: number };
    response: { joinId: string };
  };
  /** Side panel → worker: the join waiting for this window's panel, if any; handed over once. */
  takePanelJoin: {
    request: { windowId: number };
    response: { joinId?: string };
  };
  /** Join page → worker: the signed join for this one-time id; a fresh signature if used. */
  getPreparedJoin: {
    request: { joinId: string };
    response: PreparedJoin;
  };
  /** Join page → worker: what was asked for under this id, to show or edit it again. */
  getJoinRequest: {
    request: { joinId: string };
    response: JoinRequest;
  };
  /** Options → worker: ask the backend for a sample signature and report what came back. */
  testConnection: {
    request: { backendUrl: string };
    response: ConnectionReport;
  };
  /** Options or popup → worker: who is signed in with Zoom. */
  getZoomAccount: {
    request: Record<string, never>;
    response: ZoomAccount;
  };
  /** Options → worker: run Sign in with Zoom (Zoom's page in a window of its own). */
  signInWithZoom: {
    request: Record<string, never>;
    response: ZoomAccount;
  };
  /** Options → worker: forget the Zoom sign-in. */
  signOutOfZoom: {
    request: Record<string, never>;
    response: ZoomAccount;
  };
  /** Options → worker: check the host access token with the backend and keep it; "" forgets. */
  saveHostAccessToken: {
    request: { token: string };
    response: ZoomAccount;
  };
  /** Link page → worker: a Zoom link the browser redirected here; join it or leave a form. */
  openMeetingLink: {
    request: { link: string };
    response: EntryOutcome;
  };
  /** Form page → worker: what a join left for the person to finish. */
  getJoinDraft: {
    request: { draftId: string };
    response: JoinDraft;
  };
  /** Popup → worker: the meetings joined lately, newest first. */
  listRecentMeetings: {
    request: Record<string, never>;
    response: RecentMeeting[];
  };
  /** Popup → worker: forget one recent meeting; answers with the list left. */
  forgetRecentMeeting: {
    request: { meetingNumber: string };
    response: RecentMeeting[];
  };
  /** Popup → worker: forget every recent meeting. */
  forgetAllRecentMeetings: {
    request: Record<string, never>;
    response: RecentMeeting[];
  };
}

export type MessageName = keyof Protocol;

export type RequestOf<N extends MessageName> = Protocol[N]['request'];

export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

export interface Failure {
  code: FailureCode;
  /** More about what went wrong, shown as a translated sentence under the message. */
  hint?: FailureHint;
  /** Text from elsewhere shown as it is, e.g. the backend's own reasons. */
  details?: string[];
  /** Numbers for support, e.g. an HTTP status. */
  status?: number;
  /** What is wrong in the backend's signature, one sentence each. */
  problems?: ClaimProblem[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  request: RequestOf<N>;
}

const MAX_TEXT = 200;
// Zoom links with a long pwd token and tracking parameters stay well under this.
const MAX_LINK = 4096;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isShortText(value: unknown, max = MAX_TEXT): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isJoinRequest(value: Record<string, unknown>): boolean {
  return (
    typeof value.meetingNumber === 'string' &&
    /^\d{9,11}$/.test(value.meetingNumber) &&
    isShortText(value.passcode) &&
    isShortText(value.userName) &&
    value.userName.trim() !== '' &&
    (value.role === 0 || value.role === 1) &&
    (value.topic === undefined || isShortText(value.topic)) &&
    (value.registrantToken === undefined || isRegistrantToken(value.registrantToken))
  );
}

function isWindowId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isJoinId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f-]{36}$/.test(value);
}

const REQUEST_GUARDS: { [N in MessageName]: (request: Record<string, unknown>) => boolean } = {
  requestJoin: (request) =>
    isJoinRequest(request) &&
    typeof request.openTab === 'boolean' &&
    (request.panelWindowId === undefined ||
      (isWindowId(request.panelWindowId) && !request.openTab)),
  takePanelJoin: (request) => isWindowId(request.windowId),
  getPreparedJoin: (request) => isJoinId(request.joinId),
  getJoinRequest: (request) => isJoinId(request.joinId),
  testConnection: (request) => isShortText(request.backendUrl, 2048),
  getZoomAccount: () => true,
  signInWithZoom: () => true,
  signOutOfZoom: () => true,
  saveHostAccessToken: (request) => isShortText(request.token, 512),
  openMeetingLink: (request) => isShortText(request.link, MAX_LINK),
  getJoinDraft: (request) => isJoinId(request.draftId),
  listRecentMeetings: () => true,
  forgetRecentMeeting: (request) =>
    typeof request.meetingNumber === 'string' && /^\d{9,11}$/.test(request.meetingNumber),
  forgetAllRecentMeetings: () => true,
};

const JOIN_REQUEST_KEYS = [
  'meetingNumber',
  'passcode',
  'userName',
  'role',
  'topic',
  'registrantToken',
];

// Every key a request may carry. Anything else is refused rather than passed along: a stray
// `zak` or `signature` must never ride a request into the join record.
const REQUEST_KEYS: { [N in MessageName]: readonly string[] } = {
  requestJoin: [...JOIN_REQUEST_KEYS, 'openTab', 'panelWindowId'],
  takePanelJoin: ['windowId'],
  getPreparedJoin: ['joinId'],
  getJoinRequest: ['joinId'],
  testConnection: ['backendUrl'],
  getZoomAccount: [],
  signInWithZoom: [],
  signOutOfZoom: [],
  saveHostAccessToken: ['token'],
  openMeetingLink: ['link'],
  getJoinDraft: ['draftId'],
  listRecentMeetings: [],
  forgetRecentMeeting: ['meetingNumber'],
  forgetAllRecentMeetings: [],
};

/** True when `value` is a message this protocol declares, with a well-formed request. */
export function isEnvelope(value: unknown): value is Envelope {
  if (!isObject(value) || typeof value.name !== 'string' || !isObject(value.request)) {
    return false;
  }

  if (!Object.hasOwn(REQUEST_GUARDS, value.name)) return false;

  const name = value.name as MessageName; // hasOwn checked the name.
  const allowed = REQUEST_KEYS[name];
  if (Object.keys(value.request).some((key) => !allowed.includes(key))) return false;

  return REQUEST_GUARDS[name](value.request);
}
