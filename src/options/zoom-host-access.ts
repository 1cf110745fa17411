import browser from 'webextension-polyfill';

/**
 * Zoom's hosts beyond zoom.us, which the manifest grants: link opening works there only with
 * their host permission, asked when the person turns it on.
 */
const MORE_ZOOM_ORIGINS = ['https://*.zoom.com/*', 'https://*.zoomgov.com/*'];

/**
 * Asks for the other Zoom hosts. Call it inside the click, before any await: browsers show the
 * prompt only during a user gesture. Resolves to whether they were granted.
 */
export function requestMoreZoomHosts(): Promise<boolean> {
  return browser.permissions.request({ origins: MORE_ZOOM_ORIGINS });
}
