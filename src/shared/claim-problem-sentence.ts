// One plain sentence for each thing wrong in a backend's signature: it names the claim and
// says what the backend must change. Plain data, so the worker, the pages and the tests share it.

import { MIN_SIGNATURE_SECONDS } from './backend-contract.ts';
import type { ClaimProblem } from './check-signature-reply.ts';
import type { MessageKey } from './i18n.ts';

/** A message key with its substitutions, in the order of the message's placeholders. */
export interface Sentence {
  key: MessageKey;
  substitutions: string[];
}

// Epoch seconds pass 1e11 in the year 5138; epoch milliseconds passed it in 1973.
const MIN_EPOCH_MILLISECONDS = 1e11;

/** Stands for a value that is not there; the same in every language. */
const NOTHING = '—';

/** The sentence a person reads for one problem found in a signature's claims. */
export function claimProblemSentence(problem: ClaimProblem): Sentence {
  const expected = plain(problem.expected);
  const actual = shown(problem.actual);

  switch (problem.code) {
    case 'alg-not-hs256':
      return sentence('error_signature_alg', plain(problem.actual));
    case 'missing':
      return missingClaim(problem);
    case 'not-string':
      return sentence('error_signature_appkey_not_text', actual);
    case 'role-not-number':
      return sentence('error_signature_role_not_number', actual, expected);
    case 'role-mismatch':
      return sentence('error_signature_role_mismatch', actual, expected);
    case 'meeting-number-mismatch':
      return sentence('error_signature_mn_mismatch', plain(problem.actual), expected);
    case 'not-whole-seconds':
      return notWholeSeconds(problem);
    case 'expired':
      return sentence('error_signature_expired', problem.field, minutesBetween(problem));
    case 'lifetime-out-of-range':
      return sentence('error_signature_lifetime', lifetimeMinutes(problem.actual), problem.field);
    case 'clock-ahead':
      return sentence('error_signature_clock_ahead', minutes(problem.actual));
  }
}

function sentence(key: MessageKey, ...substitutions: string[]): Sentence {
  return { key, substitutions };
}

function missingClaim(problem: ClaimProblem): Sentence {
  switch (problem.field) {
    case 'role':
      return sentence('error_signature_role_missing', plain(problem.expected));
    case 'mn':
      return sentence('error_signature_mn_missing', plain(problem.expected));
    case 'appKey':
      return sentence('error_signature_appkey_missing');
    case 'alg':
      return sentence('error_signature_alg', NOTHING);
    case 'iat':
    case 'exp':
    case 'tokenExp':
      return sentence('error_signature_time_missing', problem.field);
  }
}

function notWholeSeconds(problem: ClaimProblem): Sentence {
  const value = problem.actual;

  if (typeof value === 'number' && value >= MIN_EPOCH_MILLISECONDS) {
    return sentence('error_signature_time_milliseconds', problem.field, String(value));
  }

  if (typeof value === 'number') {
    return sentence('error_signature_time_not_whole', problem.field, String(value));
  }

  return sentence('error_signature_time_not_number', problem.field, shown(value));
}

/** How far a deadline lies before now, in whole minutes, at least 1. */
function minutesBetween(problem: ClaimProblem): string {
  const now = Number(problem.expected);
  const deadline = Number(problem.actual);
  return String(Math.max(1, Math.ceil((now - deadline) / 60)));
}

/** Seconds as whole minutes, for people: 301 → "5", 90 → "2". */
function minutes(seconds: string | number | undefined): string {
  return String(Math.round(Number(seconds) / 60));
}

/** A lifetime in whole minutes, rounded away from the allowed range so 1799 s is not "30". */
function lifetimeMinutes(seconds: string | number | undefined): string {
  const value = Number(seconds) / 60;
  return String(Number(seconds) < MIN_SIGNATURE_SECONDS ? Math.floor(value) : Math.ceil(value));
}

/** A claim's value as it would appear in the token: text in quotes, numbers as they are. */
function shown(value: string | number | undefined): string {
  return typeof value === 'string' ? JSON.stringify(value) : plain(value);
}

function plain(value: string | number | undefined): string {
  return value === undefined ? NOTHING : String(value);
}
