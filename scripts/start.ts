// `npm start`: builds the extension, starts the local signature backend when
// Zoom credentials are set, and opens Chromium with the extension loaded.
// Whatever cannot start is said in one line, with what to do about it.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { chromium } from 'playwright-core';

import { ConfigError, loadConfig, type ServerConfig } from '../server/src/config.ts';
import { startServer, type RunningServer } from '../server/src/start-server.ts';

const EXTENSION_DIR = path.resolve('dist');
const PROFILE_DIR = path.resolve('.cache', 'chromium-profile');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function build(): void {
  say('Building the extension…');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) {
    say('The build failed; see the errors above.');
    process.exit(1);
  }
  say(`Extension built in ${EXTENSION_DIR}`);
}

async function startBackend(): Promise<RunningServer | undefined> {
  if (existsSync('.env')) process.loadEnvFile('.env');

  let config: ServerConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    say(backendAdvice(error));
    return undefined;
  }

  try {
    const backend = await startServer(config);
    say(`Signature backend listening on ${backend.url} (enter it in the extension's Options)`);
    return backend;
  } catch (error) {
    say(`The backend could not listen on ${config.host}:${config.port} (${describe(error)}).`);
    return undefined;
  }
}

/** One line: what to set to join real meetings, or what is wrong with what was set. */
function backendAdvice(error: ConfigError): string {
  const onlyCredentialsMissing = error.problems.length === error.missing.length;
  if (onlyCredentialsMissing) {
    return (
      'To join real meetings, set ZOOM_MEETING_SDK_KEY and ZOOM_MEETING_SDK_SECRET in .env ' +
      '(see server/.env.example), then run npm start again.'
    );
  }

  return `The backend did not start: ${error.problems.join(' ')}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hasDisplay(): boolean {
  return Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
}

async function openChromium(): Promise<(() => Promise<void>) | undefined> {
  if (!existsSync(CHROMIUM) || !hasDisplay()) {
    say(
      `No browser window can be opened here. Load the extension by hand: open ` +
        `chrome://extensions, turn on Developer mode, choose "Load unpacked" and pick ${EXTENSION_DIR}`,
    );
    return undefined;
  }

  const context = await chromium.launchPersistentContext(PROFILE_DIR, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  say('Chromium is open with the extension loaded, on its Options page.');

  return () => context.close();
}

build();
const backend = await startBackend();
const closeBrowser = await openChromium();

if (backend || closeBrowser) {
  say('Press Ctrl+C to stop.');
  const stop = async () => {
    await closeBrowser?.();
    await backend?.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
