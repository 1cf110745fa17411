import browser from 'webextension-polyfill';

import { loadSettings } from '../shared/settings.ts';
import { LINK_REDIRECT_RULE_ID, linkRedirectRule } from './link-redirect-rule.ts';

/** The page a redirected link lands on; it hands the link to the worker and moves on. */
export function linkPageUrl(): string {
  return browser.runtime.getURL('src/join/form.html');
}

/** Puts the redirect rule in place when the settings ask for it, and removes it otherwise. */
export async function syncLinkRedirect(): Promise<void> {
  const { openZoomLinks, linkPauseSites } = await loadSettings();
  const addRules = openZoomLinks ? [linkRedirectRule(linkPageUrl(), linkPauseSites)] : [];

  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [LINK_REDIRECT_RULE_ID],
    addRules,
  });
}
