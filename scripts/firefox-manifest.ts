// Turns the one manifest we keep (written for Chromium) into Firefox's, at build time, so the
// two can never drift apart. Each difference below names where Firefox's rule comes from.

/** The add-on's ID on addons.mozilla.org: a GUID of our own, so it claims no domain. */
export const GECKO_ID = '{c279c517-1607-48c7-ac16-45452163a099}';

/**
 * Firefox 140 (an ESR) is the first with the built-in data collection consent that AMO requires
 * of new add-ons since 3 November 2025 (extensionworkshop.com, "Firefox built-in consent for
 * data collection and transmission"); it also has everything else we use: MV3 event pages with
 * `type: module`, `storage.session`, `optional_host_permissions`, `declarativeNetRequest`.
 */
export const GECKO_MIN_VERSION = '140.0';

/** Firefox for Android reads the data collection declaration from 142 on (same source). */
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/**
 * What leaves the browser, in Firefox's categories: the name shown in meetings goes to the
 * backend and to Zoom (personally identifying), passcodes, sign-in sessions and host tokens go
 * to the backend and Zoom (authentication). Nothing else is collected; docs/privacy.md says
 * the same in words.
 */
export const GECKO_DATA_COLLECTION: ('personallyIdentifyingInfo' | 'authenticationInfo')[] = [
  'personallyIdentifyingInfo',
  'authenticationInfo',
];

// Keys Firefox does not know. Chromium-only by definition (`minimum_chrome_version`), or not
// implemented: Firefox ignores `cross_origin_embedder_policy` / `cross_origin_opener_policy`,
// so extension pages cannot be cross-origin isolated there (Mozilla bug 1673477; the
// cross-browser proposal w3c/webextensions#1039 lists the keys as "implemented: chrome" only).
// The join page tells the person what that costs (no gallery view) instead of hiding it.
// `side_panel` is Chromium's side panel API; Firefox has a different one (`sidebar_action`),
// and the extension hides the side panel choice where `chrome.sidePanel` is missing.
const CHROMIUM_ONLY_KEYS = [
  'minimum_chrome_version',
  'cross_origin_embedder_policy',
  'cross_origin_opener_policy',
  'side_panel',
] as const;

/** Permissions of Chromium-only APIs, dropped for the same reason as the keys above. */
const CHROMIUM_ONLY_PERMISSIONS = ['sidePanel'];

type ChromiumOnlyKey = (typeof CHROMIUM_ONLY_KEYS)[number];

/** The part of our manifest the transform reads; every other key passes through unchanged. */
export interface ChromiumManifest {
  background: { service_worker: string };
  permissions: string[];
}

/** The keys the transform writes. */
export interface FirefoxAdditions {
  background: { scripts: string[]; type: 'module' };
  browser_specific_settings: {
    gecko: {
      id: string;
      strict_min_version: string;
      data_collection_permissions: { required: typeof GECKO_DATA_COLLECTION };
    };
    gecko_android: { strict_min_version: string };
  };
}

/**
 * The Firefox manifest for the same extension.
 *
 * - Background: Firefox runs Manifest V3 backgrounds as event pages (`background.scripts`), not
 *   service workers; the same module runs as the page's only script.
 * - `browser_specific_settings.gecko`: the add-on ID (MV3 add-ons need one to be signed), the
 *   minimum version and the data collection declaration.
 * - The CSP stays as it is: Firefox's MV3 default already has `'wasm-unsafe-eval'` and allows
 *   it in `extension_pages` (MDN, manifest.json/content_security_policy; Firefox's own test
 *   test_ext_content_security_policy.js lists it in the MV3 base policy).
 */
export function toFirefoxManifest<M extends ChromiumManifest>(
  manifest: M,
): Omit<M, ChromiumOnlyKey | 'background'> & FirefoxAdditions {
  const kept = Object.fromEntries(
    Object.entries(manifest).filter(
      ([key]) => !(CHROMIUM_ONLY_KEYS as readonly string[]).includes(key),
    ),
  ) as Omit<M, ChromiumOnlyKey | 'background'>; // Exactly the keys filtered out above.

  return {
    ...kept,
    permissions: manifest.permissions.filter(
      (permission) => !CHROMIUM_ONLY_PERMISSIONS.includes(permission),
    ),
    background: { scripts: [manifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        data_collection_permissions: { required: GECKO_DATA_COLLECTION },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  };
}
