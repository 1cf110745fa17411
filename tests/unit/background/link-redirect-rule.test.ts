import { describe, expect, it } from 'vitest';

import {
  LINK_REDIRECT_RULE_ID,
  linkRedirectRule,
} from '../../../src/background/link-redirect-rule.ts';

const PAGE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/join/form.html';

/** What the rule's substitution makes of `url`, read with JavaScript's regex engine. */
function redirected(url: string): string | undefined {
  const { condition, action } = linkRedirectRule(PAGE, []);
  const pattern = new RegExp(condition.regexFilter ?? 'never', 'i');
  const substitution = action.redirect?.regexSubstitution ?? '';
  if (!pattern.test(url)) return undefined;

  // `\0` stands for the whole match, as in Chrome's regexSubstitution.
  return url.replace(pattern, (match) => substitution.replace('\\0', () => match));
}

describe('linkRedirectRule', () => {
  it.each([
    'https://zoom.us/j/85012345678',
    'https://us05web.zoom.us/j/85012345678?pwd=abc.1',
    'https://acme.zoom.us/j/85012345678?pwd=a%2Bb&from=addon#success',
    'https://zoom.com/j/85012345678',
    'https://agency.zoomgov.com/j/1612345678?pwd=x',
  ])('sends %s to the link page, whole', (url) => {
    expect(redirected(url)).toBe(`${PAGE}#${url}`);
  });

  it.each([
    'https://zoom.us/s/85012345678',
    'https://zoom.us/wc/85012345678/join',
    'https://zoom.us/my/jo.doe',
    'https://zoom.us/j/',
    'https://zoom.us/',
    'http://zoom.us/j/85012345678',
    'https://evilzoom.us/j/85012345678',
    'https://zoom.us.evil.example/j/85012345678',
    'https://evil.example/?next=https://zoom.us/j/85012345678',
  ])('leaves %s alone', (url) => {
    expect(redirected(url)).toBeUndefined();
  });

  it('acts on top-level navigations to Zoom only', () => {
    const { id, condition } = linkRedirectRule(PAGE, []);

    expect(id).toBe(LINK_REDIRECT_RULE_ID);
    expect(condition.resourceTypes).toEqual(['main_frame']);
    expect(condition.requestDomains).toEqual(['zoom.us', 'zoom.com', 'zoomgov.com']);
    expect(condition).not.toHaveProperty('excludedInitiatorDomains');
  });

  it('lets links from paused sites through, and drops entries that are not sites', () => {
    const { condition } = linkRedirectRule(PAGE, ['Mail.Example.com', 'not a site', '*.x.org']);

    expect(condition.excludedInitiatorDomains).toEqual(['mail.example.com', 'x.org']);
  });
});
