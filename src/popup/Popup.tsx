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
import type { PageMeeting } from './meeting-from-page-url.ts';
import { OpenInChoice } from './OpenInChoice.tsx';
import { markPopupReady } from './popup-marks.ts';
import { RecentMeetings } from './RecentMeetings.tsx';
import { ZoomAccountLine } from './ZoomAccountLine.tsx';

/** The form's first values: the meeting of the tab the popup opened over, if it shows one. */
function startingValues(
  settings: Settings,
  userName: string,
  tab: PageMeeting | undefined,
): JoinFormValues {
  const empty = { meeting: '', passcode: '', userName, role: settings.defaultRole };
  if (!tab) return empty;

  const { passcode, kind } = tab.meeting;
  return {
    ...empty,
    meeting: tab.link,
    passcode: passcode ?? '',
    role: kind === 'start' ? 1 : empty.role,
  };
}

// Where a side panel would open; asked only where there is one (Firefox for Android has no
// `windows` API, and no side panel either).
async function currentWindowId(): Promise<number | undefined> {
  return hasSidePanel() ? (await browser.windows.getCurrent()).id : undefined;
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
    // Asked side by side: the form shows once all four are in, and not a moment later.
    void Promise.all([
      loadSettings(),
      sendMessage('getZoomAccount', {}),
      readActiveTabMeeting().catch(() => undefined),
      currentWindowId(),
    ]).then(([loaded, signedIn, tab, window]) => {
      const zoomAccount = signedIn.ok ? signedIn.value : undefined;
      setAccount(zoomAccount);
      // Signed in, the person joins as their Zoom self: their Zoom name fits best.
      const userName = zoomAccount?.user?.displayName ?? loaded.userName;
      setInitial(startingValues(loaded, userName, tab));
      if (hasSidePanel()) setOpenIn(loaded.openIn);
      setWindowId(window);
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

  const ready = settings !== undefined && initial !== undefined;
  useEffect(() => {
    if (ready) markPopupReady();
  }, [ready]);

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

      <JoinForm key={formKey} initial={initial} onSubmit={join}>
        {hasSidePanel() && <OpenInChoice value={openIn} onChange={chooseOpenIn} />}
      </JoinForm>

      <RecentMeetings onJoin={joinRecent} />
    </>
  );
}
