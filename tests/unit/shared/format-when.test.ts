import { describe, expect, it } from 'vitest';

import { formatWhen } from '../../../src/shared/format-when.ts';

const NOW = Date.UTC(2026, 2, 20, 12, 0, 0);
const MINUTE = 60_000;

describe('formatWhen', () => {
  it.each([
    [0, 'this minute'],
    [5 * MINUTE, '5 minutes ago'],
    [59 * MINUTE, '59 minutes ago'],
    [2 * 60 * MINUTE, '2 hours ago'],
    [26 * 60 * MINUTE, 'yesterday'],
    [3 * 24 * 60 * MINUTE, '3 days ago'],
  ])('says how long ago %i ms was: %s', (elapsed, expected) => {
    expect(formatWhen(NOW - elapsed, NOW, 'en')).toBe(expected);
  });

  it('gives the date for anything older than a week', () => {
    expect(formatWhen(Date.UTC(2026, 2, 1, 12), NOW, 'en')).toBe('Mar 1');
  });

  it("speaks the reader's language", () => {
    expect(formatWhen(NOW - 5 * MINUTE, NOW, 'de')).toBe('vor 5 Minuten');
  });

  it('treats a time in the future (a clock change) as now', () => {
    expect(formatWhen(NOW + 10 * MINUTE, NOW, 'en')).toBe('this minute');
  });
});
