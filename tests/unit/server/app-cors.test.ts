import { describe, expect, it } from 'vitest';

import { EXTENSION_ORIGIN, createTestApp, postBody } from './server-fixtures.ts';

const VALID = { meetingNumber: '123456789', role: 0 };
const FIREFOX_ORIGIN = 'moz-extension://0b7c1c5e-2f4a-4d3e-9c1b-6a8d2e4f5a7b';
const FOREIGN_ORIGIN = 'https://evil.example';

function preflight(app: ReturnType<typeof createTestApp>['app'], origin: string) {
  return app.request('/', {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  });
}

describe('CORS by default', () => {
  it.each([EXTENSION_ORIGIN, FIREFOX_ORIGIN])(
    'reflects the extension origin %s',
    async (origin) => {
      const { app } = createTestApp();

      const response = await postBody(app, VALID, { Origin: origin });

      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('vary')).toContain('Origin');
    },
  );

  it('gives a web page no CORS header, so its browser withholds the reply', async () => {
    const { app } = createTestApp();

    const response = await postBody(app, VALID, { Origin: FOREIGN_ORIGIN });

    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the preflight of a JSON POST from an extension page', async () => {
    const { app } = createTestApp();

    const response = await preflight(app, EXTENSION_ORIGIN);

    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')?.split(',')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toBe(
      'content-type,authorization',
    );
  });

  it('allows no request header beyond Content-Type and Authorization, whatever is asked', async () => {
    const { app } = createTestApp();

    const response = await app.request('/', {
      method: 'OPTIONS',
      headers: {
        Origin: EXTENSION_ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, authorization, x-anything',
      },
    });

    // Authorization carries the shared host access token.
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type,Authorization');
  });

  it('lets browsers keep a preflight answer for 10 minutes, per origin', async () => {
    const { app } = createTestApp();

    const response = await preflight(app, EXTENSION_ORIGIN);

    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('vary')).toContain('Origin');
    expect(await response.text()).toBe('');
  });

  it('lets the extension read a refusal and a 404 too', async () => {
    const { app } = createTestApp();
    const headers = { Origin: EXTENSION_ORIGIN };

    const refused = await postBody(app, { meetingNumber: 'abc', role: 0 }, headers);
    const missing = await app.request('/nowhere', { headers });

    expect([refused.status, missing.status]).toEqual([400, 404]);
    for (const response of [refused, missing]) {
      expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('does not allow the preflight of a web page', async () => {
    const { app } = createTestApp();

    const response = await preflight(app, FOREIGN_ORIGIN);

    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('does not treat a web page whose host looks like an extension as one', async () => {
    const { app } = createTestApp();

    const response = await postBody(app, VALID, { Origin: `https://${EXTENSION_ORIGIN}` });

    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a request without Origin, as curl sends it, without CORS headers', async () => {
    const { app } = createTestApp();

    const response = await postBody(app, VALID);

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('never answers with the wildcard origin', async () => {
    const { app } = createTestApp();
    const origins = [EXTENSION_ORIGIN, FOREIGN_ORIGIN, 'null'];

    for (const origin of origins) {
      const replies = [
        await postBody(app, VALID, { Origin: origin }),
        await preflight(app, origin),
      ];
      for (const reply of replies) {
        expect(reply.headers.get('access-control-allow-origin')).not.toBe('*');
      }
    }
  });
});

describe('CORS with CORS_ORIGINS set', () => {
  const configured = { corsOrigins: [EXTENSION_ORIGIN, 'http://localhost:5173'] };

  it('reflects a listed origin, even a web one', async () => {
    const { app } = createTestApp(configured);

    const response = await postBody(app, VALID, { Origin: 'http://localhost:5173' });

    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('refuses an extension origin that is not listed', async () => {
    const { app } = createTestApp(configured);

    const response = await preflight(app, FIREFOX_ORIGIN);

    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
