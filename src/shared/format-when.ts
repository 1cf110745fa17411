// "5 minutes ago", "yesterday", "12 Mar": when a recent meeting was joined, in the reader's
// language, from the browser's own Intl tables.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;

/** How long ago `then` was, seen from `now` (both in ms), in `locale`. */
export function formatWhen(then: number, now: number, locale: string): string {
  const elapsed = Math.max(0, now - then);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

  if (elapsed < HOUR_MS) return relative.format(-Math.floor(elapsed / MINUTE_MS), 'minute');

  if (elapsed < DAY_MS) return relative.format(-Math.floor(elapsed / HOUR_MS), 'hour');

  if (elapsed < WEEK_MS) return relative.format(-Math.floor(elapsed / DAY_MS), 'day');

  return new Date(then).toLocaleDateString(locale, { day: 'numeric', month: 'short' });
}
