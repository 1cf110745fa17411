import { describe, expect, it } from 'vitest';

import englishMessages from '../../../public/_locales/en/messages.json';
import {
  checkSignatureClaims,
  type ExpectedClaims,
  type JsonObject,
} from '../../../src/shared/check-signature-reply.ts';
import { claimProblemSentence, type Sentence } from '../../../src/shared/claim-problem-sentence.ts';

const NOW = 1_796_385_600; // 2026-12-04T12:00:00Z

/** The payload Zoom's auth endpoint sample signs, issued now for two hours. */
const PAYLOAD = {
  appKey: 'testSdkKey123',
  sdkKey: 'testSdkKey123',
  mn: '85012345678',
  role: 0,
  iat: NOW,
  exp: NOW + 7200,
  tokenExp: NOW + 7200,
};

const EXPECTED: ExpectedClaims = { meetingNumber: '85012345678', role: 0, nowSeconds: NOW };

type Message = { message: string; placeholders?: Record<string, { content: string }> };

/** The English text of a sentence, with placeholders filled as Chrome's i18n does. */
function english({ key, substitutions }: Sentence): string {
  const { message, placeholders = {} }: Message = englishMessages[key];
  expect(substitutions).toHaveLength(Object.keys(placeholders).length);

  return message.replace(/\$(\w+)\$/g, (_match, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    return substitutions[Number(content.slice(1)) - 1] ?? `<missing ${name}>`;
  });
}

/** The sentences a person reads for a payload changed by `changes`. */
function sentencesFor(changes: JsonObject, expected = EXPECTED, header = { alg: 'HS256' }) {
  // A claim set to undefined reads as missing, as it would after JSON.
  const payload: JsonObject = { ...PAYLOAD, ...changes };

  return checkSignatureClaims({ header, payload }, expected).map((problem) =>
    english(claimProblemSentence(problem)),
  );
}

describe('claimProblemSentence', () => {
  it('says nothing for a signature made like Zoom’s sample', () => {
    expect(sentencesFor({})).toEqual([]);
  });

  it('names a role sent as text and the number it must be', () => {
    expect(sentencesFor({ role: '0' })).toEqual([
      'The signature\'s role is "0", not a number. The backend must send role as the number 0.',
    ]);
  });

  it('names the role signed and the role asked for', () => {
    expect(sentencesFor({ role: 0 }, { ...EXPECTED, role: 1 })).toEqual([
      "The signature's role is 0, but this join asked for role 1. The backend must sign the " +
        'role it is asked for.',
    ]);
  });

  it('asks for a role when the claim is missing', () => {
    expect(sentencesFor({ role: undefined })).toEqual([
      'The signature has no role claim. The backend must add role as the number 0 (0 joins, 1 ' +
        'starts as host).',
    ]);
  });

  it('names the meeting the signature is for and the one asked for', () => {
    expect(sentencesFor({ mn: '85099999999' })).toEqual([
      'The signature is for meeting 85099999999 (its mn claim), not for meeting 85012345678. The ' +
        'backend must sign the meeting number it is asked for, digits only.',
    ]);
  });

  it('asks for mn when the claim is missing', () => {
    expect(sentencesFor({ mn: undefined })).toEqual([
      'The signature has no mn claim (the meeting number). The backend must set mn to 85012345678.',
    ]);
  });

  it('asks for appKey, which SDK 5 and later need', () => {
    expect(sentencesFor({ appKey: undefined })).toEqual([
      'The signature has no appKey claim, which Zoom requires since Meeting SDK 5.0. The backend ' +
        'must add appKey, set to its SDK key (Client ID).',
    ]);
  });

  it('says appKey must be text', () => {
    expect(sentencesFor({ appKey: 42 })).toEqual([
      "The signature's appKey is 42, not text. The backend must set appKey to its SDK key " +
        '(Client ID).',
    ]);
  });

  it('recognises milliseconds and says to divide by 1000', () => {
    const ms = { iat: NOW * 1000, exp: (NOW + 7200) * 1000, tokenExp: (NOW + 7200) * 1000 };

    expect(sentencesFor(ms)).toEqual([
      "The signature's iat is 1796385600000, which is in milliseconds. The backend must use " +
        'whole seconds (divide by 1000).',
      "The signature's exp is 1796392800000, which is in milliseconds. The backend must use " +
        'whole seconds (divide by 1000).',
      "The signature's tokenExp is 1796392800000, which is in milliseconds. The backend must " +
        'use whole seconds (divide by 1000).',
    ]);
  });

  it('says a time sent as text must be a number', () => {
    expect(sentencesFor({ iat: String(NOW) })).toEqual([
      'The signature\'s iat is "1796385600", not a number. The backend must write it as a number ' +
        'of whole seconds since 1970.',
    ]);
  });

  it('says a fractional time must be rounded down', () => {
    expect(sentencesFor({ iat: NOW + 0.5 })).toEqual([
      "The signature's iat is 1796385600.5, not a whole number of seconds since 1970. The " +
        'backend must round it down to whole seconds.',
    ]);
  });

  it('asks for a missing time claim', () => {
    expect(sentencesFor({ tokenExp: undefined })).toEqual([
      'The signature has no tokenExp claim. The backend must set it, in whole seconds since 1970.',
    ]);
  });

  it('says how long ago an expired signature ran out', () => {
    const expired = { iat: NOW - 9000, exp: NOW - 1800, tokenExp: NOW - 1800 };

    expect(sentencesFor(expired)).toEqual([
      'The signature had expired when it arrived: its exp is 30 minutes in the past. The backend ' +
        "must sign afresh for each join; if it does, its clock (or this computer's) is wrong.",
      'The signature had expired when it arrived: its tokenExp is 30 minutes in the past. The ' +
        "backend must sign afresh for each join; if it does, its clock (or this computer's) is " +
        'wrong.',
    ]);
  });

  it('gives a lifetime below 30 minutes in whole minutes, rounded down', () => {
    const short = { exp: NOW + 1799, tokenExp: NOW + 1799 };

    expect(sentencesFor(short)).toEqual([
      'The signature is valid for 29 minutes (exp minus iat), but Zoom accepts 30 minutes to 48 ' +
        "hours. The backend must set exp within that range; Zoom's sample uses 2 hours.",
      'The signature is valid for 29 minutes (tokenExp minus iat), but Zoom accepts 30 minutes ' +
        "to 48 hours. The backend must set tokenExp within that range; Zoom's sample uses 2 hours.",
    ]);
  });

  it('gives a lifetime above 48 hours in whole minutes, rounded up', () => {
    const long = { exp: NOW + 172_801 };

    expect(sentencesFor(long)).toEqual([
      'The signature is valid for 2881 minutes (exp minus iat), but Zoom accepts 30 minutes to ' +
        "48 hours. The backend must set exp within that range; Zoom's sample uses 2 hours.",
    ]);
  });

  it('says by how many minutes the clock is off when iat is in the future', () => {
    const ahead = { iat: NOW + 600, exp: NOW + 7800, tokenExp: NOW + 7800 };

    expect(sentencesFor(ahead)).toEqual([
      "The signature's iat (when it was issued) is 10 minutes in the future: the backend's (or " +
        "this computer's) clock is off by about 10 minutes. Set both clocks to network time, " +
        'then try again.',
    ]);
  });

  it('names the algorithm when it is not HS256', () => {
    expect(sentencesFor({}, EXPECTED, { alg: 'none' })).toEqual([
      'The signature is signed with none, but Zoom accepts only HS256. The backend must sign ' +
        'with HS256 and its SDK secret.',
    ]);
  });
});
