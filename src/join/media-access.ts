// Camera and microphone access for meetings in the side panel. A side panel cannot show the
// browser's permission prompt (getUserMedia there is dismissed without a word), so the panel
// reads the permission state first and, until it is granted, sends the person to an extension
// tab (media-access.html) that asks once; the grant then holds for every extension page.

import browser from 'webextension-polyfill';

/** The page that asks for camera and microphone in a tab. */
export const MEDIA_ACCESS_PAGE = 'src/join/media-access.html';

/** Both devices together: denied when either is, granted only when both are. */
export function combineMediaAccess(
  camera: PermissionState,
  microphone: PermissionState,
): PermissionState {
  if (camera === 'denied' || microphone === 'denied') return 'denied';

  return camera === 'granted' && microphone === 'granted' ? 'granted' : 'prompt';
}

async function queryOne(name: 'camera' | 'microphone'): Promise<PermissionStatus | undefined> {
  return navigator.permissions.query({ name }).catch(() => undefined);
}

async function readMediaAccess(): Promise<PermissionState> {
  const [camera, microphone] = await Promise.all([queryOne('camera'), queryOne('microphone')]);
  return combineMediaAccess(camera?.state ?? 'prompt', microphone?.state ?? 'prompt');
}

/**
 * Calls `onChange` with the combined state now and whenever it changes; returns a function
 * that stops watching. A browser that cannot tell is treated as not yet asked.
 */
export function watchMediaAccess(onChange: (state: PermissionState) => void): () => void {
  let stopped = false;
  const statuses: PermissionStatus[] = [];

  const report = () =>
    void readMediaAccess().then((state) => {
      if (!stopped) onChange(state);
    });

  void Promise.all([queryOne('camera'), queryOne('microphone')]).then((found) => {
    for (const status of found) {
      if (!status || stopped) continue;
      statuses.push(status);
      status.addEventListener('change', report);
    }
  });
  report();
  // The grant happens in another tab; coming back to the panel reads it again, in case no
  // change event reached this page.
  window.addEventListener('focus', report);

  return () => {
    stopped = true;
    window.removeEventListener('focus', report);
    for (const status of statuses) status.removeEventListener('change', report);
  };
}

// Chosen once, "join without camera and microphone" holds until the browser closes, so that
// the next join, a retry or a move back to the panel does not ask again.
const SKIPPED_KEY = 'mediaAccessSkipped';

/** Whether the person chose, in this browser session, to join without camera and microphone. */
export async function wasMediaAccessSkipped(): Promise<boolean> {
  const stored = await browser.storage.session.get(SKIPPED_KEY).catch(() => ({}));
  return (stored as Record<string, unknown>)[SKIPPED_KEY] === true;
}

export async function rememberMediaAccessSkipped(): Promise<void> {
  await browser.storage.session.set({ [SKIPPED_KEY]: true });
}

/** Opens the tab that asks for camera and microphone once. */
export async function openMediaAccessTab(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(MEDIA_ACCESS_PAGE) });
}

/** Opens the browser's site settings for this extension, where a block can be lifted. */
export async function openMediaSettings(): Promise<void> {
  const origin = new URL(browser.runtime.getURL('')).origin;
  await browser.tabs.create({
    url: `chrome://settings/content/siteDetails?site=${encodeURIComponent(origin)}`,
  });
}

/** Asks for camera and microphone (the browser's prompt, in a tab) and releases them at once. */
export async function requestMediaAccess(): Promise<boolean> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    for (const track of stream.getTracks()) track.stop();
    return true;
  } catch {
    return false;
  }
}
