// Every translation must carry exactly the English keys, with the same placeholders, so no
// screen ever falls back to a raw key or loses a number it should show.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

type Messages = Record<string, Message>;

const LOCALES_DIR = 'public/_locales';
const REQUIRED_LOCALES = ['de', 'en', 'es'];

function load(locale: string): Messages {
  const file = path.join(LOCALES_DIR, locale, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Messages; // Chrome's messages.json format.
}

/** The `$name$` references a message uses, lower-cased as the browser matches them, sorted. */
function references(text: string): string[] {
  return [...text.matchAll(/\$([a-z0-9_@]+)\$/gi)]
    .map((match) => (match[1] ?? '').toLowerCase())
    .sort();
}

function placeholderContents(message: Message): Record<string, string> {
  return Object.fromEntries(
    Object.entries(message.placeholders ?? {}).map(([name, { content }]) => [
      name.toLowerCase(),
      content,
    ]),
  );
}

const english = load('en');
const translations = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en');

describe('translations', () => {
  it('include German and Spanish besides English', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
  });

  describe.each(translations)('%s', (locale) => {
    const messages = load(locale);

    it('has exactly the English keys', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    });

    it('has the same placeholders, used the same way, in every message', () => {
      for (const [key, source] of Object.entries(english)) {
        const translated = messages[key];
        if (!translated) continue; // Reported by the test above.

        expect.soft(placeholderContents(translated), key).toEqual(placeholderContents(source));
        expect.soft(references(translated.message), key).toEqual(references(source.message));
      }
    });

    it('keeps the product name, which Zoom trademark rules allow only as "… for Zoom"', () => {
      expect(messages.extension_name?.message).toBe(english.extension_name?.message);
    });

    it('fits the store description in the 132 characters Chrome allows', () => {
      expect(messages.extension_description?.message.length).toBeLessThanOrEqual(132);
    });

    it('has no empty message', () => {
      const empty = Object.entries(messages).filter(([, { message }]) => message.trim() === '');
      expect(empty.map(([key]) => key)).toEqual([]);
    });
  });
});
