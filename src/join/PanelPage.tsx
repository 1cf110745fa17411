import { useEffect, useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import type { Failure } from '../shared/protocol.ts';
import { FailureNotice } from '../shared/ui/FailureNotice.tsx';
import { JoinPage } from './JoinPage.tsx';
import { MediaAccessGate } from './MediaAccessGate.tsx';
import { watchPanelJoins } from './panel-joins.ts';
import type { ZoomView } from './zoom-view.ts';

interface Props {
  /** The join this panel shows; none before the first, or after moving it to a tab. */
  joinId?: string;
  windowId: number;
  view: ZoomView;
  left: boolean;
  /** True right after the meeting moved to a tab. */
  moved: boolean;
}

function panelUrl(joinId?: string, extra = ''): string {
  return joinId
    ? `${location.pathname}?join=${encodeURIComponent(joinId)}`
    : `${location.pathname}${extra}`;
}

/** The side panel: the meeting at the panel's width, with the same flow as the join tab. */
export function PanelPage({ joinId, windowId, view, left, moved }: Props) {
  useEffect(() => {
    document.title = t('join_title');

    return watchPanelJoins(windowId, (next) => {
      // A fresh page gives the SDK a clean start, as the join tab does for Try again.
      if (next !== joinId) location.replace(panelUrl(next));
    });
  }, [windowId, joinId]);

  if (!joinId) {
    return (
      <div class="overlay">
        <div class="panel">
          <p role="status">{moved ? t('panel_moving_to_tab') : t('panel_idle')}</p>
        </div>
      </div>
    );
  }

  return (
    <>
      <MoveToTab joinId={joinId} />
      {left ? (
        <JoinPage joinId={joinId} view={view} left />
      ) : (
        <MediaAccessGate>
          <JoinPage joinId={joinId} view={view} left={false} />
        </MediaAccessGate>
      )}
    </>
  );
}

/**
 * Moves the meeting to a full tab. The SDK cannot carry a running meeting from one page to
 * another, so the tab joins again at once and this panel then leaves (the SDK leaves the
 * meeting when its page unloads).
 */
function MoveToTab({ joinId }: { joinId: string }) {
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);

  const move = async () => {
    setBusy(true);
    const request = await sendMessage('getJoinRequest', { joinId });
    const started = request.ok
      ? await sendMessage('requestJoin', { ...request.value, openTab: true })
      : request;
    setBusy(false);
    if (!started.ok) return setFailure(started.error);

    location.replace(panelUrl(undefined, '?moved'));
  };

  return (
    <div class="panel-bar">
      <button type="button" disabled={busy} aria-busy={busy} onClick={() => void move()}>
        {t('panel_move_to_tab')}
      </button>
      {failure && <FailureNotice failure={failure} />}
    </div>
  );
}
