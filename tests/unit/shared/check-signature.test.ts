import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { checkSignature } from '../../../src/shared/check-signature.ts';

const NOW_MS = 1_796_385_600_000; // 2026-12-04T12:00:00Z
const NOW = NOW_MS / 1000;

const PAYLOAD = {
  appKey: 'testSdkKey123',
  sdkKey: 'testSdkKey123',
  mn: '85012345678',
  role: 0,
  iat: NOW - 30,
  exp: NOW + 7200,
  tokenExp: NOW + 7200,
};

const EXPECTED = { meetingNumber: '85012345678', role: 0 } as const;

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A JWT signed as Zoom's sample does; nothing under test verifies the HMAC. */
function makeJwt(changes: Record<string, unknown> = {}, header: object = { alg: 'HS256' }): string {
  const payload = { ...PAYLOAD, ...changes };
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${unsigned}.${createHmac('sha256', 'secret').update(unsigned).digest('base64url')}`;
}

/** The failure, written out, so a test can ask whether it names a claim. */
function failureText(result: ReturnType<typeof checkSignature>): string {
  return result.ok ? '' : JSON.stringify(result.error);
}

describe('checkSignature', () => {
  it("accepts a signature for the meeting and role asked for, as Zoom's sample signs it", () => {
    expect(checkSignature(makeJwt(), EXPECTED, NOW_MS)).toEqual({ ok: true, value: undefined });
  });

  it('accepts a host signature for a host join', () => {
    const host = makeJwt({ role: 1 });
    expect(checkSignature(host, { ...EXPECTED, role: 1 }, NOW_MS).ok).toBe(true);
  });

  it('accepts the meeting number written with spaces on either side', () => {
    expect(checkSignature(makeJwt({ mn: '850 1234 5678' }), EXPECTED, NOW_MS).ok).toBe(true);
    expect(
      checkSignature(makeJwt(), { ...EXPECTED, meetingNumber: '850-1234-5678' }, NOW_MS).ok,
    ).toBe(true);
  });

  it('refuses a signature for another meeting, naming the meeting number', () => {
    const result = checkSignature(makeJwt({ mn: '99999999999' }), EXPECTED, NOW_MS);

    expect(result.ok).toBe(false);
    expect(result.ok || result.error.code).toBe('signature-invalid');
    expect(failureText(result)).toContain('mn');
  });

  it('refuses an attendee signature for a host join, naming the role', () => {
    const result = checkSignature(makeJwt(), { ...EXPECTED, role: 1 }, NOW_MS);

    expect(result.ok || result.error.code).toBe('signature-invalid');
    expect(failureText(result)).toContain('role');
  });

  it('refuses a signature that expired, or lives longer than Zoom allows', () => {
    const expired = makeJwt({ iat: NOW - 9000, exp: NOW - 60, tokenExp: NOW - 60 });
    const tooLong = makeJwt({ exp: NOW + 200_000, tokenExp: NOW + 200_000 });

    expect(checkSignature(expired, EXPECTED, NOW_MS).ok).toBe(false);
    expect(checkSignature(tooLong, EXPECTED, NOW_MS).ok).toBe(false);
  });

  it('refuses a signature without appKey, which Zoom requires since web SDK 5.0', () => {
    const result = checkSignature(makeJwt({ appKey: undefined }), EXPECTED, NOW_MS);

    expect(result.ok || result.error.code).toBe('signature-invalid');
    expect(failureText(result)).toContain('appKey');
  });

  it('refuses a signature not signed with HS256', () => {
    const result = checkSignature(makeJwt({}, { alg: 'none' }), EXPECTED, NOW_MS);
    expect(result.ok || result.error.code).toBe('signature-invalid');
  });

  it('refuses text that is no JWT at all', () => {
    for (const text of ['', 'not-a-jwt', 'a.b', `${makeJwt()}.extra`]) {
      const result = checkSignature(text, EXPECTED, NOW_MS);
      expect(result.ok || result.error.code).toBe('signature-invalid');
    }
  });

  it('judges time by the clock it is given, not by the machine running it', () => {
    const later = NOW_MS + 3 * 60 * 60 * 1000;
    expect(checkSignature(makeJwt(), EXPECTED, later).ok).toBe(false);
  });
});
