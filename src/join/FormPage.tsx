import { useEffect, useState } from 'preact/hooks';

import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import type { EntryOutcome, Failure, JoinDraft, JoinRequest } from '../shared/protocol.ts';
import { saveSettings } from '../shared/settings.ts';
import { FailureNotice } from '../shared/ui/FailureNotice.tsx';
import { JoinForm, type JoinFormValues } from '../shared/ui/JoinForm.tsx';

type View =
  { kind: 'opening' } | { kind: 'form'; draft: JoinDraft } | { kind: 'failed'; failure: Failure };

interface Props {
  /** A join the worker left for the person to finish. */
  draftId: string;
  /** A Zoom link the browser redirected here, when link opening is on. */
  link: string;
}

/** Moves this tab on to the join page, or to the form for a draft. */
function goTo(outcome: EntryOutcome): void {
  const page =
    outcome.kind === 'join'
      ? `index.html?join=${outcome.joinId}`
      : `form.html?draft=${outcome.draftId}`;
  location.replace(page);
}

/**
 * The page between a link, menu item or keyword and the join page: it hands a redirected link to
 * the worker, or shows the join form when the worker needs the person (no name remembered yet,
 * a text that is not a meeting, a backend that is not set up).
 */
export function FormPage({ draftId, link }: Props) {
  const [view, setView] = useState<View>({ kind: 'opening' });

  useEffect(() => {
    document.title = t('join_title');

    if (link !== '') {
      // The link may hold a passcode: keep it in the address bar no longer than needed.
      history.replaceState(null, '', location.pathname);
      void openLink(link, setView);
      return;
    }

    // Nothing to show: the page was reloaded after it let go of its link.
    if (draftId === '') return setView({ kind: 'failed', failure: { code: 'join-not-found' } });

    void sendMessage('getJoinDraft', { draftId }).then((draft) =>
      setView(
        draft.ok ? { kind: 'form', draft: draft.value } : { kind: 'failed', failure: draft.error },
      ),
    );
  }, [draftId, link]);

  switch (view.kind) {
    case 'opening':
      return (
        <p class="progress" role="status">
          {t('form_opening')}
        </p>
      );
    case 'failed':
      return <FailureNotice failure={view.failure} />;
    case 'form':
      return <DraftForm draft={view.draft} />;
  }
}

async function openLink(link: string, setView: (view: View) => void): Promise<void> {
  const outcome = await sendMessage('openMeetingLink', { link });
  if (!outcome.ok) return setView({ kind: 'failed', failure: outcome.error });

  goTo(outcome.value);
}

function DraftForm({ draft }: { draft: JoinDraft }) {
  const [failure, setFailure] = useState(draft.failure);

  const join = async (request: JoinRequest): Promise<Failure | undefined> => {
    setFailure(undefined);
    await saveSettings({ userName: request.userName });

    const started = await sendMessage('requestJoin', { ...request, openTab: false });
    if (!started.ok) return started.error;

    goTo({ kind: 'join', joinId: started.value.joinId });
    return undefined;
  };

  const { meeting, passcode, userName, role, topic, registrantToken } = draft;
  const values: JoinFormValues = {
    meeting,
    passcode,
    userName,
    role,
    ...(topic ? { topic } : {}),
    ...(registrantToken ? { registrantToken } : {}),
  };

  return (
    <>
      <h1>{t('join_edit_heading')}</h1>
      {failure && <FailureNotice failure={failure} />}
      <JoinForm initial={values} onSubmit={join} />
    </>
  );
}
