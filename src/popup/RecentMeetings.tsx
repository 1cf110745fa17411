import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import { formatWhen } from '../shared/format-when.ts';
import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import type { Failure, Result } from '../shared/protocol.ts';
import {
  formatMeetingNumber,
  RECENT_MEETINGS_KEY,
  type RecentMeeting,
} from '../shared/recent-meetings.ts';
import { FailureNotice } from '../shared/ui/FailureNotice.tsx';
import './recent-meetings.css';

interface Props {
  /** Joins the meeting again; resolves to a failure to show, or nothing when done. */
  onJoin: (meeting: RecentMeeting) => Promise<Failure | undefined>;
}

/** The last meetings joined, newest first: one click joins again; each can be forgotten. */
export function RecentMeetings({ onJoin }: Props) {
  const [meetings, setMeetings] = useState<RecentMeeting[]>([]);
  const [failure, setFailure] = useState<Failure>();

  const show = (result: Result<RecentMeeting[]>) => {
    if (result.ok) setMeetings(result.value);
    else setFailure(result.error);
  };

  useEffect(() => {
    const reload = () => void sendMessage('listRecentMeetings', {}).then(show);

    // Another popup, the omnibox or a join may change the list while this one is open.
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && RECENT_MEETINGS_KEY in changes) reload();
    };

    reload();
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  if (meetings.length === 0) return failure ? <FailureNotice failure={failure} /> : null;

  const join = async (meeting: RecentMeeting) => {
    setFailure(undefined);
    setFailure(await onJoin(meeting));
  };
  const forget = (meetingNumber: string) =>
    void sendMessage('forgetRecentMeeting', { meetingNumber }).then(show);
  const forgetAll = () => void sendMessage('forgetAllRecentMeetings', {}).then(show);

  const now = Date.now();
  const language = browser.i18n.getUILanguage();

  return (
    <section class="recent-meetings" aria-labelledby="recent-heading">
      <div class="recent-header">
        <h2 id="recent-heading">{t('popup_recent_heading')}</h2>
        <button type="button" class="link-button" onClick={forgetAll}>
          {t('popup_recent_clear')}
        </button>
      </div>

      <ul>
        {meetings.map((meeting) => {
          const number = formatMeetingNumber(meeting.meetingNumber);
          const when = formatWhen(meeting.joinedAt, now, language);

          return (
            <li key={meeting.meetingNumber}>
              <button
                type="button"
                class="recent-join"
                title={t('popup_recent_join', meeting.topic ?? number)}
                onClick={() => void join(meeting)}
              >
                <span class="recent-title">{meeting.topic ?? number}</span>
                <span class="recent-details">{meeting.topic ? `${number} · ${when}` : when}</span>
              </button>
              <button
                type="button"
                class="recent-remove"
                aria-label={t('popup_recent_remove', meeting.topic ?? number)}
                title={t('popup_recent_remove', meeting.topic ?? number)}
                onClick={() => forget(meeting.meetingNumber)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>

      {failure && <FailureNotice failure={failure} />}
    </section>
  );
}
