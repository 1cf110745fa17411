import { useEffect, useRef, useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import { RetryActions } from './RetryActions.tsx';

/**
 * How long to wait before asking Zoom again whether the host has started the
 * meeting. Each try loads the SDK afresh, and `join()` allows one call per 10
 * seconds (its `@RateLimit 10s` in index.d.ts), so a shorter wait buys nothing.
 */
export const WAIT_FOR_HOST_SECONDS = 30;

const TICK_MS = 1000;

interface Props {
  onRetry: () => void;
  onBack: () => void;
}

/** Counts down to the next try while the meeting has not started; Cancel stops it. */
export function WaitForHost({ onRetry, onBack }: Props) {
  const [waiting, setWaiting] = useState(true);
  const [left, setLeft] = useState(WAIT_FOR_HOST_SECONDS);
  // Cancel takes effect in its click, not when the effect's cleanup runs after the next
  // render: a tick landing in between would otherwise still retry.
  const cancelled = useRef(false);

  useEffect(() => {
    if (!waiting) return;

    // Counted from a deadline, not by ticks: Chrome slows timers in background tabs.
    const deadline = Date.now() + WAIT_FOR_HOST_SECONDS * 1000;
    const timer = setInterval(() => {
      if (cancelled.current) return clearInterval(timer);

      const seconds = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(seconds);

      if (seconds > 0) return;

      clearInterval(timer);
      onRetry();
    }, TICK_MS);

    return () => clearInterval(timer);
  }, [waiting]);

  const cancel = () => {
    cancelled.current = true;
    setWaiting(false);
  };

  if (!waiting) {
    return <RetryActions onTryAgain={onRetry} onBack={onBack} />;
  }

  return (
    <>
      <p class="countdown" role="timer">
        {t('join_wait_countdown', String(left))}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={cancel} autoFocus>
          {t('join_wait_cancel')}
        </button>
      </div>
    </>
  );
}
