import browser from 'webextension-polyfill';

// Working state that must survive the service worker being stopped lives in
// storage.session: kept in memory by the browser, readable only by this
// extension's own pages, gone when the browser closes. Writes go through one
// queue so that two handlers can never interleave a read-modify-write.

let queue: Promise<unknown> = Promise.resolve();

/** Runs `change` after every change queued before it, and returns its result. */
export function queueSessionChange<T>(change: () => Promise<T>): Promise<T> {
  const next = queue.then(change, change);
  queue = next.catch(() => undefined);
  return next;
}

/** The stored value for `key`, or undefined. */
export async function readSession(key: string): Promise<unknown> {
  const stored = await browser.storage.session.get(key);
  return stored[key];
}

/** Every stored key that starts with `prefix`, with its value. */
export async function readSessionPrefix(prefix: string): Promise<Record<string, unknown>> {
  const stored = await browser.storage.session.get(null);
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key.startsWith(prefix)));
}

export function writeSession(key: string, value: unknown): Promise<void> {
  return browser.storage.session.set({ [key]: value });
}

export function removeSession(keys: string | string[]): Promise<void> {
  return browser.storage.session.remove(keys);
}

/**
 * Removes every record under `prefix` that is damaged or older than `maxAgeMs`. Call it from
 * inside a queued change, before adding a record, so that the store never grows unbounded.
 */
export async function removeStale(
  prefix: string,
  isRecord: (value: unknown) => value is { createdAt: number },
  now: number,
  maxAgeMs: number,
): Promise<void> {
  const all = await readSessionPrefix(prefix);
  const stale = Object.entries(all)
    .filter(([, record]) => !isRecord(record) || now - record.createdAt > maxAgeMs)
    .map(([key]) => key);

  if (stale.length > 0) await removeSession(stale);
}
