import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';
import type { Failure } from '../shared/protocol.ts';
import type { ZoomErrorAction } from '../shared/zoom-error-codes.ts';
import { PasscodePrompt } from './PasscodePrompt.tsx';
import { RetryActions } from './RetryActions.tsx';
import { WaitForHost } from './WaitForHost.tsx';
import { explainZoomProblem, type ZoomProblem } from './zoom-failure.ts';
import { ZoomProblemNotice } from './ZoomProblemNotice.tsx';

interface Props {
  problem: ZoomProblem;
  meetingNumber: string;
  /** Loads this page again: a fresh SDK and a fresh signature for the same join. */
  onTryAgain: () => void;
  /** Shows the join form with what was asked for. */
  onBack: () => void;
  /** Starts a new join with another passcode; resolves to a failure to show, or nothing. */
  onPasscode: (passcode: string) => Promise<Failure | undefined>;
}

/** What Zoom refused, and the way forward that fits: a passcode, a wait, or a retry. */
export function ZoomFailureView({ problem, meetingNumber, onTryAgain, onBack, onPasscode }: Props) {
  const explanation = explainZoomProblem(problem);

  return (
    <>
      <h1>{t('join_failed_heading')}</h1>
      <ZoomProblemNotice problem={problem} explanation={explanation} />
      <Actions
        action={explanation.action}
        meetingNumber={meetingNumber}
        onTryAgain={onTryAgain}
        onBack={onBack}
        onPasscode={onPasscode}
      />
    </>
  );
}

type ActionsProps = Omit<Props, 'problem'> & { action: ZoomErrorAction };

function Actions({ action, meetingNumber, onTryAgain, onBack, onPasscode }: ActionsProps) {
  switch (action) {
    case 'check-passcode':
      return <PasscodePrompt onSubmit={onPasscode} onBack={onBack} />;
    case 'wait-for-host':
      return <WaitForHost onRetry={onTryAgain} onBack={onBack} />;
    case 'check-meeting-id':
    case 'change-role':
      return (
        <div class="actions">
          <button type="button" class="primary" onClick={onBack} autoFocus>
            {t('join_check_details')}
          </button>
          <button type="button" onClick={onTryAgain}>
            {t('join_try_again')}
          </button>
        </div>
      );
    case 'sign-in':
      return (
        <div class="actions">
          <button type="button" class="primary" onClick={openSignIn} autoFocus>
            {t('host_sign_in')}
          </button>
          <OpenInZoomApp meetingNumber={meetingNumber} primary={false} />
          <button type="button" onClick={onBack}>
            {t('join_back')}
          </button>
        </div>
      );
    case 'use-zoom-app':
      return (
        <div class="actions">
          <OpenInZoomApp meetingNumber={meetingNumber} primary />
          <button type="button" onClick={onBack}>
            {t('join_back')}
          </button>
        </div>
      );
    case 'retry':
    case 'check-network':
    case 'leave-other-meeting':
    case 'ask-host':
    case 'update-extension':
    case 'contact-backend-admin':
      return <RetryActions onTryAgain={onTryAgain} onBack={onBack} />;
  }
}

/** Signing in happens on the options page; the person comes back and tries again. */
function openSignIn() {
  void browser.runtime.openOptionsPage();
}

/** Zoom's join page for the meeting: it offers to open Zoom's app, which asks for the passcode. */
function OpenInZoomApp({ meetingNumber, primary }: { meetingNumber: string; primary: boolean }) {
  return (
    <a
      class={primary ? 'button primary' : 'button'}
      href={`https://zoom.us/j/${encodeURIComponent(meetingNumber)}`}
      target="_blank"
      rel="noopener noreferrer"
    >
      {t('join_open_in_app')}
    </a>
  );
}
