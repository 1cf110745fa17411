/** The interface languages the SDK ships (its `lib/lang` folder). */
export const SDK_LANGUAGES = [
  'de-DE',
  'en-US',
  'es-ES',
  'fr-FR',
  'id-ID',
  'it-IT',
  'ja-JP',
  'ko-KR',
  'nl-NL',
  'pl-PL',
  'pt-PT',
  'ru-RU',
  'sv-SE',
  'tr-TR',
  'vi-VN',
  'zh-CN',
  'zh-TW',
];

/**
 * The SDK language closest to the browser's, e.g. `de` → `de-DE`, `pt-BR` →
 * `pt-PT`, `zh-HK` → `zh-TW`; English when the SDK has nothing close.
 */
export function sdkLanguage(browserLanguage: string): string {
  const wanted = browserLanguage.replace('_', '-').toLowerCase();
  const exact = SDK_LANGUAGES.find((language) => language.toLowerCase() === wanted);
  if (exact) return exact;

  if (/^zh-(hk|mo|hant)/.test(wanted)) return 'zh-TW';

  const base = wanted.split('-')[0];
  return SDK_LANGUAGES.find((language) => language.toLowerCase().startsWith(`${base}-`)) ?? 'en-US';
}
