// Checks what a signature backend answered before anything is used, and reads the claims of the
// JWT it signed so that a mistake can be named before Zoom answers only "Signature is invalid"
// (error 3712). Nothing here verifies the signature: the secret stays on the backend.
// Claim rules come from Zoom's auth endpoint sample (github.com/zoom/meetingsdk-auth-endpoint-
// sample) and Zoom's article "Troubleshooting Meeting SDK signature validation".

import type { MeetingRole, SignatureReply } from './backend-contract.ts';
import { MAX_SIGNATURE_SECONDS, MIN_SIGNATURE_SECONDS } from './backend-contract.ts';

/** Why a backend's reply cannot be used. */
export type ReplyProblem =
  | { code: 'reply-too-large'; limitBytes: number }
  | { code: 'http-error'; status: number; reasons: string[] }
  | { code: 'not-json'; contentType: string | null; hint?: 'html-page' | 'empty-body' }
  | { code: 'no-signature' }
  | { code: 'signature-not-string'; actualType: string }
  | { code: 'signature-too-large'; length: number }
  | { code: 'legacy-signature' }
  | { code: 'signature-not-jwt' }
  | { code: 'sdk-key-invalid' };

/** A reply that may be used, or the first thing wrong with it. */
export type ReplyCheck = { ok: true; reply: SignatureReply } | { ok: false; problem: ReplyProblem };

/** A decoded JSON object whose fields are not trusted yet. */
export type JsonObject = { [key: string]: unknown };

/** The two readable parts of a JWT. */
export interface SignatureClaims {
  header: JsonObject;
  payload: JsonObject;
}

export type ClaimsDecoding =
  | { ok: true; claims: SignatureClaims }
  | { ok: false; problem: 'not-three-parts' | 'header-unreadable' | 'payload-unreadable' };

export type ClaimField = 'alg' | 'role' | 'mn' | 'appKey' | 'iat' | 'exp' | 'tokenExp';

export type ClaimProblemCode =
  | 'alg-not-hs256'
  | 'missing'
  | 'not-string'
  | 'role-not-number'
  | 'role-mismatch'
  | 'meeting-number-mismatch'
  | 'not-whole-seconds'
  | 'expired'
  | 'lifetime-out-of-range'
  | 'clock-ahead';

/**
 * One thing wrong in a JWT. `expected` and `actual` are for the details a person can copy into
 * a bug report; for 'clock-ahead', `actual` is how many seconds `iat` is ahead of now.
 */
export interface ClaimProblem {
  code: ClaimProblemCode;
  field: ClaimField;
  expected?: string | number;
  actual?: string | number;
}

/** What the extension asked the backend for, and the time to judge the token against. */
export interface ExpectedClaims {
  meetingNumber: string;
  role: MeetingRole;
  nowSeconds: number;
}

// A reply is `{signature, sdkKey}`: a few hundred bytes. Far more is a wrong URL or a hostile one.
const MAX_REPLY_BYTES = 64 * 1024;

// Zoom's JWTs are well under 1 KiB; the bound keeps a huge string out of storage and logs.
const MAX_SIGNATURE_CHARS = 4096;

// Zoom's `errors[].reason` texts are one sentence; the caps keep a runaway reply out of the UI.
const MAX_REASONS = 5;
const MAX_REASON_CHARS = 300;

// Epoch seconds pass 1e11 in the year 5138; epoch milliseconds passed it in 1973.
const MAX_EPOCH_SECONDS = 1e11;

// Zoom rejects a token whose `iat` is ahead of its clock; allow for ordinary drift.
const MAX_CLOCK_AHEAD_SECONDS = 300;

const EXCERPT_CHARS = 100;

type TimeClaim = { ok: true; seconds: number } | { ok: false; problem: ClaimProblem };

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const BASE64_TEXT = /^(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+)$/;

/**
 * Checks a backend's answer to `POST /`: status, JSON body, signature shape and `sdkKey`.
 *
 * Examples: `(200, 'application/json', '{"signature":"eyJ…","sdkKey":"abc"}')` is ok;
 * `(400, …, '{"errors":[{"property":"role","reason":"…"}]}')` is 'http-error' with the reason.
 */
export function checkSignatureReply(
  status: number,
  contentType: string | null,
  bodyText: string,
): ReplyCheck {
  if (utf8Length(bodyText) > MAX_REPLY_BYTES) {
    return fail({ code: 'reply-too-large', limitBytes: MAX_REPLY_BYTES });
  }

  const body = parseJson(bodyText);

  if (status < 200 || status > 299) {
    return fail({ code: 'http-error', status, reasons: readErrorReasons(body) });
  }

  if (body === undefined) {
    return fail(notJson(contentType, bodyText));
  }

  if (!isJsonObject(body) || body.signature === undefined || body.signature === null) {
    return fail({ code: 'no-signature' });
  }

  return checkFields(body.signature, body.sdkKey);
}

/**
 * Decodes the header and payload of a JWT (base64url JSON) without verifying it.
 *
 * Example: `eyJhbGciOiJIUzI1NiJ9.eyJtbiI6IjEyMyJ9.sig` gives header `{alg: 'HS256'}` and
 * payload `{mn: '123'}`.
 */
export function decodeSignatureClaims(jwt: string): ClaimsDecoding {
  if (!JWT_SHAPE.test(jwt)) {
    return { ok: false, problem: 'not-three-parts' };
  }

  const [headerPart = '', payloadPart = ''] = jwt.split('.');

  const header = parseJson(decodeBase64(headerPart) ?? '');
  if (!isJsonObject(header)) {
    return { ok: false, problem: 'header-unreadable' };
  }

  const payload = parseJson(decodeBase64(payloadPart) ?? '');
  if (!isJsonObject(payload)) {
    return { ok: false, problem: 'payload-unreadable' };
  }

  return { ok: true, claims: { header, payload } };
}

/** Lists what in a decoded JWT would make Zoom refuse it; an empty list means nothing found. */
export function checkSignatureClaims(
  claims: SignatureClaims,
  expected: ExpectedClaims,
): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  const { header, payload } = claims;

  if (header.alg !== 'HS256') {
    problems.push({
      code: 'alg-not-hs256',
      field: 'alg',
      expected: 'HS256',
      ...actual(header.alg),
    });
  }

  problems.push(...checkRole(payload.role, expected.role));
  problems.push(...checkMeetingNumber(payload.mn, expected.meetingNumber));
  problems.push(...checkAppKey(payload.appKey));
  problems.push(...checkTimes(payload, expected.nowSeconds));

  return problems;
}

function fail(problem: ReplyProblem): ReplyCheck {
  return { ok: false, problem };
}

function checkFields(signatureValue: unknown, sdkKey: unknown): ReplyCheck {
  if (typeof signatureValue !== 'string') {
    return fail({ code: 'signature-not-string', actualType: jsonType(signatureValue) });
  }

  // A trailing newline from a hand-written backend is harmless; a JWT holds no whitespace.
  const signature = signatureValue.trim();
  if (signature === '') {
    return fail({ code: 'no-signature' });
  }

  if (signature.length > MAX_SIGNATURE_CHARS) {
    return fail({ code: 'signature-too-large', length: signature.length });
  }

  if (isLegacySignature(signature)) {
    return fail({ code: 'legacy-signature' });
  }

  if (!decodeSignatureClaims(signature).ok) {
    return fail({ code: 'signature-not-jwt' });
  }

  // Older versions of Zoom's sample omit `sdkKey`; when it is there it must be usable.
  if (sdkKey === undefined) {
    return { ok: true, reply: { signature } };
  }

  if (typeof sdkKey !== 'string' || sdkKey.trim() === '') {
    return fail({ code: 'sdk-key-invalid' });
  }

  return { ok: true, reply: { signature, sdkKey } };
}

/**
 * Zoom's signature before JWTs (web SDK 1.x): base64 of "key.meeting.timestamp.role.hash".
 * Backends built on old tutorials still send it, and Zoom answers it with a bare 3712.
 */
function isLegacySignature(signature: string): boolean {
  if (signature.includes('.') || !BASE64_TEXT.test(signature)) {
    return false;
  }

  const decoded = decodeBase64(signature);
  return decoded !== null && decoded.split('.').length === 5;
}

function notJson(contentType: string | null, bodyText: string): ReplyProblem {
  const start = bodyText.trimStart();
  const looksHtml = start.startsWith('<') || /html/i.test(contentType ?? '');

  // A login page, a proxy's error page or the backend's home page: the URL is likely wrong.
  if (looksHtml) {
    return { code: 'not-json', contentType, hint: 'html-page' };
  }

  if (start === '') {
    return { code: 'not-json', contentType, hint: 'empty-body' };
  }

  return { code: 'not-json', contentType };
}

/** The `reason` texts of a Zoom-sample error reply `{errors: [{property, reason}]}`, capped. */
function readErrorReasons(body: unknown): string[] {
  if (!isJsonObject(body) || !Array.isArray(body.errors)) {
    return [];
  }

  const reasons: string[] = [];
  for (const entry of body.errors) {
    if (reasons.length === MAX_REASONS) {
      break;
    }

    if (isJsonObject(entry) && typeof entry.reason === 'string') {
      reasons.push(entry.reason.slice(0, MAX_REASON_CHARS));
    }
  }

  return reasons;
}

function checkRole(role: unknown, expectedRole: MeetingRole): ClaimProblem[] {
  if (role === undefined) {
    return [{ code: 'missing', field: 'role', expected: expectedRole }];
  }

  // Zoom's sample coerces "1" to 1 before signing; a string in the token means a broken backend.
  if (typeof role !== 'number') {
    return [{ code: 'role-not-number', field: 'role', expected: expectedRole, ...actual(role) }];
  }

  if (role !== expectedRole) {
    return [{ code: 'role-mismatch', field: 'role', expected: expectedRole, actual: role }];
  }

  return [];
}

function checkMeetingNumber(mn: unknown, meetingNumber: string): ClaimProblem[] {
  const expected = digitsOnly(meetingNumber);
  if (mn === undefined) {
    return [{ code: 'missing', field: 'mn', expected }];
  }

  // Zoom compares `mn` with the number given to join() (error 3706); "850 1234 5678" in one and
  // "85012345678" in the other is the usual cause.
  const comparable = typeof mn === 'string' || typeof mn === 'number';
  if (!comparable || digitsOnly(String(mn)) !== expected) {
    return [{ code: 'meeting-number-mismatch', field: 'mn', expected, ...actual(mn) }];
  }

  return [];
}

function checkAppKey(appKey: unknown): ClaimProblem[] {
  // Required since web SDK 5.0.0; without it join() fails with "Signature is invalid".
  if (appKey === undefined || appKey === '') {
    return [{ code: 'missing', field: 'appKey' }];
  }

  if (typeof appKey !== 'string') {
    return [{ code: 'not-string', field: 'appKey', ...actual(appKey) }];
  }

  return [];
}

function checkTimes(payload: JsonObject, nowSeconds: number): ClaimProblem[] {
  const iat = readSeconds(payload, 'iat');
  const exp = readSeconds(payload, 'exp');
  const tokenExp = readSeconds(payload, 'tokenExp');
  const problems = [iat, exp, tokenExp].flatMap((time) => (time.ok ? [] : [time.problem]));

  if (exp.ok) {
    problems.push(...checkDeadline('exp', exp.seconds, iat, nowSeconds));
  }

  if (tokenExp.ok) {
    problems.push(...checkDeadline('tokenExp', tokenExp.seconds, iat, nowSeconds));
  }

  // Zoom treats an `iat` in its future as an invalid signature: the backend's clock is ahead.
  const ahead = iat.ok ? iat.seconds - nowSeconds : 0;
  if (ahead > MAX_CLOCK_AHEAD_SECONDS) {
    problems.push({
      code: 'clock-ahead',
      field: 'iat',
      expected: MAX_CLOCK_AHEAD_SECONDS,
      actual: ahead,
    });
  }

  return problems;
}

function checkDeadline(
  field: 'exp' | 'tokenExp',
  seconds: number,
  iat: TimeClaim,
  nowSeconds: number,
): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  if (seconds <= nowSeconds) {
    problems.push({ code: 'expired', field, expected: nowSeconds, actual: seconds });
  }

  const lifetime = iat.ok ? seconds - iat.seconds : null;
  if (lifetime === null) {
    return problems;
  }

  if (lifetime < MIN_SIGNATURE_SECONDS || lifetime > MAX_SIGNATURE_SECONDS) {
    const expected = `${MIN_SIGNATURE_SECONDS}..${MAX_SIGNATURE_SECONDS}`;
    problems.push({ code: 'lifetime-out-of-range', field, expected, actual: lifetime });
  }

  return problems;
}

/** The claim as whole epoch seconds, or why it is not. */
function readSeconds(payload: JsonObject, field: 'iat' | 'exp' | 'tokenExp'): TimeClaim {
  const value = payload[field];
  if (value === undefined) {
    return { ok: false, problem: { code: 'missing', field } };
  }

  const wholeSeconds =
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_EPOCH_SECONDS;
  if (!wholeSeconds) {
    return { ok: false, problem: { code: 'not-whole-seconds', field, ...actual(value) } };
  }

  return { ok: true, seconds: value };
}

/** `{actual}` in a form the UI can print: numbers and strings as they are, the rest as JSON. */
function actual(value: unknown): { actual: string | number } {
  if (typeof value === 'number') {
    return { actual: value };
  }

  if (typeof value === 'string') {
    return { actual: value.slice(0, EXCERPT_CHARS) };
  }

  // JSON.stringify answers undefined for these (its type says string) or throws for bigint;
  // none comes out of JSON.parse, but a missing claim is undefined.
  const unprintable = ['undefined', 'function', 'symbol', 'bigint'];
  if (unprintable.includes(typeof value)) {
    return { actual: typeof value };
  }

  return { actual: JSON.stringify(value).slice(0, EXCERPT_CHARS) };
}

function digitsOnly(text: string): string {
  return text.replace(/[\s-]/g, '');
}

function jsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }

  return Array.isArray(value) ? 'array' : typeof value;
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed JSON, or undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    // JSON.parse says `any`; widening to unknown makes every use go through a check first.
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Base64 or base64url text decoded as UTF-8, or null when it is neither. */
function decodeBase64(text: string): string | null {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard.padEnd(Math.ceil(standard.length / 4) * 4, '=');

  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf8Length(text: string): number {
  // Every UTF-16 unit takes at least one byte, so a long string is over without encoding it.
  if (text.length > MAX_REPLY_BYTES) {
    return text.length;
  }

  return new TextEncoder().encode(text).length;
}
