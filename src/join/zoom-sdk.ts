// The one module that touches the Zoom Meeting SDK. It loads the SDK's own
// prebuilt files from the extension, wraps its callbacks in promises and owns
// its quirks.

import browser from 'webextension-polyfill';

/** Where the build puts the SDK's files (see scripts/copy-zoom-sdk.ts). */
const SDK_FOLDER = 'zoom-sdk';

/**
 * The SDK's own scripts, in the order they must run: the client-view bundle
 * expects React, ReactDOM, Redux, ReduxThunk and lodash as globals. Bundling
 * the SDK through Vite instead breaks `init` (Preact's React aliases leak in).
 */
const SDK_SCRIPTS = [
  'lib/vendor/react.min.js',
  'lib/vendor/react-dom.min.js',
  'lib/vendor/redux.min.js',
  'lib/vendor/redux-thunk.min.js',
  'lib/vendor/lodash.min.js',
  'zoom-meeting.min.js',
];

/** What the SDK's callbacks report on failure. */
export interface ZoomFailure {
  method?: string;
  status?: boolean;
  result?: unknown;
  errorCode?: number;
  errorMessage?: string;
  reason?: string;
}

interface ZoomCallbacks {
  success: (result: unknown) => void;
  error: (failure: ZoomFailure) => void;
}

/** The part of the SDK's `ZoomMtg` global that this extension uses. */
interface ZoomMtg {
  setZoomJSLib(path: string, dir: string): void;
  preLoadWasm(): void;
  prepareWebSDK(): void;
  i18n: { load(language: string): Promise<unknown> };
  init(options: Record<string, unknown> & ZoomCallbacks): void;
  join(options: Record<string, unknown> & ZoomCallbacks): void;
}

declare global {
  interface Window {
    ZoomMtg?: ZoomMtg;
  }
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

/** Loads the SDK from the extension's own files and prepares its heavy parts. */
export async function loadZoomSdk(language: string): Promise<ZoomMtg> {
  const root = browser.runtime.getURL(SDK_FOLDER);

  for (const script of SDK_SCRIPTS) await loadScript(`${root}/${script}`);

  const zoom = window.ZoomMtg;
  if (!zoom) throw new SdkLoadError('The SDK loaded but defined no ZoomMtg');

  // Manifest V3 forbids remote code: point the SDK at its packed files, not Zoom's CDN.
  zoom.setZoomJSLib(`${root}/lib`, '/av');
  zoom.preLoadWasm();
  zoom.prepareWebSDK();
  await zoom.i18n.load(language);

  return zoom;
}

function call(
  zoom: ZoomMtg,
  step: 'init' | 'join',
  options: Record<string, unknown>,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    zoom[step]({
      ...options,
      success: resolve,
      error: (failure: ZoomFailure) => reject(new ZoomCallError(step, failure)),
    });
  });
}

/** Starts the SDK's meeting client; `leaveUrl` is where it goes after the meeting. */
export function initZoom(zoom: ZoomMtg, leaveUrl: string): Promise<unknown> {
  return call(zoom, 'init', {
    leaveUrl,
    patchJsMedia: true,
    leaveOnPageUnload: true,
    // The SDK's own error dialog stays on "Joining Meeting..." forever after a
    // failed join; this page explains failures itself.
    isShowJoiningErrorDialog: false,
  });
}

export interface ZoomJoinOptions {
  signature: string;
  meetingNumber: string;
  userName: string;
  passcode: string;
  zak?: string;
}

/** Joins (or, with role 1 and a ZAK, starts) the meeting. */
export function joinZoom(zoom: ZoomMtg, options: ZoomJoinOptions): Promise<unknown> {
  return call(zoom, 'join', {
    signature: options.signature,
    meetingNumber: options.meetingNumber,
    userName: options.userName,
    // The SDK's client view spells the passcode `passWord`.
    passWord: options.passcode,
    ...(options.zak ? { zak: options.zak } : {}),
  });
}
