// What the end-to-end build lets a test or `npm run bench` choose through storage.local, so that
// they drive the real code paths: the browser language the join page reads, the order in
// which a join gets its two parts, and when the popup's stored values arrive. Builds that ship have none of it: the check below is a
// constant there, and the storage read is compiled away.

import browser from 'webextension-polyfill';

import { TEST_OVERRIDE_KEYS } from './test-override-keys.ts';

/**
 * How a join gets the loaded SDK and the signature: both at once ("overlapped", what ships),
 * or the signature only once the SDK is ready ("sequential", as Zoom's samples do), which the
 * benchmark measures the overlap against.
 */
export type JoinOrder = 'overlapped' | 'sequential';

export interface TestOverrides {
  joinOrder: JoinOrder;
  /** Stands in for the browser's interface language (`i18n.getUILanguage()`). */
  uiLanguage?: string;
}

const NONE: TestOverrides = { joinOrder: 'overlapped' };

/** What a test chose; always `NONE` outside the end-to-end build. */
export async function readTestOverrides(): Promise<TestOverrides> {
  if (!import.meta.env.JOIN_PANEL_E2E) return NONE;

  const stored = await browser.storage.local.get(Object.values(TEST_OVERRIDE_KEYS));
  const uiLanguage = stored[TEST_OVERRIDE_KEYS.uiLanguage];

  return {
    joinOrder: stored[TEST_OVERRIDE_KEYS.joinOrder] === 'sequential' ? 'sequential' : 'overlapped',
    ...(typeof uiLanguage === 'string' ? { uiLanguage } : {}),
  };
}

/**
 * Resolves once the popup may fill its form: at once, except in the end-to-end build while a
 * test holds the stored values back to act on the form as first drawn.
 */
export async function popupReadsReleased(): Promise<void> {
  if (!import.meta.env.JOIN_PANEL_E2E) return;

  const key = TEST_OVERRIDE_KEYS.holdPopupReads;
  let onChange: ((changes: Record<string, unknown>, area: string) => void) | undefined;
  const released = new Promise<void>((resolve) => {
    onChange = (changes, area) => {
      if (area === 'local' && key in changes) resolve();
    };
    browser.storage.onChanged.addListener(onChange);
  });

  // Listening first: a release between the read and the listener is not missed.
  const held = (await browser.storage.local.get(key))[key] === true;
  if (held) await released;
  if (onChange) browser.storage.onChanged.removeListener(onChange);
}
