// Zoom's failures, in words a person understands, with what to do next.

import type { MessageKey } from '../shared/i18n.ts';
import { zoomErrorMeaning, type ZoomErrorAction } from '../shared/zoom-error-codes.ts';
import type { ZoomFailure } from './zoom-view.ts';

export interface ZoomProblem {
  /** Where it failed: loading the SDK's files, reaching Zoom, or Zoom's own answer. */
  kind: 'sdk-load' | 'zoom-unreachable' | 'zoom-refused';
  step?: 'init' | 'join';
  /** Zoom's number, kept for support. */
  code?: number;
  /** Zoom's own words, shown as they are. */
  zoomText?: string;
}

/** The sentence for a problem and the action the page offers. */
export interface ZoomProblemExplanation {
  key: MessageKey;
  action: ZoomErrorAction;
}

/**
 * The SDK reports an unreachable Zoom as a join failure whose reason is
 * "connection error" (its fallback when the meeting-info call fails), or as
 * "Joining meeting timeout."; both mean the network, not the meeting.
 */
const NETWORK_TEXT = /connection error|timeout|network/i;

/**
 * Codes the SDK uses for "something failed" without saying what: 1 in the
 * client view, 200 in the component view (Zoom's published error-code table).
 * A blocked network ends up here too.
 */
const GENERIC_CODES = new Set([1, 200]);

/** The problem a person sees for what `init` or `join` reported. */
export function describeZoomFailure(step: 'init' | 'join', failure: ZoomFailure): ZoomProblem {
  const zoomText = failure.errorMessage ?? failure.reason ?? '';
  const code = typeof failure.errorCode === 'number' ? failure.errorCode : undefined;
  const base = {
    step,
    ...(code === undefined ? {} : { code }),
    ...(zoomText ? { zoomText } : {}),
  };

  if (NETWORK_TEXT.test(zoomText)) return { kind: 'zoom-unreachable', ...base };

  return { kind: 'zoom-refused', ...base };
}

/** True when Zoom's report says nothing specific, so the network may be the cause. */
export function isGenericFailure(problem: ZoomProblem): boolean {
  return problem.code === undefined || GENERIC_CODES.has(problem.code);
}

/** What to tell the person and which way forward to offer. */
export function explainZoomProblem(problem: ZoomProblem): ZoomProblemExplanation {
  if (problem.kind === 'sdk-load')
    return { key: 'error_zoom_sdk_load', action: 'update-extension' };

  if (problem.kind === 'zoom-unreachable') {
    return { key: 'error_zoom_unreachable', action: 'check-network' };
  }

  // "Failed" without a reason means a join failure in the table; before any join, it is init.
  if (problem.step === 'init' && isGenericFailure(problem)) {
    return { key: 'error_zoom_init_failed', action: 'retry' };
  }

  if (problem.code === undefined) return { key: 'error_zoom_unspecified', action: 'retry' };

  // A code the table does not know yet: the page shows the number and Zoom's own words.
  return zoomErrorMeaning(problem.code) ?? { key: 'error_zoom_unknown_code', action: 'retry' };
}
