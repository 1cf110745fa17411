import { z } from 'zod';

import { MAX_SIGNATURE_SECONDS, MIN_SIGNATURE_SECONDS } from '../../src/shared/backend-contract.ts';
import type { SignatureRequest, SignatureRequestError } from '../../src/shared/backend-contract.ts';

export type ValidationResult =
  { ok: true; value: SignatureRequest } | { ok: false; errors: SignatureRequestError[] };

// Reasons are worded like zoom/meetingsdk-auth-endpoint-sample (src/validations.js), so a
// client written against that sample reads ours the same way.
const REQUIRED_REASON = 'Value is required';
const MEETING_NUMBER_REASON = 'Meeting number must be 9 to 11 digits';
const BODY_REASON = 'Body must be a JSON object';

// Meeting numbers are shown as "859 9624 9517" or "123-4444-5555"; Zoom's KB gives 9 digits
// (before April 2020), 10 (personal meeting IDs) or 11. Only what goes between digit groups
// on one line is dropped: spaces (also the no-break, figure, thin and narrow no-break ones a
// copied invitation brings along) and dashes. A tab, a line or paragraph break or any other
// character means the value is not a meeting number.
const SEPARATORS = /[ \u00a0\u2007\u2009\u202f\-\u2010-\u2013]/g;
const MEETING_DIGITS = /^\d{9,11}$/;

// Zoom's sample runs strings through parseInt, so clients may send "1" for 1. Ours accepts
// only strings that are wholly a number, so "1abc" is refused instead of read as 1.
const NUMERIC_STRING = /^-?\d+(\.\d+)?$/;

const MAX_SHOWN_CHARS = 40;

/** Checks a parsed JSON body and returns the request or every problem found in it. */
export function validateSignatureRequest(body: unknown): ValidationResult {
  const result = requestSchema.safeParse(body);
  if (result.success) return { ok: true, value: result.data };

  return { ok: false, errors: toRequestErrors(result.error.issues) };
}

const numericString = z.string().trim().regex(NUMERIC_STRING).transform(Number);

const numberLike = z.union([z.number(), numericString], {
  error: (issue) => describeType(issue.input, 'number'),
});

const zeroOrOne = numberLike.pipe(
  z.literal([0, 1], {
    error: (issue) => `Value is not valid. Got ${show(issue.input)}, expected 0,1`,
  }),
);

const rangeReason = `Value must in between ${MIN_SIGNATURE_SECONDS} and ${MAX_SIGNATURE_SECONDS}`;

const expirationSeconds = numberLike.pipe(
  z
    .number()
    .int({ error: (issue) => `Value ${show(issue.input)} not allowed, must be a whole number` })
    .min(MIN_SIGNATURE_SECONDS, { error: rangeReason })
    .max(MAX_SIGNATURE_SECONDS, { error: rangeReason }),
);

// A number is turned into its decimal text unchanged, so -123456789 or 123456789.5 fail
// the digit rule rather than being rescued by the separator removal meant for strings.
const meetingNumber = z
  .union([z.string(), z.number()], {
    error: (issue) => describeType(issue.input, 'string'),
  })
  .transform((value) => {
    return typeof value === 'number' ? String(value) : value.replace(SEPARATORS, '');
  })
  .pipe(z.string().regex(MEETING_DIGITS, { error: MEETING_NUMBER_REASON }));

// Unknown properties are dropped (zod's default), as Zoom's sample ignores them too.
const requestSchema = z.object(
  {
    meetingNumber,
    role: zeroOrOne,
    expirationSeconds: expirationSeconds.optional(),
    videoWebRtcMode: zeroOrOne.optional(),
  },
  { error: BODY_REASON },
);

function describeType(input: unknown, expected: string): string {
  if (input === undefined) return REQUIRED_REASON;

  return `Value ${show(input)} not allowed, must be of type ${expected}`;
}

// Strings are quoted so "" and " " stay visible; long values are cut so a reply never
// grows with its request.
function show(value: unknown): string {
  // JSON.stringify returns undefined for undefined, whatever its declared type says.
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  if (text.length <= MAX_SHOWN_CHARS) return text;

  return `${text.slice(0, MAX_SHOWN_CHARS)}…`;
}

// Every check above stops at its first failure, so each property gets at most one reason.
function toRequestErrors(issues: readonly z.core.$ZodIssue[]): SignatureRequestError[] {
  return issues.map((issue) => ({
    property: issue.path.length === 0 ? 'body' : String(issue.path[0]),
    reason: issue.message,
  }));
}
