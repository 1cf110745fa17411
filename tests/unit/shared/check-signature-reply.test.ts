import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import {
  checkSignatureClaims,
  checkSignatureReply,
  decodeSignatureClaims,
} from '../../../src/shared/check-signature-reply.ts';
import type {
  ExpectedClaims,
  JsonObject,
  SignatureClaims,
} from '../../../src/shared/check-signature-reply.ts';

const NOW = 1_796_385_600; // 2026-12-04T12:00:00Z
const SDK_KEY = 'testSdkKey123';

const HEADER = { alg: 'HS256', typ: 'JWT' };

/** The payload Zoom's auth endpoint sample signs, issued now for two hours. */
const PAYLOAD = {
  appKey: SDK_KEY,
  sdkKey: SDK_KEY,
  mn: '85012345678',
  role: 0,
  iat: NOW,
  exp: NOW + 7200,
  tokenExp: NOW + 7200,
};

const EXPECTED: ExpectedClaims = { meetingNumber: '85012345678', role: 0, nowSeconds: NOW };

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A JWT signed as Zoom's sample does; nothing under test verifies it, but it is a real one. */
function makeJwt(payload: object = PAYLOAD, header: object = HEADER): string {
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = createHmac('sha256', 'test-secret').update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

function reply(body: unknown): string {
  return JSON.stringify(body);
}

/** The payload without one claim. */
function without(field: string): JsonObject {
  return Object.fromEntries(Object.entries(PAYLOAD).filter(([key]) => key !== field));
}

function claims(payload: JsonObject, header: JsonObject = HEADER): SignatureClaims {
  return { header, payload };
}

const JSON_TYPE = 'application/json; charset=utf-8';

describe('checkSignatureReply', () => {
  it('accepts a JWT with its SDK key', () => {
    const jwt = makeJwt();

    expect(checkSignatureReply(200, JSON_TYPE, reply({ signature: jwt, sdkKey: SDK_KEY }))).toEqual(
      { ok: true, reply: { signature: jwt, sdkKey: SDK_KEY } },
    );
  });

  it('accepts a reply without sdkKey, as older backends send', () => {
    const jwt = makeJwt();

    expect(checkSignatureReply(200, JSON_TYPE, reply({ signature: jwt }))).toStrictEqual({
      ok: true,
      reply: { signature: jwt },
    });
  });

  it('trims whitespace around the signature', () => {
    const jwt = makeJwt();

    expect(checkSignatureReply(200, JSON_TYPE, reply({ signature: `${jwt}\n` }))).toStrictEqual({
      ok: true,
      reply: { signature: jwt },
    });
  });

  it('accepts a JSON body sent with another content type', () => {
    const jwt = makeJwt();

    expect(checkSignatureReply(200, 'text/plain', reply({ signature: jwt })).ok).toBe(true);
  });

  it('refuses a body over 64 KiB before reading it', () => {
    const body = reply({ signature: makeJwt(), padding: 'x'.repeat(64 * 1024) });

    expect(checkSignatureReply(200, JSON_TYPE, body)).toEqual({
      ok: false,
      problem: { code: 'reply-too-large', limitBytes: 65536 },
    });
  });

  it('counts the size in UTF-8 bytes', () => {
    // 30 000 characters, 90 000 bytes.
    const body = reply({ signature: makeJwt(), padding: '€'.repeat(30_000) });

    expect(checkSignatureReply(200, JSON_TYPE, body)).toEqual({
      ok: false,
      problem: { code: 'reply-too-large', limitBytes: 65536 },
    });
  });

  it('accepts a body of exactly 64 KiB', () => {
    const small = reply({ signature: makeJwt(), padding: '' });
    const body = reply({ signature: makeJwt(), padding: 'x'.repeat(64 * 1024 - small.length) });

    expect(body.length).toBe(64 * 1024);
    expect(checkSignatureReply(200, JSON_TYPE, body).ok).toBe(true);
  });

  it('says an HTML page came back instead of JSON', () => {
    const page = '<!doctype html><html><body>Sign in</body></html>';

    expect(checkSignatureReply(200, 'text/html', page)).toEqual({
      ok: false,
      problem: { code: 'not-json', contentType: 'text/html', hint: 'html-page' },
    });
  });

  it('takes a body starting with < for HTML whatever its content type', () => {
    expect(checkSignatureReply(200, null, '  <html>')).toEqual({
      ok: false,
      problem: { code: 'not-json', contentType: null, hint: 'html-page' },
    });
  });

  it('says the body was empty', () => {
    expect(checkSignatureReply(200, JSON_TYPE, '')).toEqual({
      ok: false,
      problem: { code: 'not-json', contentType: JSON_TYPE, hint: 'empty-body' },
    });
  });

  it('gives no hint for other text', () => {
    expect(checkSignatureReply(200, 'text/plain', 'OK')).toStrictEqual({
      ok: false,
      problem: { code: 'not-json', contentType: 'text/plain' },
    });
  });

  it('passes on the reasons of a Zoom-sample 400 reply verbatim', () => {
    const body = reply({
      errors: [
        { property: 'role', reason: 'Value is not valid. Got 2, expected 0,1' },
        { property: 'expirationSeconds', reason: 'Value must in between 1800 and 172800' },
      ],
    });

    expect(checkSignatureReply(400, JSON_TYPE, body)).toEqual({
      ok: false,
      problem: {
        code: 'http-error',
        status: 400,
        reasons: [
          'Value is not valid. Got 2, expected 0,1',
          'Value must in between 1800 and 172800',
        ],
      },
    });
  });

  it('keeps at most five reasons of at most 300 characters', () => {
    const errors = Array.from({ length: 7 }, (_, index) => ({
      property: 'p',
      reason: `${index}${'r'.repeat(400)}`,
    }));

    const checked = checkSignatureReply(400, JSON_TYPE, reply({ errors }));

    const expected = [0, 1, 2, 3, 4].map((index) => `${index}${'r'.repeat(299)}`);
    expect(checked).toEqual({
      ok: false,
      problem: { code: 'http-error', status: 400, reasons: expected },
    });
  });

  it('skips error entries without a text reason', () => {
    const body = reply({ errors: [{ property: 'a' }, 'oops', { reason: 42 }, { reason: 'kept' }] });

    expect(checkSignatureReply(400, JSON_TYPE, body)).toEqual({
      ok: false,
      problem: { code: 'http-error', status: 400, reasons: ['kept'] },
    });
  });

  it('reports an error status even when the body is a proxy page', () => {
    expect(checkSignatureReply(502, 'text/html', '<html>Bad gateway</html>')).toEqual({
      ok: false,
      problem: { code: 'http-error', status: 502, reasons: [] },
    });
  });

  it('reports an error status with a valid signature in the body', () => {
    const checked = checkSignatureReply(201, JSON_TYPE, reply({ signature: makeJwt() }));
    expect(checked.ok).toBe(true);

    expect(checkSignatureReply(302, JSON_TYPE, reply({ signature: makeJwt() }))).toEqual({
      ok: false,
      problem: { code: 'http-error', status: 302, reasons: [] },
    });
  });

  it.each([
    ['an empty object', {}],
    ['a null signature', { signature: null }],
    ['an empty signature', { signature: '  ' }],
    ['an array', [makeJwt()]],
    ['a bare string', makeJwt()],
  ])('says %s has no signature', (_name, body) => {
    expect(checkSignatureReply(200, JSON_TYPE, reply(body))).toEqual({
      ok: false,
      problem: { code: 'no-signature' },
    });
  });

  it.each([
    ['number', 42],
    ['object', { token: makeJwt() }],
    ['array', [makeJwt()]],
    ['boolean', true],
  ])('says a %s signature is not a string', (type, signature) => {
    expect(checkSignatureReply(200, JSON_TYPE, reply({ signature }))).toEqual({
      ok: false,
      problem: { code: 'signature-not-string', actualType: type },
    });
  });

  it('refuses a signature over 4096 characters', () => {
    const [header, payload] = makeJwt().split('.');
    const prefix = `${header}.${payload}.`;
    const atLimit = prefix + 'A'.repeat(4096 - prefix.length);

    expect(checkSignatureReply(200, JSON_TYPE, reply({ signature: atLimit })).ok).toBe(true);
    expect(checkSignatureReply(200, JSON_TYPE, reply({ signature: `${atLimit}A` }))).toEqual({
      ok: false,
      problem: { code: 'signature-too-large', length: 4097 },
    });
  });

  it('recognises the pre-JWT signature format', () => {
    const legacy = Buffer.from(`${SDK_KEY}.85012345678.1796385600000.0.aGFzaA==`).toString(
      'base64',
    );

    expect(checkSignatureReply(200, JSON_TYPE, reply({ signature: legacy }))).toEqual({
      ok: false,
      problem: { code: 'legacy-signature' },
    });
  });

  it.each([
    ['plain text', 'not a jwt'],
    ['three parts that are not base64 JSON', 'a.b.c'],
    ['base64 of text with three dots', Buffer.from('a.b.c.d').toString('base64')],
    ['a JWT without signature part separator', makeJwt().split('.').slice(0, 2).join('.')],
    ['a payload that is not JSON', `${base64url('{"alg":"HS256"}')}.${base64url('nope')}.sig`],
  ])('says %s is not a JWT', (_name, signature) => {
    expect(checkSignatureReply(200, JSON_TYPE, reply({ signature }))).toEqual({
      ok: false,
      problem: { code: 'signature-not-jwt' },
    });
  });

  it.each([
    ['empty', ''],
    ['blank', ' '],
    ['a number', 42],
    ['null', null],
  ])('refuses an sdkKey that is %s', (_name, sdkKey) => {
    expect(checkSignatureReply(200, JSON_TYPE, reply({ signature: makeJwt(), sdkKey }))).toEqual({
      ok: false,
      problem: { code: 'sdk-key-invalid' },
    });
  });
});

describe('decodeSignatureClaims', () => {
  it('decodes the header and payload', () => {
    expect(decodeSignatureClaims(makeJwt())).toEqual({
      ok: true,
      claims: { header: HEADER, payload: PAYLOAD },
    });
  });

  it('decodes base64url characters and UTF-8 text', () => {
    // '?>' and 'ü' encode to base64 with '/' and '+', i.e. '_' and '-' in base64url.
    const payload = { note: 'ü?>?>~~~' };
    const jwt = makeJwt(payload);
    expect(jwt).toMatch(/[-_]/);

    expect(decodeSignatureClaims(jwt)).toEqual({ ok: true, claims: { header: HEADER, payload } });
  });

  it.each(['', 'a.b', 'a.b.c.d', 'a b.c.d', 'a.b+c.d', 'a.b=.c'])(
    'says %j does not have three parts',
    (jwt) => {
      expect(decodeSignatureClaims(jwt)).toEqual({ ok: false, problem: 'not-three-parts' });
    },
  );

  it('says when the header is not a JSON object', () => {
    const payload = base64url(JSON.stringify(PAYLOAD));

    expect(decodeSignatureClaims(`${base64url('[1]')}.${payload}.s`)).toEqual({
      ok: false,
      problem: 'header-unreadable',
    });
    expect(decodeSignatureClaims(`abc.${payload}.s`)).toEqual({
      ok: false,
      problem: 'header-unreadable',
    });
  });

  it('says when the payload is not UTF-8 JSON', () => {
    const header = base64url(JSON.stringify(HEADER));
    // {"a":"<0xff>"}: a lenient decoder would turn the stray byte into U+FFFD and carry on.
    const invalidUtf8 = Buffer.from([...Buffer.from('{"a":"'), 0xff, ...Buffer.from('"}')]);

    expect(decodeSignatureClaims(`${header}.${base64url('null')}.s`)).toEqual({
      ok: false,
      problem: 'payload-unreadable',
    });
    expect(decodeSignatureClaims(`${header}.${invalidUtf8.toString('base64url')}.s`)).toEqual({
      ok: false,
      problem: 'payload-unreadable',
    });
  });
});

describe('checkSignatureClaims', () => {
  it('finds nothing wrong in a token like the one Zoom’s sample signs', () => {
    const decoded = decodeSignatureClaims(makeJwt());
    if (!decoded.ok) throw new Error('the test token must decode');

    expect(checkSignatureClaims(decoded.claims, EXPECTED)).toEqual([]);
  });

  it('names an algorithm other than HS256', () => {
    expect(checkSignatureClaims(claims(PAYLOAD, { alg: 'none' }), EXPECTED)).toEqual([
      { code: 'alg-not-hs256', field: 'alg', expected: 'HS256', actual: 'none' },
    ]);
    expect(checkSignatureClaims(claims(PAYLOAD, {}), EXPECTED)).toEqual([
      { code: 'alg-not-hs256', field: 'alg', expected: 'HS256', actual: 'undefined' },
    ]);
  });

  it('names a role written as a string', () => {
    expect(checkSignatureClaims(claims({ ...PAYLOAD, role: '0' }), EXPECTED)).toEqual([
      { code: 'role-not-number', field: 'role', expected: 0, actual: '0' },
    ]);
  });

  it('names a role other than the one asked for', () => {
    expect(checkSignatureClaims(claims({ ...PAYLOAD, role: 1 }), EXPECTED)).toEqual([
      { code: 'role-mismatch', field: 'role', expected: 0, actual: 1 },
    ]);
  });

  it('names a missing role', () => {
    expect(checkSignatureClaims(claims(without('role')), EXPECTED)).toEqual([
      { code: 'missing', field: 'role', expected: 0 },
    ]);
  });

  it('compares meeting numbers by their digits', () => {
    const spaced = claims({ ...PAYLOAD, mn: '850 1234 5678' });
    const numeric = claims({ ...PAYLOAD, mn: 85012345678 });
    const dashedRequest = { ...EXPECTED, meetingNumber: '850-1234-5678' };

    expect(checkSignatureClaims(spaced, EXPECTED)).toEqual([]);
    expect(checkSignatureClaims(numeric, EXPECTED)).toEqual([]);
    expect(checkSignatureClaims(claims(PAYLOAD), dashedRequest)).toEqual([]);
  });

  it('names a meeting number other than the one asked for', () => {
    expect(checkSignatureClaims(claims({ ...PAYLOAD, mn: '85012345679' }), EXPECTED)).toEqual([
      {
        code: 'meeting-number-mismatch',
        field: 'mn',
        expected: '85012345678',
        actual: '85012345679',
      },
    ]);
    expect(checkSignatureClaims(claims({ ...PAYLOAD, mn: ['85012345678'] }), EXPECTED)).toEqual([
      {
        code: 'meeting-number-mismatch',
        field: 'mn',
        expected: '85012345678',
        actual: '["85012345678"]',
      },
    ]);
  });

  it('names a missing meeting number', () => {
    expect(checkSignatureClaims(claims(without('mn')), EXPECTED)).toEqual([
      { code: 'missing', field: 'mn', expected: '85012345678' },
    ]);
  });

  it('names a missing or empty appKey, which web SDK 5 requires', () => {
    expect(checkSignatureClaims(claims(without('appKey')), EXPECTED)).toEqual([
      { code: 'missing', field: 'appKey' },
    ]);
    expect(checkSignatureClaims(claims({ ...PAYLOAD, appKey: '' }), EXPECTED)).toEqual([
      { code: 'missing', field: 'appKey' },
    ]);
  });

  it('names an appKey that is not a string', () => {
    expect(checkSignatureClaims(claims({ ...PAYLOAD, appKey: 7 }), EXPECTED)).toEqual([
      { code: 'not-string', field: 'appKey', actual: 7 },
    ]);
  });

  it.each([
    ['iat', 'a string', String(NOW)],
    ['iat', 'milliseconds', NOW * 1000],
    ['iat', 'a fraction', NOW + 0.5],
    ['exp', 'milliseconds', (NOW + 7200) * 1000],
    ['exp', 'a string', String(NOW + 7200)],
    ['tokenExp', 'a fraction', NOW + 7200.25],
    ['tokenExp', 'negative', -1],
  ])('names %s given as %s', (field, _kind, value) => {
    const problems = checkSignatureClaims(claims({ ...PAYLOAD, [field]: value }), EXPECTED);

    expect(problems).toEqual([{ code: 'not-whole-seconds', field, actual: value }]);
  });

  it.each(['iat', 'exp', 'tokenExp'])('names a missing %s', (field) => {
    expect(checkSignatureClaims(claims(without(field)), EXPECTED)).toEqual([
      { code: 'missing', field },
    ]);
  });

  it('names an expired token', () => {
    const expired = { ...PAYLOAD, iat: NOW - 7200, exp: NOW, tokenExp: NOW - 1 };

    expect(checkSignatureClaims(claims(expired), EXPECTED)).toEqual([
      { code: 'expired', field: 'exp', expected: NOW, actual: NOW },
      { code: 'expired', field: 'tokenExp', expected: NOW, actual: NOW - 1 },
    ]);
  });

  it('accepts lifetimes from 30 minutes to 48 hours', () => {
    for (const lifetime of [1800, 172800]) {
      const payload = { ...PAYLOAD, exp: NOW + lifetime, tokenExp: NOW + lifetime };
      expect(checkSignatureClaims(claims(payload), EXPECTED)).toEqual([]);
    }
  });

  it('names a lifetime outside 30 minutes to 48 hours', () => {
    const short = { ...PAYLOAD, exp: NOW + 1799, tokenExp: NOW + 7200 };
    const long = { ...PAYLOAD, exp: NOW + 7200, tokenExp: NOW + 172801 };

    expect(checkSignatureClaims(claims(short), EXPECTED)).toEqual([
      { code: 'lifetime-out-of-range', field: 'exp', expected: '1800..172800', actual: 1799 },
    ]);
    expect(checkSignatureClaims(claims(long), EXPECTED)).toEqual([
      {
        code: 'lifetime-out-of-range',
        field: 'tokenExp',
        expected: '1800..172800',
        actual: 172801,
      },
    ]);
  });

  it('names a backend clock more than five minutes ahead, with the seconds', () => {
    const issuedAt = (ahead: number) => ({
      ...PAYLOAD,
      iat: NOW + ahead,
      exp: NOW + ahead + 7200,
      tokenExp: NOW + ahead + 7200,
    });

    expect(checkSignatureClaims(claims(issuedAt(300)), EXPECTED)).toEqual([]);
    expect(checkSignatureClaims(claims(issuedAt(301)), EXPECTED)).toEqual([
      { code: 'clock-ahead', field: 'iat', expected: 300, actual: 301 },
    ]);
  });

  it('accepts a backend clock that is behind, as long as the token is alive', () => {
    const behind = { ...PAYLOAD, iat: NOW - 3600, exp: NOW + 3600, tokenExp: NOW + 3600 };

    expect(checkSignatureClaims(claims(behind), EXPECTED)).toEqual([]);
  });

  it('lists every problem of a token built for another meeting and role', () => {
    const wrong = { ...PAYLOAD, mn: '111111111', role: 1 };

    expect(checkSignatureClaims(claims(wrong), EXPECTED).map((problem) => problem.code)).toEqual([
      'role-mismatch',
      'meeting-number-mismatch',
    ]);
  });
});
