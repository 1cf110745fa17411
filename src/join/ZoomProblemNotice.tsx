import { t } from '../shared/i18n.ts';
import type { ZoomProblem, ZoomProblemExplanation } from './zoom-failure.ts';

interface Props {
  problem: ZoomProblem;
  explanation: ZoomProblemExplanation;
}

/** A failure reported by Zoom, with Zoom's code and own words for support. */
export function ZoomProblemNotice({ problem, explanation }: Props) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{t(explanation.key)}</p>
      {problem.code !== undefined && (
        <p class="support">{t('join_zoom_code', String(problem.code))}</p>
      )}
      {problem.zoomText && <p class="support">{t('join_zoom_said', problem.zoomText)}</p>}
    </div>
  );
}
