import { describe, expect, it } from 'vitest';

import { describeZoomFailure, isGenericFailure } from '../../../src/join/zoom-failure.ts';

describe('describeZoomFailure', () => {
  it("keeps Zoom's code and own words for support", () => {
    const problem = describeZoomFailure('join', {
      errorCode: 3004,
      errorMessage: 'Passcode wrong.',
    });

    expect(problem).toMatchObject({ code: 3004, zoomText: 'Passcode wrong.' });
    expect(problem.kind).not.toBe('zoom-unreachable');
    expect(problem.kind).not.toBe('sdk-load');
  });

  it("reads Zoom's words from `reason` when there is no `errorMessage`", () => {
    expect(
      describeZoomFailure('init', { errorCode: 3712, reason: 'Signature is invalid.' }),
    ).toMatchObject({ code: 3712, zoomText: 'Signature is invalid.' });
  });

  it('calls a connection error or a timeout a network problem, not a refusal', () => {
    for (const errorMessage of ['connection error', 'Joining meeting timeout.', 'Network error']) {
      expect(describeZoomFailure('join', { errorCode: 1, errorMessage }).kind).toBe(
        'zoom-unreachable',
      );
    }
  });

  it('leaves out a code that is not a number, and empty words', () => {
    const problem = describeZoomFailure('join', { errorMessage: '' });

    expect(problem).not.toHaveProperty('code');
    expect(problem).not.toHaveProperty('zoomText');
  });
});

describe('isGenericFailure', () => {
  it("is true for Zoom's codes that say only 'failed', and for no code at all", () => {
    expect(isGenericFailure(describeZoomFailure('join', { errorCode: 1 }))).toBe(true);
    expect(isGenericFailure(describeZoomFailure('join', { errorCode: 200 }))).toBe(true);
    expect(isGenericFailure(describeZoomFailure('join', {}))).toBe(true);
  });

  it('is false for a code that says what went wrong', () => {
    for (const errorCode of [3004, 3008, 3712, 4011]) {
      expect(isGenericFailure(describeZoomFailure('join', { errorCode }))).toBe(false);
    }
  });
});
