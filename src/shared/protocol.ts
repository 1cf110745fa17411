// Every message between the extension's pages and its service worker.
//
// Pages send requests; only the service worker answers. A reply is always a
// tagged result: errors never cross contexts as thrown exceptions, and the UI
// switches on `error.code`.

import type { MeetingRole } from './backend-contract.ts';
import type { ConnectionReport } from './connection-report.ts';
import type { FailureCode, FailureHint } from './failure.ts';

/** What a person asked for: everything needed to join, except the secrets. */
export interface JoinRequest {
  meetingNumber: string;
  passcode: string;
  userName: string;
  role: MeetingRole;
}

/** A join request plus what the backend gave for it; lives only in memory and session storage. */
export interface PreparedJoin extends JoinRequest {
  signature: string;
  sdkKey?: string;
}

export interface Protocol {
  /** Popup (or the join page's edit form) → worker: record the join and start signing. */
  requestJoin: {
    request: JoinRequest & { openTab: boolean };
    response: { joinId: string };
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
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  request: RequestOf<N>;
}

const MAX_TEXT = 200;

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
    (value.role === 0 || value.role === 1)
  );
}

function isJoinId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f-]{36}$/.test(value);
}

const REQUEST_GUARDS: { [N in MessageName]: (request: Record<string, unknown>) => boolean } = {
  requestJoin: (request) => isJoinRequest(request) && typeof request.openTab === 'boolean',
  getPreparedJoin: (request) => isJoinId(request.joinId),
  getJoinRequest: (request) => isJoinId(request.joinId),
  testConnection: (request) => isShortText(request.backendUrl, 2048),
};

/** True when `value` is a message this protocol declares, with a well-formed request. */
export function isEnvelope(value: unknown): value is Envelope {
  if (!isObject(value) || typeof value.name !== 'string' || !isObject(value.request)) {
    return false;
  }

  if (!Object.hasOwn(REQUEST_GUARDS, value.name)) return false;

  return REQUEST_GUARDS[value.name as MessageName](value.request); // hasOwn checked the name.
}
