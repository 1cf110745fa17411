import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';
import { createLogger } from '../shared/logger.ts';
import { sendMessage } from '../shared/messaging.ts';
import type { Failure, JoinRequest } from '../shared/protocol.ts';
import { FailureNotice } from '../shared/ui/FailureNotice.tsx';
import { BrowserLimitNotice } from './BrowserLimitNotice.tsx';
import { HostStartActions } from './HostStartActions.tsx';
import { RetryActions } from './RetryActions.tsx';
import { JoinForm } from '../shared/ui/JoinForm.tsx';
import { readTestOverrides } from '../shared/test-overrides.ts';
import { JOIN_MARKS, markJoin } from './join-marks.ts';
import { sdkLanguage } from './sdk-language.ts';
import { describeZoomFailure, isGenericFailure, type ZoomProblem } from './zoom-failure.ts';
import { isZoomReachable } from './zoom-reachable.ts';
import { ZoomFailureView } from './ZoomFailureView.tsx';
import { ZoomCallError, type ZoomView } from './zoom-view.ts';

const log = createLogger('join');

type Phase =
  | { kind: 'preparing'; sdkReady: boolean; signed: boolean }
  | { kind: 'joining'; meetingNumber: string }
  | { kind: 'joined' }
  | { kind: 'failed'; failure: Failure }
  | { kind: 'zoom-failed'; problem: ZoomProblem; meetingNumber: string }
  | { kind: 'editing'; request: JoinRequest }
  | { kind: 'left' };

/** Phases in which the SDK's screen has nothing to show. */
const HIDES_ZOOM = new Set<Phase['kind']>(['failed', 'zoom-failed', 'editing', 'left']);

interface Props {
  joinId: string;
  /** The SDK view to join with: the client view in a tab, Component View in the side panel. */
  view: ZoomView;
  /** True when the SDK came back here after the person left the meeting. */
  left: boolean;
}

function pageUrl(joinId: string, extra = ''): string {
  return `${location.pathname}?join=${encodeURIComponent(joinId)}${extra}`;
}

/** Loads Zoom and joins the prepared meeting, or says what went wrong and what to do. */
export function JoinPage({ joinId, view, left }: Props) {
  const [phase, setPhase] = useState<Phase>(
    left ? { kind: 'left' } : { kind: 'preparing', sdkReady: false, signed: false },
  );

  useEffect(() => {
    document.title = t('join_title');
    if (!left) void join(joinId, view, setPhase);
  }, [joinId, view, left]);

  useEffect(() => {
    // The SDK's own screen (stuck on "Joining Meeting...") must not show through or be read out.
    document.body.classList.toggle('zoom-hidden', HIDES_ZOOM.has(phase.kind));
  }, [phase.kind]);

  const back = async () => {
    const request = await sendMessage('getJoinRequest', { joinId });
    if (!request.ok) return setPhase({ kind: 'failed', failure: request.error });

    setPhase({ kind: 'editing', request: request.value });
  };

  const rejoin = async (request: JoinRequest): Promise<Failure | undefined> => {
    const started = await sendMessage('requestJoin', { ...request, openTab: false });
    if (!started.ok) return started.error;

    // A fresh page gives the SDK a clean start: after a failed join it cannot be reused.
    location.replace(pageUrl(started.value.joinId));
    return undefined;
  };

  const rejoinWithPasscode = async (passcode: string): Promise<Failure | undefined> => {
    const request = await sendMessage('getJoinRequest', { joinId });
    if (!request.ok) return request.error;

    return rejoin({ ...request.value, passcode });
  };

  if (phase.kind === 'joined') return null;

  // Once join() is called the SDK may show screens of its own that need the person (audio and
  // video preview, waiting room): the progress then shrinks to a banner that blocks nothing.
  return (
    <div class={phase.kind === 'joining' ? 'overlay overlay-banner' : 'overlay'}>
      <div class="panel">
        <PhaseView
          phase={phase}
          onBack={() => void back()}
          onRejoin={rejoin}
          onPasscode={rejoinWithPasscode}
          joinId={joinId}
        />
      </div>
    </div>
  );
}

interface PhaseViewProps {
  phase: Exclude<Phase, { kind: 'joined' }>;
  joinId: string;
  onBack: () => void;
  onRejoin: (request: JoinRequest) => Promise<Failure | undefined>;
  onPasscode: (passcode: string) => Promise<Failure | undefined>;
}

function PhaseView({ phase, joinId, onBack, onRejoin, onPasscode }: PhaseViewProps) {
  const tryAgain = () => location.replace(pageUrl(joinId));

  switch (phase.kind) {
    case 'preparing':
      return (
        <>
          <div class="progress" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true" />
            <span>{phase.sdkReady ? t('join_getting_signature') : t('join_loading_sdk')}</span>
          </div>
          <BrowserLimitNotice />
        </>
      );
    case 'joining':
      return (
        <div class="progress" role="status" aria-live="polite">
          <span class="spinner" aria-hidden="true" />
          <span>{t('join_joining', phase.meetingNumber)}</span>
        </div>
      );
    case 'zoom-failed':
      return (
        <ZoomFailureView
          problem={phase.problem}
          meetingNumber={phase.meetingNumber}
          onTryAgain={tryAgain}
          onBack={onBack}
          onPasscode={onPasscode}
        />
      );
    case 'failed':
      return (
        <>
          <h1>{t('join_failed_heading')}</h1>
          <FailureNotice failure={phase.failure} />
          <HostStartActions failure={phase.failure} joinId={joinId} onRejoin={onRejoin} />
          <RetryActions onTryAgain={tryAgain} onBack={onBack} />
        </>
      );
    case 'editing':
      return (
        <>
          <h1>{t('join_edit_heading')}</h1>
          <JoinForm
            initial={{ ...phase.request, meeting: phase.request.meetingNumber }}
            onSubmit={onRejoin}
          />
        </>
      );
    case 'left':
      return (
        <>
          <h1>{t('join_left_heading')}</h1>
          <div class="actions">
            <button type="button" class="primary" onClick={tryAgain} autoFocus>
              {t('join_rejoin')}
            </button>
          </div>
        </>
      );
  }
}

/**
 * Loads the SDK and fetches the signed join at the same time, then joins.
 * Neither waits for the other: the join starts as soon as both are ready.
 */
async function join(
  joinId: string,
  view: ZoomView,
  setPhase: (phase: Phase) => void,
): Promise<void> {
  let sdkReady = false;
  let signed = false;
  const leaveUrl = browser.runtime.getURL(pageUrl(joinId, '&left').slice(1));

  const overrides = await readTestOverrides();
  const language = sdkLanguage(overrides.uiLanguage ?? browser.i18n.getUILanguage());
  const zoom = view.start({ language, leaveUrl }).then((joinZoom) => {
    markJoin(JOIN_MARKS.sdkReady);
    sdkReady = true;
    if (!signed) setPhase({ kind: 'preparing', sdkReady, signed });
    return joinZoom;
  });
  // Reported below, once the signed join is known; never left unhandled meanwhile.
  zoom.catch(() => undefined);

  // Only the benchmark's sequential variant waits here; what ships asks for both at once.
  if (overrides.joinOrder === 'sequential') await zoom.catch(() => undefined);

  const prepared = await sendMessage('getPreparedJoin', { joinId });
  markJoin(JOIN_MARKS.signatureReceived);
  // Set before reporting a failure too: the SDK becoming ready later must not hide it.
  signed = true;
  if (!prepared.ok) return setPhase({ kind: 'failed', failure: prepared.error });

  const { meetingNumber } = prepared.value;

  try {
    const joinZoom = await zoom;
    setPhase({ kind: 'joining', meetingNumber });
    markJoin(JOIN_MARKS.joinCalled);
    await joinZoom(prepared.value);
    setPhase({ kind: 'joined' });
  } catch (error) {
    log.warn('Joining failed', error);
    setPhase({ kind: 'zoom-failed', problem: await toProblem(error), meetingNumber });
  }
}

async function toProblem(error: unknown): Promise<ZoomProblem> {
  if (!(error instanceof ZoomCallError)) return { kind: 'sdk-load' };

  const problem = describeZoomFailure(error.step, error.failure);
  if (isGenericFailure(problem) && !(await isZoomReachable())) {
    return { ...problem, kind: 'zoom-unreachable' };
  }

  return problem;
}
