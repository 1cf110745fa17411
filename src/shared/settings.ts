// The person's settings. They sync between their browsers, so nothing secret
// may ever be added here: passcodes, signatures and tokens stay out.

import browser from 'webextension-polyfill';

import type { MeetingRole } from './backend-contract.ts';

export interface Settings {
  /** The signature backend's endpoint, exactly as saved; empty when not set up yet. */
  backendUrl: string;
  /** The name shown to others in meetings, remembered from the last join. */
  userName: string;
  /** The role the popup starts with. */
  defaultRole: MeetingRole;
  /** Whether recent meetings keep their passcodes (in local storage only, never here). */
  rememberPasscodes: boolean;
  /** Whether Zoom `/j/` links opened anywhere in the browser come to this extension. */
  openZoomLinks: boolean;
  /** Sites whose Zoom links open as before even when `openZoomLinks` is on, e.g. `mail.example`. */
  linkPauseSites: string[];
  /** Where the popup opens meetings; the side panel only where the browser has one. */
  openIn: OpenIn;
}

export type OpenIn = 'tab' | 'side-panel';

export const DEFAULT_SETTINGS: Settings = {
  backendUrl: '',
  userName: '',
  defaultRole: 0,
  rememberPasscodes: true,
  openZoomLinks: false,
  linkPauseSites: [],
  openIn: 'tab',
};

const MAX_URL_LENGTH = 2048;
const MAX_NAME_LENGTH = 64;
const MAX_PAUSE_SITES = 100;
const MAX_SITE_LENGTH = 253;

/**
 * Settings from whatever storage holds, each field checked on its own.
 * A field that is missing, of the wrong type or too long falls back to its
 * default, so a damaged or hand-edited store never breaks a page.
 */
export function parseSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? stored : {};
  const {
    backendUrl,
    userName,
    defaultRole,
    rememberPasscodes,
    openZoomLinks,
    linkPauseSites,
    openIn,
  } = record as Partial<Record<keyof Settings, unknown>>; // Each field is checked below.

  return {
    backendUrl:
      typeof backendUrl === 'string' && backendUrl.length <= MAX_URL_LENGTH
        ? backendUrl
        : DEFAULT_SETTINGS.backendUrl,
    userName:
      typeof userName === 'string' && userName.length <= MAX_NAME_LENGTH
        ? userName
        : DEFAULT_SETTINGS.userName,
    defaultRole:
      defaultRole === 0 || defaultRole === 1 ? defaultRole : DEFAULT_SETTINGS.defaultRole,
    rememberPasscodes:
      typeof rememberPasscodes === 'boolean'
        ? rememberPasscodes
        : DEFAULT_SETTINGS.rememberPasscodes,
    openZoomLinks:
      typeof openZoomLinks === 'boolean' ? openZoomLinks : DEFAULT_SETTINGS.openZoomLinks,
    linkPauseSites: parseSiteList(linkPauseSites),
    openIn: openIn === 'tab' || openIn === 'side-panel' ? openIn : DEFAULT_SETTINGS.openIn,
  };
}

function parseSiteList(value: unknown): string[] {
  if (!Array.isArray(value)) return DEFAULT_SETTINGS.linkPauseSites;

  return value
    .filter((site): site is string => typeof site === 'string' && site.length <= MAX_SITE_LENGTH)
    .slice(0, MAX_PAUSE_SITES);
}

/** The saved settings, with defaults for anything missing or damaged. */
export async function loadSettings(): Promise<Settings> {
  return parseSettings(await browser.storage.sync.get(Object.keys(DEFAULT_SETTINGS)));
}

/** Saves some settings; the others keep their values. */
export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  await browser.storage.sync.set(changes);
}
