/** Zoom's web host; the SDK asks it for the meeting's details first (`/api/v1/wc/info`). */
const ZOOM_PROBE_URL = 'https://zoom.us/';
const PROBE_TIMEOUT_MS = 8000;

/**
 * Whether Zoom answers at all. The SDK reports a blocked or failed network
 * call as a generic "Fail to join the meeting." (code 1), the same as many
 * other failures; one plain request tells the network apart from the meeting.
 * Any HTTP answer counts as reachable; only a network error does not.
 */
export async function isZoomReachable(): Promise<boolean> {
  if (!navigator.onLine) return false;

  try {
    await fetch(ZOOM_PROBE_URL, {
      method: 'HEAD',
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'manual',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return true;
  } catch {
    return false;
  }
}
