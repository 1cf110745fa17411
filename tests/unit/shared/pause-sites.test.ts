import { describe, expect, it } from 'vitest';

import { parsePauseSites, siteHost } from '../../../src/shared/pause-sites.ts';

describe('siteHost', () => {
  it.each([
    ['mail.example.com', 'mail.example.com'],
    ['Mail.Example.COM', 'mail.example.com'],
    ['https://mail.example.com/inbox?x=1', 'mail.example.com'],
    ['*.example.com', 'example.com'],
    ['bücher.example', 'xn--bcher-kva.example'],
    ['127.0.0.1', '127.0.0.1'],
  ])('reads %s as %s', (typed, host) => {
    expect(siteHost(typed)).toBe(host);
  });

  it.each(['https://', 'user@example.com', 'exa mple.com', 'https://[::1]/', '%%%'])(
    'refuses %s',
    (typed) => {
      expect(siteHost(typed)).toBeUndefined();
    },
  );
});

describe('parsePauseSites', () => {
  it('reads one site a line, or separated by commas, without repeats', () => {
    const text = 'mail.example.com\n\n  calendar.example.org, https://mail.example.com/x \n';

    expect(parsePauseSites(text)).toEqual({
      sites: ['mail.example.com', 'calendar.example.org'],
      rejected: [],
    });
  });

  it('lists what is not a site', () => {
    expect(parsePauseSites('example.com\nuser@example.com')).toEqual({
      sites: ['example.com'],
      rejected: ['user@example.com'],
    });
  });
});
