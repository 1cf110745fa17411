import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';
import { sendMessage } from '../shared/messaging.ts';
import { SIGN_IN_FIXES } from '../shared/host-failures.ts';
import type { JoinRequest, ZoomAccount } from '../shared/protocol.ts';
import type { RecentMeeting } from '../shared/recent-meetings.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  type OpenIn,
  type Settings,
} from '../shared/settings.ts';
import { hasSidePanel, openSidePanel } from '../shared/side-panel.ts';
import { popupReadsReleased } from '../shared/test-overrides.ts';
import type { ArrivedValues } from '../shared/ui/fill-untouched.ts';
import { JoinForm, type JoinFormValues } from '../shared/ui/JoinForm.tsx';
import { readActiveTabMeeting } from './active-tab-meeting.ts';
import type { PageMeeting } from './meeting-from-page-url.ts';
import { OpenInChoice } from './OpenInChoice.tsx';
import { markPopupSettled } from './popup-marks.ts';
import { RecentMeetings } from './RecentMeetings.tsx';
import { ZoomAccountLine } from './ZoomAccountLine.tsx';

// What the form shows before the stored settings arrive.
const BLANK_VALUES: JoinFormValues = { meeting: '', passcode: '', userName: '', role: 0 };

/** The form's values: the meeting of the tab the popup opened over, if it shows one. */
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
  const [initial, setInitial] = useState(BLANK_VALUES);
  // The stored name and the tab's meeting, once read: they fill what is still untouched.
  const [arrived, setArrived] = useState<ArrivedValues>();
  // A new key gives the form fresh values when a recent meeting fills it.
  const [formKey, setFormKey] = useState(0);
  const [account, setAccount] = useState<ZoomAccount>();
  const [needsSignIn, setNeedsSignIn] = useState(false);
  const [openIn, setOpenIn] = useState<OpenIn>('tab');
  const openInChosen = useRef(false);
  // Read before any click: opening the side panel must not wait for anything in the click.
  const [windowId, setWindowId] = useState<number>();

  useEffect(() => {
    // The form is drawn at once; these four, asked side by side, fill it in a moment later.
    void Promise.all([
      loadSettings().catch(() => DEFAULT_SETTINGS),
      sendMessage('getZoomAccount', {}),
      readActiveTabMeeting().catch(() => undefined),
      currentWindowId().catch(() => undefined),
      popupReadsReleased(),
    ]).then(([loaded, signedIn, tab, window]) => {
      const zoomAccount = signedIn.ok ? signedIn.value : undefined;
      setAccount(zoomAccount);
      // Signed in, the person joins as their Zoom self: their Zoom name fits best.
      const userName = zoomAccount?.user?.displayName ?? loaded.userName;
      setArrived({
        withMeeting: startingValues(loaded, userName, tab),
        withoutMeeting: startingValues(loaded, userName, undefined),
      });
      if (hasSidePanel() && !openInChosen.current) setOpenIn(loaded.openIn);
      setWindowId(window);
      setSettings(loaded);
    });
  }, []);

  const chooseOpenIn = (choice: OpenIn) => {
    openInChosen.current = true;
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

  useEffect(() => {
    if (settings) markPopupSettled();
  }, [settings]);

  const joinRecent = async (meeting: RecentMeeting) => {
    const { meetingNumber, passcode = '', role, topic } = meeting;
    const userName = settings?.userName.trim() ?? '';

    // Without a remembered name there is nobody to join as: the form asks for it.
    if (userName === '') {
      setInitial({ meeting: meetingNumber, passcode, userName, role, ...(topic ? { topic } : {}) });
      // The stored values are in already; the new form must not take them over the meeting's.
      setArrived(undefined);
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

      <JoinForm
        key={formKey}
        initial={initial}
        arrived={arrived}
        awaitingValues={!settings}
        onSubmit={join}
      >
        {hasSidePanel() && <OpenInChoice value={openIn} onChange={chooseOpenIn} />}
      </JoinForm>

      {/* Below the form, so that nothing above it moves when the reads arrive. */}
      {settings && (
        <>
          {settings.backendUrl === '' && (
            <div class="notice popup-notice" role="status">
              <p>{t('popup_no_backend')}</p>
              <button type="button" class="primary" onClick={openOptions}>
                {t('popup_open_options')}
              </button>
            </div>
          )}

          <ZoomAccountLine account={account} needsSignIn={needsSignIn} />

          <RecentMeetings onJoin={joinRecent} />
        </>
      )}
    </>
  );
}
