import type { ConnectionReport, HostStartCheck } from '../shared/connection-report.ts';
import { t } from '../shared/i18n.ts';
import { ClaimProblemList } from '../shared/ui/ClaimProblemList.tsx';
import { failureMessage } from '../shared/ui/failure-message.ts';

// Within this many seconds, two clocks count as the same: the measure has a 1-second grain.
const CLOCK_SAME_SECONDS = 2;

// Backends date signatures early on purpose, so that a clock a little ahead of theirs (Zoom's)
// does not see them as issued in the future; Zoom's own sample takes 30 seconds off.
const DATED_EARLY_SECONDS = 120;

/** What "Test connection" learned, one finding per line, problems named one by one. */
export function ConnectionReportView({ report }: { report: ConnectionReport }) {
  const fine = report.problems.length === 0;

  return (
    <div class={`notice ${fine ? 'notice-ok' : 'notice-error'}`} role="status">
      {/* A signature Zoom would refuse is no working connection: say so before anything else. */}
      <p>{t(fine ? 'options_test_reachable' : 'options_test_reachable_refused')}</p>
      <p>{t('options_test_sdk_key', report.sdkKey ?? '—')}</p>
      {report.lifetimeSeconds !== undefined && (
        <p>{t('options_test_lifetime', (report.lifetimeSeconds / 3600).toFixed(1))}</p>
      )}
      {report.clockOffsetSeconds !== undefined && <ClockLine offset={report.clockOffsetSeconds} />}
      {fine ? (
        <p>{t('options_test_checks_ok')}</p>
      ) : (
        <>
          <p>{t('options_test_checks_failed')}</p>
          <ClaimProblemList problems={report.problems} />
        </>
      )}
      <HostLine host={report.host} />
    </div>
  );
}

function ClockLine({ offset }: { offset: number }) {
  if (Math.abs(offset) <= CLOCK_SAME_SECONDS) return <p>{t('options_test_clock_same')}</p>;

  const seconds = String(Math.abs(offset));
  if (offset > 0) return <p>{t('options_test_clock_ahead', seconds)}</p>;
  if (-offset <= DATED_EARLY_SECONDS) return <p>{t('options_test_clock_early', seconds)}</p>;
  return <p>{t('options_test_clock_behind', seconds)}</p>;
}

function HostLine({ host }: { host: HostStartCheck }) {
  switch (host.kind) {
    case 'signs':
      if (host.problems.length > 0) {
        return (
          <>
            <p>{t('options_test_host_bad_signature')}</p>
            <ClaimProblemList problems={host.problems} />
          </>
        );
      }
      return <p>{t(host.zak ? 'options_test_host_signs' : 'options_test_host_no_zak')}</p>;
    case 'needs-sign-in':
      return <p>{t('options_test_host_needs_sign_in')}</p>;
    case 'unavailable':
    case 'unknown':
      return (
        <>
          <p>
            {t(
              host.kind === 'unavailable'
                ? 'options_test_host_refused'
                : 'options_test_host_unknown',
            )}
          </p>
          <p class="support">{failureMessage(host.failure)}</p>
          {host.failure.status !== undefined && (
            <p class="support">{t('error_http_status', String(host.failure.status))}</p>
          )}
          {host.failure.details && host.failure.details.length > 0 && (
            <ul class="details">
              {host.failure.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </>
      );
  }
}
