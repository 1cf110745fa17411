import { describe, expect, it } from 'vitest';

import { MAX_BODY_BYTES } from '../../../server/src/limit-body.ts';
import {
  TEST_SDK_KEY,
  TEST_SDK_SECRET,
  createTestApp,
  postBody,
  verifyWithTestSecret,
} from './server-fixtures.ts';

const VALID = { meetingNumber: '859 9624 9517', role: 0 };

// A valid request padded with an ignored property to exactly `size` bytes.
function paddedBody(size: number): string {
  const start = '{"meetingNumber":"123456789","role":0,"pad":"';
  const end = '"}';

  return start + 'x'.repeat(size - start.length - end.length) + end;
}

describe('POST /', () => {
  it('answers a valid request with a signature and the SDK key', async () => {
    const { app } = createTestApp();

    const response = await postBody(app, VALID);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const reply = (await response.json()) as { signature: string; sdkKey: string };
    expect(Object.keys(reply).sort()).toEqual(['sdkKey', 'signature']);
    expect(reply.sdkKey).toBe(TEST_SDK_KEY);
    const payload = await verifyWithTestSecret(reply.signature);
    expect(payload).toMatchObject({ mn: '85996249517', role: 0, appKey: TEST_SDK_KEY });
  });

  it('passes the optional properties into the signature', async () => {
    const { app } = createTestApp();
    const body = { ...VALID, role: '0', expirationSeconds: 3600, videoWebRtcMode: 1 };

    const reply = (await (await postBody(app, body)).json()) as { signature: string };

    const payload = await verifyWithTestSecret(reply.signature);
    expect(payload).toMatchObject({ role: 0, video_webrtc_mode: 1 });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(3600);
  });

  it('never puts the secret in a reply', async () => {
    const { app } = createTestApp();

    const text = await (await postBody(app, VALID)).text();

    expect(text).not.toContain(TEST_SDK_SECRET);
  });

  it('tells caches not to keep the signature', async () => {
    const { app } = createTestApp();

    const response = await postBody(app, VALID);

    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    ['missing meetingNumber', { role: 0 }, 'meetingNumber', 'Value is required'],
    [
      'letters in meetingNumber',
      { meetingNumber: '12345abcd', role: 0 },
      'meetingNumber',
      'Meeting number must be 9 to 11 digits',
    ],
    [
      'a too short meetingNumber',
      { meetingNumber: '12345678', role: 0 },
      'meetingNumber',
      'Meeting number must be 9 to 11 digits',
    ],
    [
      'a too long meetingNumber',
      { meetingNumber: '123456789012', role: 0 },
      'meetingNumber',
      'Meeting number must be 9 to 11 digits',
    ],
    ['role 2', { ...VALID, role: 2 }, 'role', 'Value is not valid. Got 2, expected 0,1'],
    [
      'role "abc"',
      { ...VALID, role: 'abc' },
      'role',
      'Value "abc" not allowed, must be of type number',
    ],
    [
      'expirationSeconds 100',
      { ...VALID, expirationSeconds: 100 },
      'expirationSeconds',
      'Value must in between 1800 and 172800',
    ],
    [
      'expirationSeconds 200000',
      { ...VALID, expirationSeconds: 200000 },
      'expirationSeconds',
      'Value must in between 1800 and 172800',
    ],
    [
      'expirationSeconds 1800.5',
      { ...VALID, expirationSeconds: 1800.5 },
      'expirationSeconds',
      'Value 1800.5 not allowed, must be a whole number',
    ],
    [
      'videoWebRtcMode 3',
      { ...VALID, videoWebRtcMode: 3 },
      'videoWebRtcMode',
      'Value is not valid. Got 3, expected 0,1',
    ],
  ])('refuses %s with 400 naming the property', async (_label, body, property, reason) => {
    const { app } = createTestApp();

    const response = await postBody(app, body);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ property, reason }] });
  });

  it('lists every problem of a request in one 400 reply', async () => {
    const { app } = createTestApp();

    const response = await postBody(app, { meetingNumber: 'x', role: 5, videoWebRtcMode: 2 });

    expect(response.status).toBe(400);
    const reply = (await response.json()) as { errors: { property: string }[] };
    expect(reply.errors.map((error) => error.property)).toEqual([
      'meetingNumber',
      'role',
      'videoWebRtcMode',
    ]);
  });

  it.each([
    ['not JSON', '{"meetingNumber": 123456789,', 'Body is not valid JSON'],
    ['a JSON array', '[{"meetingNumber":"123456789","role":0}]', 'Body must be a JSON object'],
    ['JSON null', 'null', 'Body must be a JSON object'],
    ['empty', '', 'Body is empty; send a JSON object with meetingNumber and role'],
  ])('refuses a body that is %s with 400 on property body', async (_label, body, reason) => {
    const { app } = createTestApp();

    const response = await postBody(app, body);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ property: 'body', reason }] });
  });

  it('reads the body as JSON whatever its declared content type', async () => {
    const { app } = createTestApp();

    const response = await postBody(app, VALID, { 'Content-Type': 'text/plain' });

    expect(response.status).toBe(200);
  });

  it('refuses a body one byte over 8 KiB with 413', async () => {
    const { app } = createTestApp();

    const response = await postBody(app, paddedBody(MAX_BODY_BYTES + 1));

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ property: 'body', reason: 'Body must not exceed 8192 bytes' }],
    });
  });

  it('still signs a body of exactly 8 KiB', async () => {
    const { app } = createTestApp();

    const response = await postBody(app, paddedBody(MAX_BODY_BYTES));

    expect(response.status).toBe(200);
  });

  it('answers a signing failure with a bare 500 that reveals nothing', async () => {
    // An empty secret cannot come from loadConfig; here it makes the signing step throw.
    const { app } = createTestApp({ sdkSecret: '' });

    const response = await postBody(app, VALID);

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      errors: [{ property: 'server', reason: 'Internal error' }],
    });
  });
});

describe('other routes', () => {
  it('answers GET /health with status ok', async () => {
    const { app } = createTestApp();

    const response = await app.request('/health');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])(
    'refuses %s on / with 405 and Allow: POST',
    async (method) => {
      const { app } = createTestApp();

      const response = await app.request('/', { method });

      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect(await response.json()).toEqual({
        errors: [{ property: 'method', reason: `Method ${method} not allowed, use POST` }],
      });
    },
  );

  it('refuses POST on /health with 405 and Allow: GET', async () => {
    const { app } = createTestApp();

    const response = await app.request('/health', { method: 'POST' });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it.each(['/nope', '/health/', '/signature'])('answers %s with a JSON 404', async (path) => {
    const { app } = createTestApp();

    const response = await app.request(path, { method: 'POST', body: '{}' });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ property: 'path', reason: 'Not found' }] });
  });
});
