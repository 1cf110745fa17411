// The error-code table against the SDK this extension ships: every code the SDK's bundle can
// report, and every error text in its language file, must be known to the table. A new SDK
// version that adds a code fails here until the table says what the code means.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import englishMessages from '../../../public/_locales/en/messages.json';
import { zoomErrorMeaning } from '../../../src/shared/zoom-error-codes.ts';

const SDK_DIST = path.resolve('node_modules/@zoom/meetingsdk/dist');
const BUNDLE = readFileSync(path.join(SDK_DIST, 'zoom-meeting-6.2.0.min.js'), 'utf8');
const SDK_ENGLISH = JSON.parse(
  readFileSync(path.join(SDK_DIST, 'lib/lang/en-US.json'), 'utf8'),
) as Record<string, string>; // The SDK's language file: one flat object of texts.

/** Keys of the SDK's language file that name no join or init failure of their own. */
const NOT_A_FAILURE: Record<string, string> = {
  'apac.errorcodes_success': 'success, code 0',
  'apac.errorcodes_bot_owner_not_in_meeting': 'no code in 6.2.0; shown with its own text',
};

/** `"apac.some_key":3712` pairs in the bundle's maps from Zoom's server codes to SDK codes. */
function bundleKeyCodes(): Map<string, Set<number>> {
  const pairs = new Map<string, Set<number>>();

  for (const [, key = '', code = ''] of BUNDLE.matchAll(
    /"(apac\.[\w.]+)":(\d+(?:e\d+)?)(?=[,}])/g,
  )) {
    const codes = pairs.get(key) ?? new Set<number>();
    codes.add(Number(code));
    pairs.set(key, codes);
  }

  return pairs;
}

/** The client view's `errorCodes` (`{SUCCESS:0,FAIL:1,…}`) and the texts tied to their names. */
function bundleErrorEnum(): { codes: Map<string, number>; keys: Map<string, string> } {
  const codesText = /\{SUCCESS:0,FAIL:1,[^}]*\}/.exec(BUNDLE)?.[0] ?? '';
  const keysText = /\{SUCCESS:"apac\.errorcodes_success",[^}]*\}/.exec(BUNDLE)?.[0] ?? '';

  const codes = new Map(
    [...codesText.matchAll(/(\w+):(\d+(?:e\d+)?)/g)].map(([, name = '', code = '']) => [
      name,
      Number(code),
    ]),
  );
  const keys = new Map(
    [...keysText.matchAll(/(\w+):"(apac\.[\w.]+)"/g)].map(([, name = '', key = '']) => [key, name]),
  );

  // Failures reported directly, e.g. `errorCode:p.A7.OBF_ERROR,errorMessage:(0,c.hBg)("…",key)`.
  const direct =
    /errorCode:\w+\.\w+\.(\w+),errorMessage:\(0,\w+\.\w+\)\("[^"]*","(apac\.[\w.]+)"\)/g;
  for (const [, name = '', key = ''] of BUNDLE.matchAll(direct)) keys.set(key, name);

  return { codes, keys };
}

/** Codes of the component view's enums, e.g. `e[e.CommonError=200]="CommonError"`. */
function bundleComponentEnumCodes(): number[] {
  const enums = BUNDLE.match(/function\(e\)\{return e\[e\.Success=0\]="Success",[^}]*\}/g) ?? [];
  const errorEnums = enums.filter((text) => text.includes('CommonError=200'));

  return errorEnums.flatMap((text) =>
    [...text.matchAll(/e\[e\.\w+=(\d+(?:e\d+)?)\]/g)].map(([, code = '']) => Number(code)),
  );
}

function unknown(codes: Iterable<number>): number[] {
  return [...new Set(codes)].filter((code) => code !== 0 && !zoomErrorMeaning(code)).sort();
}

describe('the Zoom error-code table', () => {
  it('finds the code maps in the shipped SDK bundle', () => {
    expect(bundleKeyCodes().get('apac.errorcodes_pac_invalid_signature')).toEqual(new Set([3712]));
    expect(bundleErrorEnum().codes.get('WRONG_MEETING_PASSWORD')).toBe(3004);
    expect(bundleComponentEnumCodes()).toContain(200);
  });

  it('knows every code the bundle maps a server answer to', () => {
    const codes = [...bundleKeyCodes().values()].flatMap((set) => [...set]);

    expect(unknown(codes)).toEqual([]);
  });

  it("knows every code of the SDK's error enums, client and component view", () => {
    expect(unknown(bundleErrorEnum().codes.values())).toEqual([]);
    expect(unknown(bundleComponentEnumCodes())).toEqual([]);
  });

  it("knows the codes of Zoom's published table and the SDK-too-old code", () => {
    const published = [1, 2, 3, 200, 403, 3000, 3001, 3003, 3004, 3005, 3008, 3009, 3099, 10000];

    expect(unknown(published)).toEqual([]);
  });

  it("ties every error text in the SDK's language file to a code the table knows", () => {
    const keyCodes = bundleKeyCodes();
    const { codes, keys } = bundleErrorEnum();
    const errorKeys = Object.keys(SDK_ENGLISH).filter((key) => key.startsWith('apac.errorcodes_'));

    const untied = errorKeys.filter((key) => {
      if (Object.hasOwn(NOT_A_FAILURE, key)) return false;

      const fromMaps = [...(keyCodes.get(key) ?? [])];
      const enumName = keys.get(key);
      const fromEnum = enumName === undefined ? [] : [codes.get(enumName) ?? -1];
      const tied = [...fromMaps, ...fromEnum];
      return tied.length === 0 || unknown(tied).length > 0;
    });

    expect(untied).toEqual([]);
  });

  it('gives each code a sentence of its own kind: wrong passcode asks for the passcode', () => {
    expect(zoomErrorMeaning(3004)).toEqual({
      key: 'error_zoom_wrong_passcode',
      action: 'check-passcode',
    });
    expect(zoomErrorMeaning(3008)).toEqual({
      key: 'error_zoom_not_started',
      action: 'wait-for-host',
    });
    expect(zoomErrorMeaning(3712)?.action).toBe('contact-backend-admin');
    expect(zoomErrorMeaning(3610)?.key).toBe('error_zoom_meeting_not_found');
    expect(zoomErrorMeaning(10000)?.action).toBe('update-extension');
    expect(zoomErrorMeaning(4012)?.action).toBe('sign-in');
    expect(zoomErrorMeaning(3611)?.action).toBe('use-zoom-app');
  });

  it('knows nothing about codes Zoom never sends, nor about object keys', () => {
    expect(zoomErrorMeaning(9999)).toBeUndefined();
    expect(zoomErrorMeaning(Number('toString'))).toBeUndefined();
  });

  it('points every code at a message that exists and needs no substitution', () => {
    const messages: Record<string, { message: string; placeholders?: object }> = englishMessages;
    const allCodes = [
      ...[...bundleKeyCodes().values()].flatMap((set) => [...set]),
      ...bundleErrorEnum().codes.values(),
      ...bundleComponentEnumCodes(),
    ].filter((code) => code !== 0);

    for (const code of allCodes) {
      const key = zoomErrorMeaning(code)?.key ?? '';
      expect(messages[key]?.message, `code ${code}`).toBeTruthy();
      expect(messages[key]?.placeholders, `code ${code}`).toBeUndefined();
    }
  });
});
