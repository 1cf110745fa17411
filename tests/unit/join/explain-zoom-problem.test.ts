import { describe, expect, it } from 'vitest';

import { describeZoomFailure, explainZoomProblem } from '../../../src/join/zoom-failure.ts';

describe('explainZoomProblem', () => {
  it('asks for the passcode again when Zoom says it is wrong (3004)', () => {
    const problem = describeZoomFailure('join', {
      errorCode: 3004,
      errorMessage: 'Meeting Passcode wrong.',
    });

    expect(explainZoomProblem(problem)).toEqual({
      key: 'error_zoom_wrong_passcode',
      action: 'check-passcode',
    });
  });

  it('offers to wait for the host when the meeting has not started (3008)', () => {
    const problem = describeZoomFailure('join', { errorCode: 3008, errorMessage: 'Not started' });

    expect(explainZoomProblem(problem)).toEqual({
      key: 'error_zoom_not_started',
      action: 'wait-for-host',
    });
  });

  it('blames the network for a join timeout, whatever the code', () => {
    const problem = describeZoomFailure('join', {
      errorCode: 3008,
      errorMessage: 'Joining meeting timeout.',
    });

    expect(explainZoomProblem(problem)).toEqual({
      key: 'error_zoom_unreachable',
      action: 'check-network',
    });
  });

  it('has no sentence of its own for a code the table does not know', () => {
    const problem = describeZoomFailure('join', { errorCode: 9123, errorMessage: 'Brand new.' });

    expect(explainZoomProblem(problem)).toEqual({
      key: 'error_zoom_unknown_code',
      action: 'retry',
    });
  });

  it('says Zoom gave no reason when a join failed without a code', () => {
    const problem = describeZoomFailure('join', {});

    expect(explainZoomProblem(problem)).toEqual({ key: 'error_zoom_unspecified', action: 'retry' });
  });

  it('reports a generic failure of init as the software not starting, not as a join', () => {
    const problem = describeZoomFailure('init', { errorCode: 1, errorMessage: 'Fail.' });

    expect(explainZoomProblem(problem)).toEqual({ key: 'error_zoom_init_failed', action: 'retry' });
  });

  it('explains a known code from init with the table: missing wasm files (3635)', () => {
    const problem = describeZoomFailure('init', { errorCode: 3635 });

    expect(explainZoomProblem(problem)).toEqual({
      key: 'error_zoom_wasm',
      action: 'update-extension',
    });
  });

  it('sends an invalid signature (3712) to the backend administrator', () => {
    const problem = describeZoomFailure('join', {
      errorCode: 3712,
      errorMessage: 'Signature is invalid.',
    });

    expect(explainZoomProblem(problem)).toEqual({
      key: 'error_zoom_signature_invalid',
      action: 'contact-backend-admin',
    });
  });

  it('asks to reinstall when the SDK files did not load', () => {
    expect(explainZoomProblem({ kind: 'sdk-load' })).toEqual({
      key: 'error_zoom_sdk_load',
      action: 'update-extension',
    });
  });
});
