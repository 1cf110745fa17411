import { describe, expect, it } from 'vitest';

import { sdkLanguage } from '../../../src/join/sdk-language.ts';

describe('sdkLanguage', () => {
  it('keeps a language the SDK ships, whatever its case or separator', () => {
    expect(sdkLanguage('de-DE')).toBe('de-DE');
    expect(sdkLanguage('ja-jp')).toBe('ja-JP');
    expect(sdkLanguage('zh_CN')).toBe('zh-CN');
  });

  it("picks the SDK's variant of a language given without a region, or with another region", () => {
    expect(sdkLanguage('de')).toBe('de-DE');
    expect(sdkLanguage('fr-CA')).toBe('fr-FR');
    expect(sdkLanguage('pt-BR')).toBe('pt-PT');
    expect(sdkLanguage('es-419')).toBe('es-ES');
    expect(sdkLanguage('en-GB')).toBe('en-US');
  });

  it('gives traditional Chinese to Hong Kong, Macau and Hant, and simplified to Singapore', () => {
    expect(sdkLanguage('zh-HK')).toBe('zh-TW');
    expect(sdkLanguage('zh-MO')).toBe('zh-TW');
    expect(sdkLanguage('zh-Hant')).toBe('zh-TW');
    expect(sdkLanguage('zh-TW')).toBe('zh-TW');
    expect(sdkLanguage('zh-SG')).toBe('zh-CN');
    expect(sdkLanguage('zh')).toBe('zh-CN');
  });

  it('falls back to English for a language the SDK does not ship, or none', () => {
    expect(sdkLanguage('fi')).toBe('en-US');
    expect(sdkLanguage('ar-EG')).toBe('en-US');
    expect(sdkLanguage('')).toBe('en-US');
  });
});
