// Component View of the Zoom Meeting SDK (`@zoom/meetingsdk/embedded`), for the side panel:
// the meeting drawn inside one element of our page, sized to the panel and following it when
// the person resizes the panel. Like the client view, it runs from the extension's own files.

import browser from 'webextension-polyfill';

import { panelVideoSizes, type VideoSize } from './panel-video-size.ts';
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
 * The embedded bundle (copied and patched by scripts/copy-zoom-sdk.ts) expects React and
 * ReactDOM 18 as globals, which the SDK ships in lib/vendor. It must not go through Vite:
 * Preact's React aliases would take React's place.
 */
const SDK_SCRIPTS = [
  'lib/vendor/react.min.js',
  'lib/vendor/react-dom.min.js',
  'zoom-meeting-embedded.min.js',
];

/** The part of Component View's client that this extension uses (see its embedded.d.ts). */
interface EmbeddedClient {
  init(options: Record<string, unknown>): Promise<unknown>;
  join(options: Record<string, unknown>): Promise<unknown>;
  updateVideoOptions(options: Record<string, unknown>): void;
  on(event: 'connection-change', callback: (payload: { state?: unknown }) => void): void;
}

interface EmbeddedSdk {
  createClient(): EmbeddedClient;
}

declare global {
  interface Window {
    // The UMD bundle, loaded by a script tag, names its global `ReactWidgets`; it is what the
    // package exports as `ZoomMtgEmbedded`.
    ReactWidgets?: EmbeddedSdk;
  }
}

/** The fields of a Component View rejection that say what failed: `{type, reason, errorCode}`. */
function toFailure(rejection: unknown): ZoomFailure {
  if (typeof rejection !== 'object' || rejection === null) return { reason: String(rejection) };

  const { errorCode, reason, message } = rejection as Record<string, unknown>; // Read one by one.
  return {
    ...(typeof errorCode === 'number' ? { errorCode } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(typeof message === 'string' ? { errorMessage: message } : {}),
  };
}

/**
 * The element's size once it has one. A side panel's page starts with a zero-sized viewport,
 * so the size is read when layout reports it, never at load.
 */
function laidOutSize(element: HTMLElement): Promise<VideoSize> {
  return new Promise((resolve) => {
    const observer = new ResizeObserver(() => {
      const { width, height } = element.getBoundingClientRect();
      if (width <= 0 || height <= 0) return;

      observer.disconnect();
      resolve({ width, height });
    });
    observer.observe(element);
  });
}

/** Resizes the meeting's video whenever the element (the panel's free area) changes size. */
function followSize(element: HTMLElement, client: EmbeddedClient): void {
  new ResizeObserver(() => {
    const { width, height } = element.getBoundingClientRect();
    if (width > 0 && height > 0) {
      client.updateVideoOptions({ viewSizes: panelVideoSizes(width, height) });
    }
  }).observe(element);
}

async function loadEmbeddedSdk(): Promise<EmbeddedSdk> {
  await loadSdkScripts(SDK_SCRIPTS);

  const sdk = window.ReactWidgets;
  if (!sdk) throw new SdkLoadError('The embedded SDK loaded but defined no client');
  return sdk;
}

function joinWith(client: EmbeddedClient, leaveUrl: string) {
  return async (options: ZoomJoinOptions): Promise<void> => {
    await client
      .join({
        signature: options.signature,
        meetingNumber: options.meetingNumber,
        userName: options.userName,
        // Component View spells the passcode `password` (the client view: `passWord`).
        password: options.passcode,
        ...(options.zak ? { zak: options.zak } : {}),
        // Both views call the registrant token `tk` (embedded.d.ts, JoinOptions).
        ...(options.registrantToken ? { tk: options.registrantToken } : {}),
      })
      .catch((rejection: unknown) => {
        throw new ZoomCallError('join', toFailure(rejection));
      });

    // Component View has no leaveUrl: the end of the meeting is reported as this event.
    client.on('connection-change', ({ state }) => {
      if (state === 'Closed') location.replace(leaveUrl);
    });
  };
}

/** Component View inside `root`, an element that fills the panel's free area. */
export function embeddedView(root: HTMLElement): ZoomView {
  return {
    async start({ language, leaveUrl }) {
      const sdk = await loadEmbeddedSdk();
      const client = sdk.createClient();
      const size = await laidOutSize(root);

      await client
        .init({
          zoomAppRoot: root,
          // Zoom's CDN is out of reach (Manifest V3 forbids remote code): the SDK's media files
          // come from the extension. Images resolve to `<assetPath>/../image`.
          assetPath: browser.runtime.getURL(`${SDK_FOLDER}/lib/av`),
          language,
          patchJsMedia: true,
          leaveOnPageUnload: true,
          customize: {
            video: {
              isResizable: false,
              popper: { disableDraggable: true },
              defaultViewType: 'speaker',
              viewSizes: panelVideoSizes(size.width, size.height),
            },
          },
        })
        .catch((rejection: unknown) => {
          throw new ZoomCallError('init', toFailure(rejection));
        });

      followSize(root, client);
      return joinWith(client, leaveUrl);
    },
  };
}
