// The client view of the Zoom Meeting SDK, which fills the join tab. It loads the SDK's own
// prebuilt files from the extension, wraps its callbacks in promises and owns its quirks.

import browser from 'webextension-polyfill';

import {
  loadSdkScripts,
  SDK_FOLDER,
  SdkLoadError,
  ZoomCallError,
  type ZoomFailure,
  type ZoomJoinOptions,
  type ZoomView,
} from './zoom-view.ts';

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

/** Loads the SDK from the extension's own files and prepares its heavy parts. */
async function loadZoomSdk(language: string): Promise<ZoomMtg> {
  const root = browser.runtime.getURL(SDK_FOLDER);
  await loadSdkScripts(SDK_SCRIPTS);

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
function initZoom(zoom: ZoomMtg, leaveUrl: string): Promise<unknown> {
  return call(zoom, 'init', {
    leaveUrl,
    patchJsMedia: true,
    leaveOnPageUnload: true,
    // The SDK's own error dialog stays on "Joining Meeting..." forever after a
    // failed join; this page explains failures itself.
    isShowJoiningErrorDialog: false,
  });
}

/** Joins (or, with role 1 and a ZAK, starts) the meeting. */
async function joinZoom(zoom: ZoomMtg, options: ZoomJoinOptions): Promise<void> {
  await call(zoom, 'join', {
    signature: options.signature,
    meetingNumber: options.meetingNumber,
    userName: options.userName,
    // The SDK's client view spells the passcode `passWord`.
    passWord: options.passcode,
    ...(options.zak ? { zak: options.zak } : {}),
    // Both views call the registrant token `tk` (index.d.ts, JoinOptions).
    ...(options.registrantToken ? { tk: options.registrantToken } : {}),
  });
}

/** The client view: the SDK's full meeting screen, filling the join tab. */
export const clientView: ZoomView = {
  async start({ language, leaveUrl }) {
    const zoom = await loadZoomSdk(language);
    await initZoom(zoom, leaveUrl);
    return (options) => joinZoom(zoom, options);
  },
};
