import { describe, expect, it } from 'vitest';

import { loadZoomConfig } from '../../../server/src/zoom-config.ts';

function load(env: Record<string, string>) {
  const problems: string[] = [];
  return { config: loadZoomConfig(env, problems), problems };
}

describe('loadZoomConfig', () => {
  it("uses Zoom's real URLs and open attendee signatures when nothing is set", () => {
    const { config, problems } = load({});

    expect(problems).toEqual([]);
    expect(config).toEqual({
      oauthBaseUrl: 'https://zoom.us',
      apiBaseUrl: 'https://api.zoom.us',
      attendeeSignatures: 'open',
    });
  });

  it('refuses a sealing key shorter than 32 bytes', () => {
    const { problems } = load({
      ZOOM_OAUTH_CLIENT_ID: 'id',
      ZOOM_OAUTH_CLIENT_SECRET: 'secret',
      SESSION_SEALING_KEY: 'x'.repeat(31),
    });

    expect(problems.join(' ')).toMatch(/SESSION_SEALING_KEY must be at least 32 bytes/);
  });

  it('names the missing part of incomplete Server-to-Server credentials', () => {
    const { config, problems } = load({ ZOOM_S2S_ACCOUNT_ID: 'acc', ZOOM_S2S_CLIENT_ID: 'id' });

    expect(config.account).toBeUndefined();
    expect(problems.join(' ')).toMatch(/ZOOM_S2S_CLIENT_SECRET/);
  });

  it('drops a trailing slash from a base URL and refuses one with a query', () => {
    const { config, problems } = load({
      ZOOM_OAUTH_BASE_URL: 'http://127.0.0.1:9000/',
      ZOOM_API_BASE_URL: 'https://api.zoom.us/?x=1',
    });

    expect(config.oauthBaseUrl).toBe('http://127.0.0.1:9000');
    expect(problems.join(' ')).toMatch(/ZOOM_API_BASE_URL/);
  });
});
