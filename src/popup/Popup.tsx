import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import { SIGN_IN_FIXES } from '../shared/host-failures.ts';
import type { JoinRequest, ZoomAccount } from '../shared/protocol.ts';
import type { RecentMeeting } from '../shared/recent-meetings.ts';
import { loadSettings, saveSettings, type OpenIn, type Settings } from '../shared/settings.ts';
import { hasSidePanel, openSidePanel } from '../shared/side-panel.ts';
import { JoinForm, type JoinFormValues } from '../shared/ui/JoinForm.tsx';
import { readActiveTabMeeting } from './active-tab-meeting.ts';
import { OpenInChoice } from './OpenInChoice.tsx';
import { RecentMeetings } from './RecentMeetings.tsx';
import { ZoomAccountLine } from './ZoomAccountLine.tsx';

/** The form's first values: the meeting of the tab the popup opened over, if it shows one. */
async function startingValues(settings: Settings): Promise<JoinFormValues> {
  const empty = {
    meeting: '',
    passcode: '',
    userName: settings.userName,
    role: settings.defaultRole,
  };
  const tab = await readActiveTabMeeting().catch(() => undefined);
  if (!tab) return empty;

  const { passcode, kind } = tab.meeting;
  return {
    ...empty,
    meeting: tab.link,
    passcode: passcode ?? '',
    role: kind === 'start' ? 1 : empty.role,
  };
}

/** The toolbar popup: the join form, or where to set up a backend first. */
export function Popup() {
  const [settings, setSettings] = useState<Settings>();
  const [initial, setInitial] = useState<JoinFormValues>();
  // A new key gives the form fresh values when a recent meeting fills it.
  const [formKey, setFormKey] = useState(0);
  const [account, setAccount] = useState<ZoomAccount>();
  const [needsSignIn, setNeedsSignIn] = useState(false);
  const [openIn, setOpenIn] = useState<OpenIn>('tab');
  // Read before any click: opening the side panel must not wait for anything in the click.
  const [windowId, setWindowId] = useState<number>();

  useEffect(() => {
    void loadSettings().then(async (loaded) => {
      const signedIn = await sendMessage('getZoomAccount', {});
      const zoomAccount = signedIn.ok ? signedIn.value : undefined;
      setAccount(zoomAccount);
      // Signed in, the person joins as their Zoom self: their Zoom name fits best.
      const userName = zoomAccount?.user?.displayName ?? loaded.userName;
      setInitial(await startingValues({ ...loaded, userName }));
      // Firefox for Android has no `windows` API, and no side panel either.
      if (hasSidePanel()) {
        setOpenIn(loaded.openIn);
        setWindowId((await browser.windows.getCurrent()).id);
      }
      setSettings(loaded);
    });
  }, []);

  const chooseOpenIn = (choice: OpenIn) => {
    setOpenIn(choice);
    void saveSettings({ openIn: choice });
  };

  const openOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());

  const join = async (request: JoinRequest) => {
    // The browser opens the side panel only in the click (or Enter) itself, before any await.
    const panelWindowId = openIn === 'side-panel' ? windowId : undefined;
    const panelOpened = panelWindowId === undefined ? false : openSidePanel(panelWindowId);

    await saveSettings({ userName: request.userName });

    // Where the panel could not open after all, the meeting opens in a tab as before.
    const inPanel = await panelOpened;
    const result = await sendMessage('requestJoin', {
      ...request,
      openTab: !inPanel,
      ...(inPanel ? { panelWindowId } : {}),
    });
    setNeedsSignIn(!result.ok && SIGN_IN_FIXES.has(result.error.code));
    if (!result.ok) return result.error;

    window.close();
    return undefined;
  };

  // Nothing is drawn until settings arrive (a few milliseconds), so nothing jumps.
  if (!settings || !initial) return null;

  const joinRecent = async (meeting: RecentMeeting) => {
    const { meetingNumber, passcode = '', role, topic } = meeting;
    const userName = settings.userName.trim();

    // Without a remembered name there is nobody to join as: the form asks for it.
    if (userName === '') {
      setInitial({ meeting: meetingNumber, passcode, userName, role, ...(topic ? { topic } : {}) });
      setFormKey(formKey + 1);
      return undefined;
    }

    return join({ meetingNumber, passcode, userName, role, ...(topic ? { topic } : {}) });
  };

  return (
    <>
      <header class="popup-header">
        <h1>{t('popup_title')}</h1>
        <button type="button" class="link-button" onClick={openOptions}>
          {t('popup_settings_link')}
        </button>
      </header>

      <ZoomAccountLine account={account} needsSignIn={needsSignIn} />

      {settings.backendUrl === '' && (
        <div class="notice" role="status">
          <p>{t('popup_no_backend')}</p>
          <button type="button" class="primary" onClick={openOptions}>
            {t('popup_open_options')}
          </button>
        </div>
      )}

      <JoinForm key={formKey} initial={initial} onSubmit={join} />

      {hasSidePanel() && <OpenInChoice value={openIn} onChange={chooseOpenIn} />}

      <RecentMeetings onJoin={joinRecent} />
    </>
  );
}
