// Every request the extension's pages and their workers make for the packed Zoom SDK
// (chrome-extension://<id>/zoom-sdk/...), and the ones that failed: a file the build left out
// shows up as a network error, a file it mangled as an HTTP error status.

import type { BrowserContext } from 'playwright-core';

export interface SdkRequestLog {
  /** Paths under zoom-sdk/ that were asked for, in order, e.g. `lib/lang/de-DE.json`. */
  requested: string[];
  /** Requests that failed, with Chromium's reason or the HTTP status. */
  failed: string[];
}

/** Starts recording the SDK requests of every page and worker of `context`. */
export function recordSdkRequests(context: BrowserContext, extensionId: string): SdkRequestLog {
  const prefix = `chrome-extension://${extensionId}/zoom-sdk/`;
  const log: SdkRequestLog = { requested: [], failed: [] };
  const sdkPath = (url: string) => (url.startsWith(prefix) ? url.slice(prefix.length) : undefined);

  context.on('request', (request) => {
    const file = sdkPath(request.url());
    if (file) log.requested.push(file);
  });
  context.on('requestfailed', (request) => {
    const file = sdkPath(request.url());
    if (file) log.failed.push(`${file}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  context.on('response', (response) => {
    const file = sdkPath(response.url());
    if (file && response.status() >= 400) log.failed.push(`${file}: HTTP ${response.status()}`);
  });

  return log;
}
