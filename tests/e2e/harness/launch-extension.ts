// Starts Debian's Chromium with the end-to-end build of the extension loaded,
// and keeps every request to a non-local host inside the test: recorded, then
// answered or aborted by the test. Nothing leaves this machine.

import { existsSync } from 'node:fs';
import path from 'node:path';

import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve('dist-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Any http(s) or ws(s) URL whose host is not loopback. */
const NON_LOCAL = /^(https?|wss?):\/\/(?!(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/)/;

export interface RecordedRequest {
  method: string;
  url: string;
  postData: string | null;
}

/** What the test does with a non-local request; the default aborts it, as a closed network would. */
export type ZoomHandler = (route: Route, request: RecordedRequest) => Promise<void>;

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every non-local request any page or the worker made, in order. */
  outside: RecordedRequest[];
  /** Console lines from extension pages that report a Content Security Policy violation. */
  cspViolations: string[];
  setZoomHandler(handler: ZoomHandler): void;
  openPage(pathInExtension: string): Promise<Page>;
  close(): Promise<void>;
}

const abort: ZoomHandler = (route) => route.abort('internetdisconnected');

/** Launches Chromium with the extension and returns handles on it. */
export async function launchExtension(): Promise<ExtensionSession> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No end-to-end build in ${EXTENSION_DIR}: run npm test (it builds first)`);
  }

  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
  });

  const outside: RecordedRequest[] = [];
  const cspViolations: string[] = [];
  let handler = abort;

  await context.route(NON_LOCAL, async (route) => {
    const request = route.request();
    const recorded = { method: request.method(), url: request.url(), postData: request.postData() };
    outside.push(recorded);
    await handler(route, recorded);
  });

  const watchConsole = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  context.on('page', watchConsole);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    outside,
    cspViolations,
    setZoomHandler: (next) => {
      handler = next;
    },
    openPage: async (pathInExtension) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathInExtension}`);
      return page;
    },
    close: () => context.close(),
  };
}
