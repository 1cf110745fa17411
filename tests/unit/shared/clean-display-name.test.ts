import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { cleanDisplayName } from '../../../src/shared/clean-display-name.ts';

describe('cleanDisplayName', () => {
  it.each([
    ['Ada Lovelace', 'Ada Lovelace'],
    ['  Ada\tLovelace\n', 'Ada Lovelace'],
    ['Ada\r\n\r\nLovelace', 'Ada Lovelace'],
    ['Ada\u0000\u0007Lovelace', 'Ada Lovelace'],
    ['\u202Eecalevol adA', 'ecalevol adA'],
    ['Ada \u2066(host)\u2069', 'Ada (host)'],
    ['\u0085\u00A0', ''],
    ['\u200B\u202E', ''],
    ['\u200D\u0301 \uFEFF', ''],
    ['Ada\u200BLovelace', 'AdaLovelace'],
  ])('cleans %j to %j', (input, expected) => {
    expect(cleanDisplayName(input)).toBe(expected);
  });

  it('keeps letters of every script and emoji joined with U+200D', () => {
    expect(cleanDisplayName('José Müller 山田 👩\u200D💻')).toBe('José Müller 山田 👩\u200D💻');
  });

  it('never leaves a control character, an override or an outer space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const cleaned = cleanDisplayName(input);
        expect(cleaned).not.toMatch(/[\p{Cc}\u202A-\u202E\u2066-\u2069]|^\s|\s$|\s\s/u);
      }),
    );
  });
});
