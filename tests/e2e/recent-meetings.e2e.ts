// Recent meetings: kept in the extension's local storage across a browser restart, offered in
// the popup (join again, forget one, forget all) and in the address bar.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { RunningServer } from '../../server/src/start-server.ts';
import { startRealBackend } from './harness/backends.ts';
import { rememberName, waitForMeetingInfo } from './harness/entry-flows.ts';
import {
  fillPopup,
  openPopup,
  OPTIONS_PAGE,
  saveBackendUrl,
  submitPopup,
} from './harness/flows.ts';
import { endTest, launchExtension, type ExtensionSession } from './harness/launch-extension.ts';
import { enterInOmnibox, omniboxSuggestions } from './harness/worker-events.ts';

const INVITATION =
  'Topic: Weekly sync\nJoin Zoom Meeting\nhttps://us05web.zoom.us/j/85012345678?pwd=abc123\n';

let profile: string;
let session: ExtensionSession;
let backend: RunningServer;

beforeEach(async () => {
  profile = await mkdtemp(path.join(tmpdir(), 'join-panel-profile-'));
  backend = await startRealBackend();
  session = await launchExtension({ userDataDir: profile });
});

afterEach(async ({ task }) => {
  await endTest(task, session, backend);
  await rm(profile, { recursive: true, force: true });
});

/** Joins two meetings: an invitation pasted in the popup, then a number in the address bar. */
async function joinTwoMeetings(): Promise<void> {
  await saveBackendUrl(session, backend.url);
  const popup = await fillPopup(session, { meeting: INVITATION, name: 'Ada Lovelace' });
  await submitPopup(session, popup);
  await waitForMeetingInfo(session, 1);

  await Promise.all([
    session.context.waitForEvent('page'),
    enterInOmnibox(session, '123 456 7890', 'newForegroundTab'),
  ]);
  await waitForMeetingInfo(session, 2);
}

function recentList(popup: Page) {
  return popup.getByRole('region', { name: 'Recent meetings' }).getByRole('listitem');
}

async function restartBrowser(): Promise<void> {
  await session.close();
  session = await launchExtension({ userDataDir: profile });
}

describe('recent meetings', () => {
  it('survive a browser restart, newest first, and join again in one click', async () => {
    await joinTwoMeetings();

    await restartBrowser();
    const popup = await openPopup(session);
    const items = recentList(popup);

    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).innerText()).toMatch(/123 456 7890/);
    expect(await items.nth(1).innerText()).toMatch(/Weekly sync\s+850 1234 5678/);

    const [joinPage] = await Promise.all([
      session.context.waitForEvent('page'),
      items
        .nth(1)
        .getByRole('button', { name: /^Weekly sync/ })
        .click(),
    ]);
    const form = await waitForMeetingInfo(session);

    expect(joinPage.url()).toMatch(/\/src\/join\/index\.html\?join=/);
    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('passWord')).toBe('abc123');
    expect(form.get('userName')).toBe('Ada Lovelace');
  });

  it('forget one meeting, then all, and stay forgotten after a restart', async () => {
    await joinTwoMeetings();
    const popup = await openPopup(session);
    const items = recentList(popup);
    await expect.poll(() => items.count()).toBe(2);

    await popup.getByRole('button', { name: 'Remove 123 456 7890 from recent meetings' }).click();
    await expect.poll(() => items.count()).toBe(1);

    await restartBrowser();
    const reopened = await openPopup(session);
    await expect.poll(() => recentList(reopened).count()).toBe(1);
    expect(await recentList(reopened).innerText()).toMatch(/Weekly sync/);

    await reopened.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => reopened.getByText('Recent meetings').count()).toBe(0);

    await restartBrowser();
    const empty = await openPopup(session);
    await empty.getByLabel('Meeting ID or invite link').waitFor();
    expect(await empty.getByText('Recent meetings').count()).toBe(0);
  });

  it('stay current in every open popup when one of them changes the list', async () => {
    await joinTwoMeetings();
    const first = await openPopup(session);
    const second = await openPopup(session);
    await expect.poll(() => recentList(first).count()).toBe(2);
    await expect.poll(() => recentList(second).count()).toBe(2);

    await first.getByRole('button', { name: 'Remove 123 456 7890 from recent meetings' }).click();
    await expect.poll(() => recentList(second).count()).toBe(1);

    await second.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => first.getByText('Recent meetings').count()).toBe(0);
  });

  it('are offered in the address bar, and a chosen one joins with its passcode', async () => {
    await joinTwoMeetings();

    const suggestions = await omniboxSuggestions(session, 'weekly');

    expect(suggestions.map((suggestion) => suggestion.content)).toEqual(['85012345678']);
    expect(suggestions[0]?.description).toMatch(/850 1234 5678.*Weekly sync/);
    expect(JSON.stringify(suggestions)).not.toContain('abc123');

    await Promise.all([
      session.context.waitForEvent('page'),
      enterInOmnibox(session, suggestions[0]?.content ?? '', 'newForegroundTab'),
    ]);
    const form = await waitForMeetingInfo(session, 3);
    expect(form.get('meetingNumber')).toBe('85012345678');
    expect(form.get('passWord')).toBe('abc123');
  });

  it('keep no passcode once the setting is off, and never sync one', async () => {
    await rememberName(session, 'Ada Lovelace');
    const options = await session.openPage(OPTIONS_PAGE);
    await joinTwoMeetings();
    expect(await storedText('local')).toContain('abc123');

    await options.bringToFront();
    await options.getByLabel('Keep passcodes with recent meetings').setChecked(false);

    await expect.poll(() => storedText('local')).not.toContain('abc123');
    expect(await storedText('local')).toContain('85012345678');
    expect(await storedText('sync')).not.toContain('abc123');
  });
});

/** Everything the extension keeps in one storage area, as text. */
function storedText(area: 'local' | 'sync'): Promise<string> {
  return session.worker.evaluate(async (area) => {
    interface StorageApi {
      storage: Record<'local' | 'sync', { get(keys: null): Promise<unknown> }>;
    }
    const { chrome } = globalThis as unknown as { chrome: StorageApi }; // The worker's API.
    return JSON.stringify(await chrome.storage[area].get(null));
  }, area);
}
