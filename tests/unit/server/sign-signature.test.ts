import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';

import { signMeetingSignatureNode } from '../../../server/src/sign-signature-node.ts';
import { signMeetingSignature } from '../../../server/src/sign-signature.ts';
import type { SignatureInput, SignMeeting } from '../../../server/src/sign-signature.ts';
import { TEST_SDK_KEY, TEST_SDK_SECRET, verifyWithTestSecret } from './server-fixtures.ts';

// 12:00:00.750 UTC: the milliseconds show that `iat` is rounded down to whole seconds.
const NOW = new Date('2026-12-04T12:00:00.750Z');
const NOW_SECONDS = Math.floor(Date.UTC(2026, 11, 4, 12, 0, 0) / 1000);

const INPUT: SignatureInput = {
  sdkKey: TEST_SDK_KEY,
  sdkSecret: TEST_SDK_SECRET,
  meetingNumber: '85996249517',
  role: 0,
  now: NOW,
};

// The Worker signs through WebCrypto (jose), Node through node:crypto; both must pass alike.
const SIGNERS: [string, SignMeeting][] = [
  ['WebCrypto', signMeetingSignature],
  ['node:crypto', signMeetingSignatureNode],
];

describe.each(SIGNERS)('the %s signer', (_name, sign) => {
  it('signs with HS256 and a JWT header that the test secret verifies', async () => {
    const token = await sign(INPUT);

    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    await expect(verifyWithTestSecret(token, NOW)).resolves.toBeTruthy();
  });

  it("carries exactly the claims of Zoom's sample, the SDK key as appKey and sdkKey", async () => {
    const payload = await verifyWithTestSecret(await sign(INPUT), NOW);

    expect(Object.keys(payload)).toEqual([
      'appKey',
      'sdkKey',
      'mn',
      'role',
      'iat',
      'exp',
      'tokenExp',
    ]);
    expect(payload.appKey).toBe(TEST_SDK_KEY);
    expect(payload.sdkKey).toBe(TEST_SDK_KEY);
    expect(payload.mn).toBe('85996249517');
  });

  it('puts the role in as a number', async () => {
    const attendee = await verifyWithTestSecret(await sign(INPUT), NOW);
    const hostToken = await sign({ ...INPUT, role: 1 });
    const host = await verifyWithTestSecret(hostToken, NOW);

    expect(attendee.role).toBe(0);
    expect(host.role).toBe(1);
  });

  it('dates iat 30 seconds back, in whole seconds', async () => {
    const payload = await verifyWithTestSecret(await sign(INPUT), NOW);

    expect(Number.isInteger(payload.iat)).toBe(true);
    expect(payload.iat).toBe(NOW_SECONDS - 30);
  });

  it('lasts two hours when no expiration is asked for, with tokenExp equal to exp', async () => {
    const payload = await verifyWithTestSecret(await sign(INPUT), NOW);

    expect(payload.exp).toBe(NOW_SECONDS - 30 + 7200);
    expect(payload.tokenExp).toBe(payload.exp);
  });

  it('lasts exactly the asked expirationSeconds counted from iat', async () => {
    const token = await sign({ ...INPUT, expirationSeconds: 1801 });
    const payload = await verifyWithTestSecret(token, NOW);

    expect(Number(payload.exp) - Number(payload.iat)).toBe(1801);
    expect(payload.tokenExp).toBe(payload.exp);
  });

  it.each([0, 1] as const)('adds video_webrtc_mode %i when it is given', async (mode) => {
    const token = await sign({ ...INPUT, videoWebRtcMode: mode });
    const payload = await verifyWithTestSecret(token, NOW);

    expect(payload.video_webrtc_mode).toBe(mode);
  });

  it('leaves video_webrtc_mode out when it is not given', async () => {
    const payload = await verifyWithTestSecret(await sign(INPUT), NOW);

    expect(payload).not.toHaveProperty('video_webrtc_mode');
  });

  it('signs with the clock when no time is given', async () => {
    const before = Math.floor(Date.now() / 1000);
    const token = await sign({ ...INPUT, now: undefined });
    const after = Math.floor(Date.now() / 1000);

    const payload = await verifyWithTestSecret(token);
    expect(payload.iat).toBeGreaterThanOrEqual(before - 30);
    expect(payload.iat).toBeLessThanOrEqual(after - 30);
  });

  it('produces a signature that another secret does not verify', async () => {
    const token = await sign(INPUT);
    const otherKey = new TextEncoder().encode('another-secret-0000000000000000');

    await expect(jwtVerify(token, otherKey, { currentDate: NOW })).rejects.toBeInstanceOf(
      errors.JWSSignatureVerificationFailed,
    );
  });
});

describe('the node:crypto signer beside the WebCrypto one', () => {
  it.each([
    INPUT,
    { ...INPUT, role: 1, expirationSeconds: 172800, videoWebRtcMode: 0 },
    { ...INPUT, sdkKey: 'kéy-ü-€', sdkSecret: 'sécret-ü-€-0000000000000000' },
  ] satisfies SignatureInput[])('produces the very same JWT for %j', async (input) => {
    expect(signMeetingSignatureNode(input)).toBe(await signMeetingSignature(input));
  });

  it('answers at once, without a promise', () => {
    expect(typeof signMeetingSignatureNode(INPUT)).toBe('string');
  });

  it('signs with a new secret once the secret changes', async () => {
    const otherSecret = 'another-secret-0000000000000000';
    signMeetingSignatureNode(INPUT);
    const token = signMeetingSignatureNode({ ...INPUT, sdkSecret: otherSecret });

    const key = new TextEncoder().encode(otherSecret);
    await expect(jwtVerify(token, key, { currentDate: NOW })).resolves.toBeTruthy();
    await expect(verifyWithTestSecret(token, NOW)).rejects.toBeInstanceOf(
      errors.JWSSignatureVerificationFailed,
    );
  });
});
