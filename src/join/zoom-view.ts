// What the join flow needs from a Zoom SDK view, whichever it is: the client view that fills
// the join tab (zoom-sdk.ts) or the Component View sized to the side panel
// (zoom-embedded-sdk.ts). The flow (progress, failures, retry) is written once against this.

import browser from 'webextension-polyfill';

/** Where the build puts the SDK's files (see scripts/copy-zoom-sdk.ts). */
export const SDK_FOLDER = 'zoom-sdk';

/** What the SDK reports on failure; both views report these fields. */
export interface ZoomFailure {
  method?: string;
  status?: boolean;
  result?: unknown;
  errorCode?: number;
  errorMessage?: string;
  reason?: string;
}

/** Thrown when the SDK's files could not be loaded from the extension. */
export class SdkLoadError extends Error {
  override name = 'SdkLoadError';
}

/** Thrown with what the SDK reported when `init` or `join` failed. */
export class ZoomCallError extends Error {
  override name = 'ZoomCallError';

  constructor(
    readonly step: 'init' | 'join',
    readonly failure: ZoomFailure,
  ) {
    super(
      `${step} failed with code ${String(failure.errorCode)}: ${String(failure.errorMessage ?? failure.reason)}`,
    );
  }
}

export interface ZoomJoinOptions {
  signature: string;
  meetingNumber: string;
  userName: string;
  passcode: string;
  zak?: string;
  /** A registration link's `tk`: Zoom refuses a registration-required join without it. */
  registrantToken?: string;
}

/** Joins (or, with role 1 and a ZAK, starts) the meeting with a started view. */
export type ZoomJoin = (options: ZoomJoinOptions) => Promise<void>;

export interface ZoomView {
  /**
   * Loads the SDK from the extension's files and starts its client; the page goes to
   * `leaveUrl` when the person leaves the meeting. Throws SdkLoadError or ZoomCallError.
   */
  start(options: { language: string; leaveUrl: string }): Promise<ZoomJoin>;
}

/** Adds one of the SDK's own scripts to the page, in order, and waits for it to run. */
function loadScript(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = false;
    script.onload = () => resolve();
    script.onerror = () => reject(new SdkLoadError(`Could not load ${url}`));
    document.head.append(script);
  });
}

/**
 * Loads the SDK's own scripts (paths under SDK_FOLDER) from the extension's files. All tags go
 * in at once, so that they download side by side; not being async, they still run in order.
 */
export async function loadSdkScripts(scripts: readonly string[]): Promise<void> {
  const root = browser.runtime.getURL(SDK_FOLDER);
  await Promise.all(scripts.map((script) => loadScript(`${root}/${script}`)));
}
