// Starts Debian's Firefox ESR headless with one build of the extension installed as a temporary
// add-on, the way about:debugging loads it, and drives it over WebDriver BiDi with puppeteer-core
// (Playwright drives only its own patched Firefox builds, which are never downloaded here).
//
// Nothing leaves the machine: Firefox sends every non-local request through a proxy of the
// test's own on 127.0.0.1, which hands it to the same fake internet as Chromium's tests
// (fake-internet.ts): recorded, then answered or dropped by the test. Firefox is told to accept
// that server's throwaway certificate (WebDriver's acceptInsecureCerts).

import { existsSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

import puppeteer, { type Browser, type Page } from 'puppeteer-core';

import { GECKO_ID } from '../../../scripts/firefox-manifest.ts';
import {
  startFakeInternet,
  type FakeInternet,
  type InternetHandler,
  type RecordedRequest,
} from './fake-internet.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox gives each install a random internal UUID for its moz-extension:// origin; this pref
 * fixes ours, so the test can open the extension's pages by URL.
 */
const EXTENSION_UUID = '6f1c2b7e-3d4a-4e59-9b80-1a2c3d4e5f60';

const WAIT_MS = 30_000;

export interface AddonReport {
  /** What about:debugging shows under the add-on's card: manifest warnings and errors. */
  messages: string[];
  /** about:debugging's background script status, e.g. `Running`. */
  background: string;
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on ID Firefox installed, from the manifest's `browser_specific_settings`. */
  addonId: string;
  /** Every non-local request Firefox or the extension made, in order. */
  outside: RecordedRequest[];
  /** Answers non-local requests from now on; by default they are dropped. */
  setInternetHandler(handler: InternetHandler): void;
  /** Opens `moz-extension://<uuid>/<pathInExtension>` in a new tab, once its document loaded. */
  openPage(pathInExtension: string): Promise<Page>;
  /** Reads the add-on's card on about:debugging, as a person checking the install would. */
  readAddonReport(): Promise<AddonReport>;
  close(): Promise<void>;
}

/**
 * A local HTTP proxy that tunnels every `CONNECT host:443` into the fake internet, which reads
 * the real host from the request inside the tunnel; plain HTTP goes there unchanged.
 */
async function startProxyTo(internet: FakeInternet) {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));

    socket.once('data', (chunk) => {
      const upstream = connect(internet.port, '127.0.0.1', () => {
        if (chunk.toString('latin1').startsWith('CONNECT ')) {
          socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        } else {
          upstream.write(chunk);
        }
        socket.pipe(upstream).pipe(socket);
      });
      upstream.on('error', () => socket.destroy());
      sockets.add(upstream);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port, // A TCP listener always has an AddressInfo.
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Polls `read` in `page` until `done` holds for its result; throws after WAIT_MS. Used instead of
 * puppeteer's waitForFunction, which never settles in tabs the extension opened itself.
 */
export async function waitInPage<T>(page: Page, read: () => T, done: (value: T) => boolean) {
  const deadline = Date.now() + WAIT_MS;
  let last: T | undefined;

  while (Date.now() < deadline) {
    // The page may be between documents, which rejects the evaluation: try again.
    last = await page.evaluate(read).catch(() => undefined);
    if (last !== undefined && done(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Firefox page ${page.url()} never got there; last seen: ${String(last)}`);
}

/**
 * Starts a page load without waiting on puppeteer's navigation events: Firefox's remote agent
 * loses track of a navigation that moves the tab into the extension process (its
 * NavigationManager throws "context is null"), so `goto` never settles; callers poll instead.
 */
function startLoading(page: Page, url: string): void {
  void page.goto(url, { timeout: WAIT_MS }).catch(() => undefined);
}

/** Launches Firefox with the extension (a folder or a .zip) installed as a temporary add-on. */
export async function launchFirefoxExtension(extensionPath: string): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  }

  const internet = await startFakeInternet();
  const proxy = await startProxyTo(internet);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Lets WebDriver open moz-extension:// and about:debugging pages, which it refuses otherwise.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Firefox's own switch for the prompt of `permissions.request`: off, the same Save code
      // in Options gets the backend's origin at once, where headless Firefox shows no prompt.
      'extensions.webextOptionalPermissionPrompts': false,
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
      'network.proxy.type': 1, // Manual proxy, for every protocol; loopback is never proxied.
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
    },
  });

  const addonId = await browser.installExtension(extensionPath);

  const openPage = async (pathInExtension: string) => {
    const page = await browser.newPage();
    const url = `moz-extension://${EXTENSION_UUID}/${pathInExtension}`;
    startLoading(page, url);
    await waitInPage(
      page,
      () => [location.href, document.readyState].join(' '),
      (seen) => seen === `${url} complete`,
    );
    return page;
  };

  const readAddonReport = async (): Promise<AddonReport> => {
    const page = await browser.newPage();
    startLoading(page, 'about:debugging#/runtime/this-firefox');

    // about:debugging marks its parts with qa-* classes for Mozilla's own tests.
    const card = await waitInPage(
      page,
      () =>
        [...document.querySelectorAll('.qa-debug-target-item')]
          .filter((item) => item.textContent.includes('manifest.json'))
          .map((item) => ({
            manifest: item.querySelector('.qa-manifest-url')?.textContent ?? '',
            messages: [...item.querySelectorAll('.qa-message')].map((m) => m.textContent),
            background:
              item.querySelector('.qa-extension-backgroundscript-status')?.textContent ?? '',
          })),
      (cards) => cards.some((seen) => seen.manifest.includes(EXTENSION_UUID)),
    );
    await page.close();

    const ours = card.find((seen) => seen.manifest.includes(EXTENSION_UUID));
    return { messages: ours?.messages ?? [], background: ours?.background ?? '' };
  };

  return {
    browser,
    addonId,
    outside: internet.requests,
    setInternetHandler: (handler) => internet.setHandler(handler),
    openPage,
    readAddonReport,
    close: async () => {
      await browser.close();
      await proxy.close();
      await internet.close();
    },
  };
}
