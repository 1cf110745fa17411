// Zoom's failures, in words a person understands.

import type { ZoomFailure } from './zoom-sdk.ts';

export interface ZoomProblem {
  /** What happened and what to do, in the person's language. */
  kind: 'zoom-unreachable' | 'sdk-load' | 'init-failed' | 'join-failed';
  /** Zoom's number, kept for support. */
  code?: number;
  /** Zoom's own words, shown as they are. */
  zoomText?: string;
}

/**
 * The SDK reports an unreachable Zoom as a join failure whose reason is
 * "connection error" (its fallback when the meeting-info call fails), or as a
 * timeout; both mean the network, not the meeting.
 */
const NETWORK_TEXT = /connection error|timeout|network/i;

/** The problem a person sees for what `init` or `join` reported. */
export function describeZoomFailure(step: 'init' | 'join', failure: ZoomFailure): ZoomProblem {
  const zoomText = failure.errorMessage ?? failure.reason ?? '';
  const code = typeof failure.errorCode === 'number' ? failure.errorCode : undefined;
  const base = { ...(code === undefined ? {} : { code }), ...(zoomText ? { zoomText } : {}) };

  if (NETWORK_TEXT.test(zoomText)) return { kind: 'zoom-unreachable', ...base };

  return { kind: step === 'init' ? 'init-failed' : 'join-failed', ...base };
}

/**
 * Codes the SDK uses for "something failed" without saying what: 1 in the
 * client view, 200 in the component view (Zoom's published error-code table).
 * A blocked network ends up here too.
 */
const GENERIC_CODES = new Set([1, 200]);

/** True when Zoom's report says nothing specific, so the network may be the cause. */
export function isGenericFailure(problem: ZoomProblem): boolean {
  return problem.code === undefined || GENERIC_CODES.has(problem.code);
}
