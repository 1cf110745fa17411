import { describe, expect, it } from 'vitest';

import { validateSignatureRequest } from '../../../server/src/validate-request.ts';

const VALID = { meetingNumber: '123456789', role: 0 };

function errorsOf(body: unknown) {
  const result = validateSignatureRequest(body);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);

  return result.errors;
}

function valueOf(body: unknown) {
  const result = validateSignatureRequest(body);
  if (!result.ok) throw new Error(`expected a request, got ${JSON.stringify(result.errors)}`);

  return result.value;
}

describe('validateSignatureRequest', () => {
  it('accepts a minimal request unchanged', () => {
    expect(valueOf(VALID)).toEqual({ meetingNumber: '123456789', role: 0 });
  });

  it('accepts every optional property', () => {
    const body = { ...VALID, role: 1, expirationSeconds: 3600, videoWebRtcMode: 1 };

    expect(valueOf(body)).toEqual(body);
  });

  it("reads numeric strings as numbers, as Zoom's sample does", () => {
    const body = { ...VALID, role: '1', expirationSeconds: '3600', videoWebRtcMode: '0' };

    expect(valueOf(body)).toEqual({
      ...VALID,
      role: 1,
      expirationSeconds: 3600,
      videoWebRtcMode: 0,
    });
  });

  it.each([
    ['859 9624 9517', '85996249517'],
    ['123-4444-5555', '12344445555'],
    ['\u00a0859\u00a09624\u00a09517 ', '85996249517'],
    ['859\u202f9624\u20099517', '85996249517'],
    ['123\u20104444\u20135555', '12344445555'],
    [123456789, '123456789'],
    [12345678901, '12345678901'],
  ])('turns meeting number %j into %j', (input, digits) => {
    expect(valueOf({ ...VALID, meetingNumber: input }).meetingNumber).toBe(digits);
  });

  it('drops properties it does not know', () => {
    expect(valueOf({ ...VALID, passcode: 'abc', extra: { a: 1 } })).toEqual(VALID);
  });

  it('accepts the lifetime bounds 1800 and 172800 themselves', () => {
    expect(valueOf({ ...VALID, expirationSeconds: 1800 }).expirationSeconds).toBe(1800);
    expect(valueOf({ ...VALID, expirationSeconds: 172800 }).expirationSeconds).toBe(172800);
  });

  it.each([
    ['a line feed', '859\n9624\n9517'],
    ['a carriage return', '859\r96249517'],
    ['a tab', '859\t96249517'],
    ['a line separator', '859\u20289624\u20299517'],
    ['a vertical tab or form feed', '859\u000b9624\u000c9517'],
    ['a zero-width space', '859\u200b96249517'],
    ['a byte order mark', '\ufeff85996249517'],
    ['full-width digits', '\uff18\uff15\uff19\uff19\uff16\uff12\uff14\uff19\uff15'],
  ])('refuses a meeting number with %s between its digits', (_label, meetingNumber) => {
    expect(errorsOf({ ...VALID, meetingNumber })).toEqual([
      { property: 'meetingNumber', reason: 'Meeting number must be 9 to 11 digits' },
    ]);
  });

  it.each([
    ['missing', undefined, 'Value is required'],
    ['with letters', '12345678a', 'Meeting number must be 9 to 11 digits'],
    ['8 digits long', '12345678', 'Meeting number must be 9 to 11 digits'],
    ['12 digits long', '123456789012', 'Meeting number must be 9 to 11 digits'],
    ['empty', '', 'Meeting number must be 9 to 11 digits'],
    ['a negative number', -123456789, 'Meeting number must be 9 to 11 digits'],
    ['a fraction', 123456789.5, 'Meeting number must be 9 to 11 digits'],
    ['a boolean', true, 'Value true not allowed, must be of type string'],
  ])('refuses a meeting number that is %s', (_label, meetingNumber, reason) => {
    expect(errorsOf({ ...VALID, meetingNumber })).toEqual([{ property: 'meetingNumber', reason }]);
  });

  it.each([
    ['missing', undefined, 'Value is required'],
    ['2', 2, 'Value is not valid. Got 2, expected 0,1'],
    ['"2"', '2', 'Value is not valid. Got 2, expected 0,1'],
    ['-1', -1, 'Value is not valid. Got -1, expected 0,1'],
    ['0.5', 0.5, 'Value is not valid. Got 0.5, expected 0,1'],
    ['"abc"', 'abc', 'Value "abc" not allowed, must be of type number'],
    ['"1abc"', '1abc', 'Value "1abc" not allowed, must be of type number'],
    ['null', null, 'Value null not allowed, must be of type number'],
  ])('refuses role %s', (_label, role, reason) => {
    expect(errorsOf({ ...VALID, role })).toEqual([{ property: 'role', reason }]);
  });

  it.each([
    ['100', 100, 'Value must in between 1800 and 172800'],
    ['1799', 1799, 'Value must in between 1800 and 172800'],
    ['200000', 200000, 'Value must in between 1800 and 172800'],
    ['"200000"', '200000', 'Value must in between 1800 and 172800'],
    ['1800.5', 1800.5, 'Value 1800.5 not allowed, must be a whole number'],
    ['"1800.5"', '1800.5', 'Value 1800.5 not allowed, must be a whole number'],
    ['"soon"', 'soon', 'Value "soon" not allowed, must be of type number'],
  ])('refuses expirationSeconds %s', (_label, expirationSeconds, reason) => {
    expect(errorsOf({ ...VALID, expirationSeconds })).toEqual([
      { property: 'expirationSeconds', reason },
    ]);
  });

  it.each([
    ['3', 3, 'Value is not valid. Got 3, expected 0,1'],
    ['"x"', 'x', 'Value "x" not allowed, must be of type number'],
  ])('refuses videoWebRtcMode %s', (_label, videoWebRtcMode, reason) => {
    expect(errorsOf({ ...VALID, videoWebRtcMode })).toEqual([
      { property: 'videoWebRtcMode', reason },
    ]);
  });

  it('reports every wrong property at once, one reason each', () => {
    const body = { meetingNumber: 'abc', role: 2, expirationSeconds: 100.5, videoWebRtcMode: 3 };

    expect(errorsOf(body)).toEqual([
      { property: 'meetingNumber', reason: 'Meeting number must be 9 to 11 digits' },
      { property: 'role', reason: 'Value is not valid. Got 2, expected 0,1' },
      { property: 'expirationSeconds', reason: 'Value 100.5 not allowed, must be a whole number' },
      { property: 'videoWebRtcMode', reason: 'Value is not valid. Got 3, expected 0,1' },
    ]);
  });

  it('reports both required properties of an empty object', () => {
    expect(errorsOf({})).toEqual([
      { property: 'meetingNumber', reason: 'Value is required' },
      { property: 'role', reason: 'Value is required' },
    ]);
  });

  it.each([[[]], [null], ['123456789'], [42]])(
    'refuses %j as a body that is not an object',
    (body) => {
      expect(errorsOf(body)).toEqual([{ property: 'body', reason: 'Body must be a JSON object' }]);
    },
  );

  it('shortens a long wrong value in its reason', () => {
    const [error] = errorsOf({ ...VALID, role: 'x'.repeat(5000) });

    expect(error?.reason).toBe(`Value "${'x'.repeat(39)}… not allowed, must be of type number`);
  });
});
