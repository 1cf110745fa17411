import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import { HOST_START_FAILURES, SIGN_IN_FIXES, zoomStartPage } from '../shared/host-failures.ts';
import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import type { Failure, JoinRequest } from '../shared/protocol.ts';

interface Props {
  failure: Failure;
  joinId: string;
  onRejoin: (request: JoinRequest) => Promise<Failure | undefined>;
}

/** What can still be done when a host start cannot work: sign in, attend, or use Zoom's app. */
export function HostStartActions({ failure, joinId, onRejoin }: Props) {
  const [request, setRequest] = useState<JoinRequest>();
  const hostFailure = HOST_START_FAILURES.has(failure.code);
  const signInHelps = SIGN_IN_FIXES.has(failure.code);

  useEffect(() => {
    if (!hostFailure) return;

    void sendMessage('getJoinRequest', { joinId }).then((result) => {
      if (result.ok) setRequest(result.value);
    });
  }, [joinId, hostFailure]);

  if (!hostFailure && !signInHelps) return null;

  const openSignIn = () => void browser.runtime.openOptionsPage();

  return (
    <div class="actions">
      {signInHelps && (
        <button type="button" onClick={openSignIn}>
          {t('host_sign_in')}
        </button>
      )}
      {request && hostFailure && request.role === 1 && (
        <button type="button" onClick={() => void onRejoin({ ...request, role: 0 })}>
          {t('host_join_as_attendee')}
        </button>
      )}
      {request && hostFailure && (
        <a href={zoomStartPage(request.meetingNumber)} target="_blank" rel="noopener noreferrer">
          {t('host_open_in_zoom')}
        </a>
      )}
    </div>
  );
}
