import browser from 'webextension-polyfill';

import { t } from '../shared/i18n.ts';
import type { ZoomAccount } from '../shared/protocol.ts';

interface Props {
  account: ZoomAccount | undefined;
  /** The last join failed in a way a Zoom sign-in fixes. */
  needsSignIn: boolean;
}

/** Who is signed in with Zoom, or the way to sign in when a join needs it. */
export function ZoomAccountLine({ account, needsSignIn }: Props) {
  if (account?.user) {
    return <p class="hint account-line">{t('popup_signed_in_as', account.user.displayName)}</p>;
  }

  if (!needsSignIn && !account?.expired) return null;

  // Zoom's sign-in opens a window of its own, which would close this popup: Options runs it.
  const openSignIn = () => void browser.runtime.openOptionsPage().then(() => window.close());
  return (
    <button type="button" class="link-button account-line" onClick={openSignIn}>
      {t('popup_sign_in_link')}
    </button>
  );
}
