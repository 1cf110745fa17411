// Reads a Zoom meeting number, passcode and kind from whatever a person pastes: a bare number,
// a web link, an app deep link or a whole invitation. The link forms are those Zoom hands out
// (as collected by github.com/arkadiyt/zoom-redirector's rules); ID lengths are from Zoom's
// support article KB0065196.

import { isRegistrantToken } from './registrant-token.ts';

/** What the meeting page should do: join a meeting, join a webinar, or start as host. */
export type MeetingKind = 'meeting' | 'webinar' | 'start';

/** A meeting read from the input; `meetingNumber` holds digits only. */
export interface ParsedMeeting {
  meetingNumber: string;
  passcode?: string;
  kind: MeetingKind;
  /** The "Topic:" line of a pasted invitation, when there is one. */
  topic?: string;
  /**
   * The link's `tk`: the registrant token of a personal link to a webinar or meeting that needs
   * registration. A credential: never logged, put in a URL of ours or kept in recent meetings.
   */
  registrantToken?: string;
}

/** Why nothing could be read; the UI maps each code to a translated sentence. */
export type MeetingInputProblem =
  | 'empty'
  | 'not-zoom-link'
  | 'personal-link'
  | 'zoomgov-link'
  | 'no-meeting-number'
  | 'invalid-meeting-number'
  | 'letters-in-number'
  | 'invalid-registrant-token';

/** The meeting, or why none could be read. */
export type MeetingInputResult =
  { ok: true; meeting: ParsedMeeting } | { ok: false; reason: MeetingInputProblem };

// An invitation is a few hundred characters; anything past this is not worth the work.
const MAX_INPUT_CHARS = 20_000;

// Zoom KB0065196: IDs have 10 or 11 digits; meetings scheduled before April 2020 may have 9.
const MIN_DIGITS = 9;
const MAX_DIGITS = 11;

const ZOOM_DOMAINS = ['zoom.us', 'zoom.com', 'zoomgov.com'];

// Web pages and mail clients slip these into copied text; they are never part of an ID or link.
// The bidirectional marks and overrides come with text copied from right-to-left pages; left
// in a topic, an unclosed override would show the text after it reversed.
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

// Invitations group the digits with spaces or dashes (NFKC has already turned no-break and
// thin spaces into plain ones).
const SEPARATORS = ' \\t\\-\u2010\u2011\u2012\u2013';
const DIGITS_ONLY = new RegExp(`^[0-9${SEPARATORS}]+$`);
const NUMBER_LIKE = new RegExp(`^[\\p{L}0-9${SEPARATORS}]+$`, 'u');
const SEPARATOR_RUN = new RegExp(`[${SEPARATORS}]+`);

// "Meeting ID: 850 1234 5678" in Zoom's English, German, Spanish and French invitations. The
// colon is optional (people retype it loosely); French puts a space before it. (The optional
// colon is written so that a long run of spaces cannot make the match quadratic.) A letter right
// after the digits means a mistyped ID, reported rather than cut short.
const MEETING_ID_LABEL = new RegExp(
  '(?<![\\p{L}\\p{N}])' +
    '(?:(meeting|webinar)[ -]?id|id de reuni[oó]n|id de r[eé]union)' +
    `\\s*(?::\\s*)?([0-9](?:[${SEPARATORS}]{0,3}[0-9])*)(\\p{L})?`,
  'iu',
);

// "Passcode: abc123" and its older ("Password") and translated forms. The first one wins:
// later ones in a Zoom invitation are the numeric passcodes for phone dial-in. The passcode
// stands on the label's line: an empty "Passcode:" line must not take the next line's text,
// and the brackets and quotes around it in a sentence are not part of it.
const PASSCODE_LABEL_SOURCE =
  '(?<![\\p{L}\\p{N}])' +
  '(?:passcode|password|passwort|kenncode|c[oó]digo de acceso|contrase[nñ]a|code secret|' +
  'mot de passe)[ \\t]*:[ \\t]*([^\\s<>"\'`()[\\]{}]*)';
const PASSCODE_LABEL = new RegExp(PASSCODE_LABEL_SOURCE, 'iu');
const ALL_PASSCODE_LABELS = new RegExp(PASSCODE_LABEL_SOURCE, 'giu');

// "Topic: Weekly sync" in Zoom's English, German, Spanish and French invitations.
const TOPIC_LABEL = /(?<![\p{L}\p{N}])(?:topic|thema|tema|sujet)[ \t]*:[ \t]*([^\r\n]*)/iu;

// An invitation can arrive on one line (a selection from a web page, a paste into a one-line
// field, which turns line breaks into spaces): the topic then ends where the next part of the
// invitation starts, in the same four languages: "Time:", "Join Zoom Meeting", the link,
// "Meeting ID".
const AFTER_TOPIC = new RegExp(
  '\\s(?:time|uhrzeit|zeit|hora|heure)\\s?:|https?://|(?:meeting|webinar)[ -]?id|' +
    'join zoom meeting|zoom-meeting beitreten|' +
    'unirse a la reuni[oó]n|participer [àa] la r[ée]union',
  'iu',
);
const MAX_TOPIC_CHARS = 120;

// Links end at whitespace or at the brackets and quotes that wrap them in mail and Markdown.
const TOKEN_BREAKS = /[\s<>"'`()[\]{}]+/;

// Sentence punctuation after a link is not part of it; Zoom passcodes never end with it (they
// hold letters, digits and @ * _ -).
const TRAILING_PUNCTUATION = '.,;:!?';

const SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:\/\//i;
const ENCODED_SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*%3a%2f%2f/i;
const HOST_WITHOUT_SCHEME = /^[^/?#\\]*\.[a-z]{2,}\.?(?::[0-9]*)?$/i;
const EMAIL_ADDRESS = /^[^@/]+@[^@/]+$/;

type NumberReading =
  | { ok: true; digits: string }
  | { ok: false; reason: 'no-meeting-number' | 'invalid-meeting-number' | 'letters-in-number' };

type LinkReading =
  | {
      type: 'meeting';
      number: NumberReading;
      kind: MeetingKind;
      passcode?: string;
      /** The `tk` parameter as found, checked only if this link is the one joined. */
      registrantToken?: string;
    }
  | { type: 'personal' }
  | { type: 'zoomgov' }
  | { type: 'other-zoom' }
  | { type: 'not-zoom' };

type MeetingLink = Extract<LinkReading, { type: 'meeting' }>;

interface LabelledNumber {
  number: NumberReading;
  kind: MeetingKind;
}

/**
 * Reads a meeting from pasted text; never throws.
 *
 * Examples of what it understands:
 * - `850 1234 5678`, `850-1234-5678`
 * - `https://us05web.zoom.us/j/85012345678?pwd=abc.1`, `zoom.us/w/85012345678`,
 *   `app.zoom.us/wc/85012345678/start`, `zoommtg://zoom.us/join?confno=85012345678&pwd=abc`
 * - an invitation with "Meeting ID: 850 1234 5678" and "Passcode: abc123" lines
 *
 * A link wins over a "Meeting ID" line; a "Passcode" line fills in when the link has no `pwd`.
 * A registration link's `tk` (`zoom.us/w/85012345678?tk=…`) becomes `registrantToken`.
 */
export function parseMeetingInput(text: string): MeetingInputResult {
  const input = prepareInput(text);
  if (input === '') {
    return { ok: false, reason: 'empty' };
  }

  const links = findLinkTokens(input).map(readLink);
  const labelled = readLabelledNumber(input);
  const labelledWord = PASSCODE_LABEL.exec(input)?.[1];
  const labelledPasscode = labelledWord ? trimEnd(labelledWord, TRAILING_PUNCTUATION) : undefined;

  const meetingLinks = links.filter((link): link is MeetingLink => link.type === 'meeting');
  const goodLink = meetingLinks.find((link) => link.number.ok);
  if (goodLink?.number.ok) {
    // Joined without its token, a registration-required webinar is refused; a damaged one is
    // reported rather than dropped, so that the person can copy the link again.
    const token = goodLink.registrantToken;
    if (token !== undefined && !isRegistrantToken(token)) {
      return { ok: false, reason: 'invalid-registrant-token' };
    }

    const passcode = goodLink.passcode ?? labelledPasscode;
    const meeting = found(goodLink.number.digits, passcode, goodLink.kind, token);
    return withTopic(meeting, input);
  }

  // ZoomGov is a cloud of its own, with its own SDK apps and endpoints; its meeting numbers
  // mean nothing on zoom.us, so its invitation's "Meeting ID" line must not be joined there.
  if (links.some((link) => link.type === 'zoomgov')) {
    return { ok: false, reason: 'zoomgov-link' };
  }

  if (labelled?.number.ok) {
    return withTopic(found(labelled.number.digits, labelledPasscode, labelled.kind), input);
  }

  const badNumber = meetingLinks[0]?.number ?? labelled?.number;
  if (badNumber && !badNumber.ok) {
    return { ok: false, reason: badNumber.reason };
  }

  if (links.some((link) => link.type === 'personal')) {
    return { ok: false, reason: 'personal-link' };
  }

  if (links.length === 0) {
    return readBareNumber(input, labelledPasscode);
  }

  const anyZoomLink = links.some((link) => link.type === 'other-zoom');
  return { ok: false, reason: anyZoomLink ? 'no-meeting-number' : 'not-zoom-link' };
}

function found(
  digits: string,
  passcode: string | undefined,
  kind: MeetingKind,
  registrantToken?: string,
): MeetingInputResult {
  const meeting: ParsedMeeting = { meetingNumber: digits, kind };
  if (passcode !== undefined && passcode !== '') {
    meeting.passcode = passcode;
  }

  if (registrantToken !== undefined) {
    meeting.registrantToken = registrantToken;
  }

  return { ok: true, meeting };
}

function withTopic(result: MeetingInputResult, input: string): MeetingInputResult {
  const line = TOPIC_LABEL.exec(input)?.[1] ?? '';
  const end = AFTER_TOPIC.exec(line)?.index ?? line.length;
  const topic = line.slice(0, Math.min(end, MAX_TOPIC_CHARS)).trim();
  if (!result.ok || topic === '') {
    return result;
  }

  return { ok: true, meeting: { ...result.meeting, topic } };
}

function prepareInput(text: string): string {
  // NFKC turns full-width digits and letters (typed with Japanese or Chinese input methods),
  // no-break spaces and decomposed accents into their plain forms. It can lengthen text, so
  // the cap is applied again after it.
  const capped = text.slice(0, MAX_INPUT_CHARS).normalize('NFKC').slice(0, MAX_INPUT_CHARS);

  return capped.replace(INVISIBLE_CHARS, '').trim();
}

/** Splits the text into words and keeps those that look like links, with or without scheme. */
function findLinkTokens(input: string): URL[] {
  const urls: URL[] = [];
  for (const word of input.split(TOKEN_BREAKS)) {
    const url = toUrl(unwrapWord(word));
    if (url) {
      urls.push(url);
    }
  }

  return urls;
}

function unwrapWord(word: string): string {
  // Markdown bold (`**https://…**`); a lone trailing '*' may belong to a passcode.
  const unstarred = word.startsWith('*') ? trimEnd(trimStart(word, '*'), '*') : word;

  return trimEnd(unstarred, TRAILING_PUNCTUATION);
}

// Loops rather than /[…]+$/, which takes quadratic time on a long run of those characters.
function trimStart(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) {
    start += 1;
  }

  return text.slice(start);
}

function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) {
    end -= 1;
  }

  return text.slice(0, end);
}

function toUrl(word: string): URL | null {
  // A link copied out of another link's query string arrives percent-encoded as a whole.
  const token = ENCODED_SCHEME_PREFIX.test(word) ? (safeDecode(word) ?? word) : word;

  if (SCHEME_PREFIX.test(token)) {
    return parseUrl(token);
  }

  const host = token.split(/[/?#\\]/, 1)[0] ?? '';
  if (!HOST_WITHOUT_SCHEME.test(host) || EMAIL_ADDRESS.test(token)) {
    return null;
  }

  return parseUrl(`https://${token}`);
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function readLink(url: URL): LinkReading {
  // Real Zoom links never carry a user name; `zoom.us@evil.example` is a trick to hide the host.
  if (url.username !== '' || url.password !== '' || !isZoomHost(url.hostname)) {
    return { type: 'not-zoom' };
  }

  if (isZoomGovHost(url.hostname)) return { type: 'zoomgov' };

  const query = readQuery(url.search);
  const segments = url.pathname.split('/').filter((segment) => segment !== '');

  switch (url.protocol) {
    case 'https:':
    case 'http:':
      return readWebPath(segments, query);
    case 'zoommtg:':
    case 'zoomus:':
      return readAppLink(segments, query);
    default:
      return { type: 'not-zoom' };
  }
}

/** True for zoom.us, zoom.com, zoomgov.com and their subdomains, nothing else. */
export function isZoomHost(hostname: string): boolean {
  // Deep links (zoommtg:) are not special URLs, so their host is neither lowercased nor decoded.
  // A final dot is the fully qualified spelling of the same name ("zoom.us.").
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9.-]+$/.test(host)) {
    return false;
  }

  return ZOOM_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function isZoomGovHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'zoomgov.com' || host.endsWith('.zoomgov.com');
}

function readWebPath(segments: string[], query: Map<string, string>): LinkReading {
  const [first, second, third] = segments.map((segment) => segment.toLowerCase());

  switch (first) {
    case 'j':
      return meetingLink(segments[1], 'meeting', query);
    case 's':
      return meetingLink(segments[1], 'start', query);
    case 'w':
      return meetingLink(segments[1], 'webinar', query);
    case 'my':
      return { type: 'personal' };
    case 'wc':
      if (second === 'join') {
        return meetingLink(segments[2], 'meeting', query);
      }

      // `/wc/ID/join`, `/wc/ID/start`, and a bare `/wc/ID`.
      if (third === undefined || third === 'join' || third === 'start') {
        return meetingLink(segments[1], third === 'start' ? 'start' : 'meeting', query);
      }

      return { type: 'other-zoom' };
    case 'join':
    case 'start':
      return readAppLink(segments, query);
    default:
      return { type: 'other-zoom' };
  }
}

/** `zoommtg://zoom.us/join?action=join&confno=ID&pwd=…&tk=…`, also with `zoomus:`. */
function readAppLink(segments: string[], query: Map<string, string>): LinkReading {
  const confno = query.get('confno');
  if (confno === undefined) {
    return { type: 'other-zoom' };
  }

  const isStart = segments[0]?.toLowerCase() === 'start' || query.get('action') === 'start';
  return meetingLink(confno, isStart ? 'start' : 'meeting', query);
}

/** A meeting link with its `pwd` and `tk` parameters; an empty `tk=` counts as none. */
function meetingLink(
  rawId: string | undefined,
  kind: MeetingKind,
  query: Map<string, string>,
): LinkReading {
  const id = rawId === undefined ? '' : (safeDecode(rawId) ?? rawId);
  const number = readNumber(id, { allowSeparators: false });
  const passcode = query.get('pwd');
  const registrantToken = query.get('tk') || undefined;

  return {
    type: 'meeting',
    number,
    kind,
    ...(passcode === undefined ? {} : { passcode }),
    ...(registrantToken === undefined ? {} : { registrantToken }),
  };
}

/** Query parameters by lower-cased name; the first of a repeated name wins. */
function readQuery(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const equals = pair.indexOf('=');
    const name = equals === -1 ? pair : pair.slice(0, equals);
    const value = equals === -1 ? '' : pair.slice(equals + 1);

    // Decoded by hand, not with URLSearchParams: that turns '+' into a space, and a '+' in an
    // encoded pwd token is part of the token.
    const key = (safeDecode(name) ?? name).toLowerCase();
    if (!params.has(key)) {
      params.set(key, safeDecode(value) ?? value);
    }
  }

  return params;
}

function readLabelledNumber(input: string): LabelledNumber | null {
  const match = MEETING_ID_LABEL.exec(input);
  if (!match) {
    return null;
  }

  const kind = match[1]?.toLowerCase() === 'webinar' ? 'webinar' : 'meeting';
  if (match[3] !== undefined) {
    return { number: { ok: false, reason: 'letters-in-number' }, kind };
  }

  return { number: readNumber(match[2] ?? '', { allowSeparators: true }), kind };
}

/** Text that is only a number, perhaps next to a "Passcode:" line: `850 1234 5678`. */
function readBareNumber(input: string, passcode: string | undefined): MeetingInputResult {
  const rest = input
    .replace(ALL_PASSCODE_LABELS, ' ')
    .trim()
    .replace(/^<(.*)>$/, '$1');
  if (!looksLikeNumber(rest)) {
    return { ok: false, reason: 'no-meeting-number' };
  }

  const number = readNumber(rest, { allowSeparators: true });
  if (!number.ok) {
    return { ok: false, reason: number.reason };
  }

  return found(number.digits, passcode, 'meeting');
}

/** Digits and letters in groups that each hold a digit: a meeting number, maybe mistyped. */
function looksLikeNumber(text: string): boolean {
  if (!NUMBER_LIKE.test(text)) {
    return false;
  }

  return text
    .split(SEPARATOR_RUN)
    .filter((group) => group !== '')
    .every((group) => /[0-9]/.test(group));
}

function readNumber(text: string, options: { allowSeparators: boolean }): NumberReading {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, reason: 'no-meeting-number' };
  }

  const shapeOk = options.allowSeparators ? DIGITS_ONLY.test(trimmed) : /^[0-9]+$/.test(trimmed);
  if (!shapeOk) {
    const hasLetters = /\p{L}/u.test(trimmed) && /[0-9]/.test(trimmed);
    return { ok: false, reason: hasLetters ? 'letters-in-number' : 'invalid-meeting-number' };
  }

  const digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) {
    return { ok: false, reason: 'invalid-meeting-number' };
  }

  return { ok: true, digits };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
