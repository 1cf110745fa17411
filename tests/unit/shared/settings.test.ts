import { beforeEach, describe, expect, it, vi } from 'vitest';

// The settings module reads and writes through the browser's storage; here it is a plain map.
const storage = vi.hoisted(() => ({ sync: new Map<string, unknown>() }));

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: {
        get: (keys: string[]) =>
          Promise.resolve(
            Object.fromEntries(
              keys
                .filter((key) => storage.sync.has(key))
                .map((key) => [key, storage.sync.get(key)]),
            ),
          ),
        set: (changes: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(changes)) storage.sync.set(key, value);
          return Promise.resolve();
        },
      },
    },
  },
}));

const { DEFAULT_SETTINGS, loadSettings, parseSettings, saveSettings } =
  await import('../../../src/shared/settings.ts');

beforeEach(() => storage.sync.clear());

describe('parseSettings', () => {
  it('keeps every well-formed field as stored', () => {
    const stored = {
      backendUrl: 'https://sign.example.com/',
      userName: 'Ada Lovelace',
      defaultRole: 1,
    };

    expect(parseSettings(stored)).toMatchObject(stored);
  });

  it('gives the defaults for a store that is empty, missing or not an object', () => {
    for (const stored of [{}, undefined, null, 'backendUrl', 42, true]) {
      expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('replaces only the damaged field, keeping the others', () => {
    const parsed = parseSettings({
      backendUrl: 42,
      userName: 'Ada Lovelace',
      defaultRole: 1,
    });

    expect(parsed).toMatchObject({ backendUrl: '', userName: 'Ada Lovelace', defaultRole: 1 });
  });

  it('accepts only role 0 or 1, as numbers', () => {
    for (const defaultRole of [2, -1, '1', 1.5, null, true]) {
      expect(parseSettings({ defaultRole }).defaultRole).toBe(0);
    }
    expect(parseSettings({ defaultRole: 1 }).defaultRole).toBe(1);
  });

  it('opens meetings in a tab unless the side panel was chosen, by its exact name', () => {
    expect(parseSettings({}).openIn).toBe('tab');
    expect(parseSettings({ openIn: 'side-panel' }).openIn).toBe('side-panel');
    for (const openIn of ['sidePanel', 'panel', 'TAB', 1, true, null]) {
      expect(parseSettings({ openIn }).openIn).toBe('tab');
    }
  });

  it('drops texts longer than any real URL or name, so a hand-edited store breaks no page', () => {
    const longUrl = `https://sign.example.com/${'a'.repeat(2048)}`;
    expect(parseSettings({ backendUrl: longUrl }).backendUrl).toBe('');
    expect(parseSettings({ userName: 'A'.repeat(65) }).userName).toBe('');
    expect(parseSettings({ userName: 'A'.repeat(64) }).userName).toBe('A'.repeat(64));
  });

  it('ignores fields it does not know', () => {
    const parsed = parseSettings({ userName: 'Ada', signature: 'eyJ...', extra: { deep: 1 } });

    expect(parsed).not.toHaveProperty('signature');
    expect(parsed).not.toHaveProperty('extra');
  });
});

describe('loadSettings and saveSettings', () => {
  it('loads the defaults before anything was saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves some settings and keeps the others', async () => {
    await saveSettings({ backendUrl: 'http://127.0.0.1:4000/' });
    await saveSettings({ userName: 'Ada Lovelace' });

    expect(await loadSettings()).toMatchObject({
      backendUrl: 'http://127.0.0.1:4000/',
      userName: 'Ada Lovelace',
      defaultRole: 0,
    });
  });

  it('loads a damaged stored value as its default', async () => {
    storage.sync.set('defaultRole', 'host');
    storage.sync.set('userName', 'Grace Hopper');

    expect(await loadSettings()).toMatchObject({ defaultRole: 0, userName: 'Grace Hopper' });
  });
});
