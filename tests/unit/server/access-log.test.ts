import { describe, expect, it } from 'vitest';

import { formatAccessLine } from '../../../server/src/access-log.ts';
import { TEST_SDK_SECRET, createTestApp, postBody } from './server-fixtures.ts';

const LINE = /^[A-Z]+ \S+ \d{3} \d+ms$/;

describe('formatAccessLine', () => {
  it('writes method, path, status and whole milliseconds', () => {
    expect(formatAccessLine('POST', '/', 200, 3.4)).toBe('POST / 200 3ms');
    expect(formatAccessLine('GET', '/health', 404, 12.6)).toBe('GET /health 404 13ms');
  });

  it('cuts a path longer than 200 characters', () => {
    const line = formatAccessLine('GET', `/${'a'.repeat(500)}`, 404, 1);

    expect(line).toBe(`GET /${'a'.repeat(199)}… 404 1ms`);
  });
});

describe('access log', () => {
  it('logs one line per request', async () => {
    const { app, lines } = createTestApp();

    await postBody(app, { meetingNumber: '123456789', role: 0 });
    await app.request('/health');

    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^POST \/ 200 \d+ms$/);
    expect(lines[1]).toMatch(/^GET \/health 200 \d+ms$/);
  });

  it('logs refused requests with their status', async () => {
    const { app, lines } = createTestApp();

    await postBody(app, { role: 7 });
    await app.request('/', { method: 'DELETE' });
    await app.request('/nowhere');
    await app.request('/', { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });

    expect(lines.map((line) => line.replace(/\d+ms$/, 'Nms'))).toEqual([
      'POST / 400 Nms',
      'DELETE / 405 Nms',
      'GET /nowhere 404 Nms',
      'OPTIONS / 204 Nms',
    ]);
  });

  it('leaves the query string out, since it could hold a token', async () => {
    const { app, lines } = createTestApp();

    await app.request('/health?zak=secret-zak-value&token=abc');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/health 200 \d+ms$/);
  });

  it('keeps a percent-encoded line break encoded, so no line can be forged', async () => {
    const { app, lines } = createTestApp();

    await app.request('/x%0AGET%20/health%20200%201ms');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/x%0AGET%20\/health%20200%201ms 404 \d+ms$/);
  });

  it('never contains the secret, the signature or the request body', async () => {
    const { app, lines } = createTestApp();
    const body = { meetingNumber: '987654321', role: 0, videoWebRtcMode: 'marker-value' };

    await postBody(app, body);
    const response = await postBody(app, { meetingNumber: '987654321', role: 0 });
    const { signature } = (await response.json()) as { signature: string };

    const log = lines.join('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(LINE);
    expect(log).not.toContain(TEST_SDK_SECRET);
    expect(log).not.toContain(signature);
    expect(log).not.toContain(signature.split('.')[2]);
    expect(log).not.toContain('987654321');
    expect(log).not.toContain('marker-value');
  });
});
