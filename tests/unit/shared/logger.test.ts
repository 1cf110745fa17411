import { afterEach, describe, expect, it, vi } from 'vitest';

import { createLogger, redact } from '../../../src/shared/logger.ts';

// A Meeting SDK signature as Zoom's sample makes one (header, payload, HMAC), cut short.
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhcHBLZXkiOiJrZXkiLCJtbiI6Ijg1MDEyMzQ1Njc4In0.c2lnbmF0dXJlLWJ5dGVz';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('redact', () => {
  it('replaces a JWT wherever it appears in text', () => {
    expect(redact(`signed ${JWT} for 85012345678`)).toBe('signed [redacted] for 85012345678');
    expect(redact(`${JWT},${JWT}`)).toBe('[redacted],[redacted]');
  });

  it('empties every field whose name says it holds a secret, however it is spelled', () => {
    const redacted = redact({
      signature: 'abc',
      zak: 'z',
      accessToken: 't',
      passcode: 'p',
      passWord: 'p',
      pwd: 'p',
      sdkSecret: 's',
      Authorization: 'Bearer x',
      session: 'sealed',
      meetingNumber: '85012345678',
      userName: 'Ada',
    });

    expect(redacted).toEqual({
      signature: '[redacted]',
      zak: '[redacted]',
      accessToken: '[redacted]',
      passcode: '[redacted]',
      passWord: '[redacted]',
      pwd: '[redacted]',
      sdkSecret: '[redacted]',
      Authorization: '[redacted]',
      session: '[redacted]',
      meetingNumber: '85012345678',
      userName: 'Ada',
    });
  });

  it("empties a registrant token under our name and under the SDK's", () => {
    expect(redact({ registrantToken: 'r', tk: 'r', tkHint: 'kept' })).toEqual({
      registrantToken: '[redacted]',
      tk: '[redacted]',
      tkHint: 'kept',
    });
  });

  it('redacts inside arrays and nested objects', () => {
    expect(redact({ join: { request: { passcode: 'p', role: 1 } }, list: [JWT, 2] })).toEqual({
      join: { request: { passcode: '[redacted]', role: 1 } },
      list: ['[redacted]', 2],
    });
  });

  it('turns an error into its name and message, redacted', () => {
    expect(redact(new TypeError(`bad token ${JWT}`))).toBe('TypeError: bad token [redacted]');
  });

  it('stops at a depth, so a cycle or a huge object cannot hang the logger', () => {
    const cyclic: Record<string, unknown> = { name: 'root' };
    cyclic.self = cyclic;

    expect(JSON.stringify(redact(cyclic))).toContain('[…]');
    expect(redact({ a: { b: { c: { d: { e: 'deep' } } } } })).toEqual({
      a: { b: { c: { d: '[…]' } } },
    });
  });

  it("replaces the secrets in a link's query, keeping the rest of the link", () => {
    expect(redact('opening https://us05web.zoom.us/j/85012345678?pwd=abc123&uname=Ada')).toBe(
      'opening https://us05web.zoom.us/j/85012345678?pwd=[redacted]&uname=Ada',
    );
    expect(redact('https://zoom.us/s/85012345678?zak=opaque-host-key')).toBe(
      'https://zoom.us/s/85012345678?zak=[redacted]',
    );
    expect(redact('https://zoom.us/w/85012345678?tk=registrant#pwd=x')).toBe(
      'https://zoom.us/w/85012345678?tk=[redacted]#pwd=[redacted]',
    );
  });

  it('leaves numbers, booleans, null and undefined alone', () => {
    for (const value of [0, 42, true, false, null, undefined]) expect(redact(value)).toBe(value);
  });

  it('does not change what it was given', () => {
    const original = { passcode: 'p', nested: { token: 't' } };
    redact(original);

    expect(original).toEqual({ passcode: 'p', nested: { token: 't' } });
  });
});

describe('createLogger', () => {
  it('prefixes each line with the surface and redacts the message and its details', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log = createLogger('background');

    log.warn(`refused ${JWT}`, { passcode: 'secret', meetingNumber: '85012345678' });

    expect(warn).toHaveBeenCalledWith('[background]', 'refused [redacted]', {
      passcode: '[redacted]',
      meetingNumber: '85012345678',
    });
  });

  it('writes each level to the console method of that level', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = createLogger('join');

    log.info('loaded');
    log.error('failed', new Error(`with ${JWT}`));

    expect(info).toHaveBeenCalledWith('[join]', 'loaded');
    expect(error).toHaveBeenCalledWith('[join]', 'failed', 'Error: with [redacted]');
  });
});
