import { t } from '../shared/i18n.ts';
import type { ZoomProblem } from './zoom-failure.ts';

function sentence(problem: ZoomProblem): string {
  const reason = problem.zoomText ?? '';

  switch (problem.kind) {
    case 'zoom-unreachable':
      return t('error_zoom_unreachable');
    case 'sdk-load':
      return t('error_zoom_sdk_load');
    case 'init-failed':
      return t('error_zoom_init_failed', reason);
    case 'join-failed':
      return t('error_zoom_join_failed', reason);
  }
}

/** A failure reported by Zoom, with Zoom's code for support. */
export function ZoomProblemNotice({ problem }: { problem: ZoomProblem }) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{sentence(problem)}</p>
      {problem.code !== undefined && (
        <p class="support">{t('join_zoom_code', String(problem.code))}</p>
      )}
    </div>
  );
}
