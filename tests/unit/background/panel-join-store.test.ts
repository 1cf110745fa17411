import { beforeEach, describe, expect, it, vi } from 'vitest';

// The store reads and writes through the browser's session storage; here it is a plain map.
const session = vi.hoisted(() => new Map<string, unknown>());

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        get: (key: string | null) =>
          Promise.resolve(
            key === null
              ? Object.fromEntries(session)
              : session.has(key)
                ? { [key]: session.get(key) }
                : {},
          ),
        set: (changes: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(changes)) session.set(key, value);
          return Promise.resolve();
        },
        remove: (keys: string | string[]) => {
          for (const key of [keys].flat()) session.delete(key);
          return Promise.resolve();
        },
      },
    },
  },
}));

const { offerPanelJoin, takePanelJoin } =
  await import('../../../src/background/panel-join-store.ts');

const JOIN_ID = '0b6f3c2e-5d7a-4c1e-9f8b-2a4d6e8c0f13';
const OTHER_ID = '5a1d3c7e-0b2f-4e6a-8c9d-1f3e5a7b9c0d';
const NOW = 1_800_000_000_000;

beforeEach(() => session.clear());

describe('the join waiting for a side panel', () => {
  it('is handed to the panel of its window once', async () => {
    await offerPanelJoin(7, JOIN_ID, NOW);

    expect(await takePanelJoin(7, NOW + 1000)).toBe(JOIN_ID);
    expect(await takePanelJoin(7, NOW + 2000)).toBeUndefined();
  });

  it('is not handed to the panel of another window', async () => {
    await offerPanelJoin(7, JOIN_ID, NOW);

    expect(await takePanelJoin(8, NOW)).toBeUndefined();
    expect(await takePanelJoin(7, NOW)).toBe(JOIN_ID);
  });

  it('is replaced by a newer join for the same window', async () => {
    await offerPanelJoin(7, JOIN_ID, NOW);
    await offerPanelJoin(7, OTHER_ID, NOW + 10);

    expect(await takePanelJoin(7, NOW + 20)).toBe(OTHER_ID);
  });

  it('is forgotten when nobody took it for minutes, so a later panel starts no old meeting', async () => {
    await offerPanelJoin(7, JOIN_ID, NOW);

    expect(await takePanelJoin(7, NOW + 10 * 60 * 1000)).toBeUndefined();
    expect(session.size).toBe(0);
  });

  it('keeps nothing but the id and its time', async () => {
    await offerPanelJoin(7, JOIN_ID, NOW);

    expect([...session.values()]).toEqual([{ joinId: JOIN_ID, createdAt: NOW }]);
  });
});
