import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import type { Failure } from '../shared/protocol.ts';
import { openSidePanel } from '../shared/side-panel.ts';
import { FailureNotice } from '../shared/ui/FailureNotice.tsx';

interface Props {
  joinId: string;
}

/**
 * Moves the meeting from this tab to the side panel. The SDK cannot carry a running meeting to
 * another page, so the panel joins again at once and this tab then closes (the SDK leaves the
 * meeting when its page unloads).
 */
export function MoveToSidePanel({ joinId }: Props) {
  // Read before any click: the panel opens only in the click itself, before any await.
  const [windowId, setWindowId] = useState<number>();
  const [failure, setFailure] = useState<Failure>();

  useEffect(() => {
    void browser.windows.getCurrent().then(({ id }) => setWindowId(id));
  }, []);

  if (windowId === undefined) return null;

  const move = async () => {
    const opened = openSidePanel(windowId);
    const request = await sendMessage('getJoinRequest', { joinId });
    if (!request.ok) return setFailure(request.error);
    if (!(await opened)) return setFailure({ code: 'internal' });

    const started = await sendMessage('requestJoin', {
      ...request.value,
      openTab: false,
      panelWindowId: windowId,
    });
    if (!started.ok) return setFailure(started.error);

    const tab = await browser.tabs.getCurrent();
    if (tab.id !== undefined) await browser.tabs.remove(tab.id);
  };

  return (
    <div class="move-to-panel">
      <button type="button" onClick={() => void move()}>
        {t('join_move_to_side_panel')}
      </button>
      {failure && <FailureNotice failure={failure} />}
    </div>
  );
}
