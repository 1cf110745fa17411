// The declarativeNetRequest rule that sends Zoom `/j/` links to this extension instead of the
// Zoom app prompt, when the person turns that on.
//
// What the rule can and cannot see: it matches the address and who asked for it (the
// initiator's domain), nothing else. It cannot see modifier keys: a pause per site is what it
// offers.
// TODO(alt-click): letting one Alt-clicked link through needs a content script on every site
// (a broad host permission) to see the key and tell the worker; not done until someone decides
// that permission is worth it.

import type { DeclarativeNetRequest } from 'webextension-polyfill';

import { siteHost } from '../shared/pause-sites.ts';

/** The one dynamic rule this extension adds. */
export const LINK_REDIRECT_RULE_ID = 1;

// RE2, the syntax Chrome's rules use. Zoom's join links on zoom.us, zoom.com, zoomgov.com and
// their subdomains (us02web.zoom.us, acme.zoom.us), with or without a query. The rule acts only
// on hosts the extension holds a host permission for.
const ZOOM_JOIN_LINK = '^https://([a-z0-9-]+\\.)*(zoom\\.us|zoom\\.com|zoomgov\\.com)/j/[0-9]+.*$';

/**
 * The redirect rule: the whole link goes after `#` in `linkPageUrl`, where the link page reads
 * it (a fragment never reaches a server). Links from `pausedSites` are left alone.
 */
export function linkRedirectRule(
  linkPageUrl: string,
  pausedSites: string[],
): DeclarativeNetRequest.Rule {
  const excluded = pausedSites.map(siteHost).filter((site): site is string => site !== undefined);

  return {
    id: LINK_REDIRECT_RULE_ID,
    priority: 1,
    action: {
      type: 'redirect',
      redirect: { regexSubstitution: `${linkPageUrl}#\\0` },
    },
    condition: {
      regexFilter: ZOOM_JOIN_LINK,
      isUrlFilterCaseSensitive: false,
      requestDomains: ['zoom.us', 'zoom.com', 'zoomgov.com'],
      resourceTypes: ['main_frame'],
      ...(excluded.length > 0 ? { excludedInitiatorDomains: excluded } : {}),
    },
  };
}
