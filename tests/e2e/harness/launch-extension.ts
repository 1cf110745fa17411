// Starts Debian's Chromium with the end-to-end build of the extension loaded,
// and keeps every request to a non-local host inside the test (see
// fake-internet.ts): recorded, then answered or aborted. Nothing leaves.

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

import { startFakeInternet, type InternetHandler, type RecordedRequest } from './fake-internet.ts';

export const EXTENSION_DIR = path.resolve(process.env.JOIN_PANEL_OUT_DIR ?? 'dist-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type { RecordedRequest } from './fake-internet.ts';

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every non-local request any page or the worker made, in order. */
  outside: RecordedRequest[];
  /** Console lines from extension pages that report a Content Security Policy violation. */
  cspViolations: string[];
  /** Answers non-local requests from now on; by default they are aborted. */
  setInternetHandler(handler: InternetHandler): void;
  openPage(pathInExtension: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * A profile folder to keep between launches, to test what survives a browser restart; by
   * default each launch gets a fresh temporary profile.
   */
  userDataDir?: string;
  /** The unpacked extension to load; by default the end-to-end build (`EXTENSION_DIR`). */
  extensionDir?: string;
  /**
   * Whether camera and microphone prompts are answered "allow" at once (Chromium's
   * --use-fake-ui-for-media-stream); default true. Off, nothing is granted until the test does.
   */
  allowMediaPrompts?: boolean;
}

/** Launches Chromium with the extension and returns handles on it. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No end-to-end build in ${extensionDir}: run npm test (it builds first)`);
  }

  const internet = await startFakeInternet();
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.allowMediaPrompts === false ? [] : ['--use-fake-ui-for-media-stream']),
      '--use-fake-device-for-media-stream',
      '--disable-quic',
      ...internet.chromiumArgs,
    ],
  });

  const cspViolations: string[] = [];

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
    outside: internet.requests,
    cspViolations,
    setInternetHandler: (handler) => internet.setHandler(handler),
    openPage: async (pathInExtension) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathInExtension}`);
      return page;
    },
    close: async () => {
      await context.close();
      await internet.close();
    },
  };
}

/**
 * Saves a screenshot and the text of every open page, for a failed test to be
 * understood afterwards; written under test-results/, which git ignores.
 */
export async function saveFailureArtifacts(session: ExtensionSession, name: string): Promise<void> {
  const folder = path.resolve('test-results', name.replace(/[^\w-]+/g, '-').slice(0, 80));
  await mkdir(folder, { recursive: true });

  for (const [index, page] of session.context.pages().entries()) {
    await page.screenshot({ path: path.join(folder, `page-${index}.png`) }).catch(() => undefined);
    const text = await page.evaluate(() => document.body.innerText).catch(() => '');
    await writeFile(path.join(folder, `page-${index}.txt`), `${page.url()}\n\n${text}`);
  }

  await writeFile(
    path.join(folder, 'outside-requests.json'),
    JSON.stringify(session.outside, null, 2),
  );
}

/** What a test runner says of the test that just ran: its name, and whether it failed. */
interface FinishedTest {
  name: string;
  result?: { state: string };
}

/**
 * Ends a test: what a failed one left on screen is saved first (saveFailureArtifacts), then the
 * browser and each server given close, in that order.
 */
export async function endTest(
  task: FinishedTest,
  session: ExtensionSession,
  ...servers: { close(): Promise<void> }[]
): Promise<void> {
  if (task.result?.state === 'fail') await saveFailureArtifacts(session, task.name);
  await session.close();
  for (const server of servers) await server.close();
}
