import { describe, expect, it } from 'vitest';

import worker, { createWorker } from '../../../server/src/worker.ts';
import {
  EXTENSION_ORIGIN,
  TEST_SDK_KEY,
  TEST_SDK_SECRET,
  verifyWithTestSecret,
} from './server-fixtures.ts';

const ENV = {
  ZOOM_MEETING_SDK_KEY: TEST_SDK_KEY,
  ZOOM_MEETING_SDK_SECRET: TEST_SDK_SECRET,
};

const BASE = 'https://signer.example.workers.dev';

function signatureRequest(body: unknown): Request {
  return new Request(`${BASE}/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: EXTENSION_ORIGIN },
    body: JSON.stringify(body),
  });
}

describe('Cloudflare Workers entry', () => {
  it('signs a meeting with the secret from its env bindings', async () => {
    const lines: string[] = [];
    const handler = createWorker((line) => lines.push(line));

    const response = await handler.fetch(
      signatureRequest({ meetingNumber: '859 9624 9517', role: 0 }),
      ENV,
    );

    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    const reply = (await response.json()) as { signature: string; sdkKey: string };
    expect(reply.sdkKey).toBe(TEST_SDK_KEY);
    expect(await verifyWithTestSecret(reply.signature)).toMatchObject({ mn: '85996249517' });
    expect(lines).toEqual([expect.stringMatching(/^POST \/ 200 \d+ms$/)]);
  });

  it('answers its health check', async () => {
    const response = await worker.fetch(new Request(`${BASE}/health`), ENV);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('treats a binding that is not text as unset, e.g. a JSON var or a KV namespace', async () => {
    const handler = createWorker(() => undefined);

    const response = await handler.fetch(new Request(`${BASE}/health`), {
      ...ENV,
      PORT: 8787,
      CORS_ORIGINS: { get: () => null },
    });

    expect(response.status).toBe(200);
  });

  it('refuses every request, health included, when the secret is missing', async () => {
    const lines: string[] = [];
    const handler = createWorker((line) => lines.push(line));
    const env = { ZOOM_MEETING_SDK_KEY: TEST_SDK_KEY };

    const health = await handler.fetch(new Request(`${BASE}/health`), env);
    const signing = await handler.fetch(
      signatureRequest({ meetingNumber: '123456789', role: 0 }),
      env,
    );

    expect(health.status).toBe(503);
    expect(signing.status).toBe(503);
    const reply = (await signing.json()) as { errors: { property: string; reason: string }[] };
    expect(reply.errors).toHaveLength(1);
    expect(reply.errors[0]?.property).toBe('server');
    expect(reply.errors[0]?.reason).toMatch(/not configured/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ZOOM_MEETING_SDK_SECRET is not set/);
  });

  it('refuses CORS open to every origin', async () => {
    const lines: string[] = [];
    const handler = createWorker((line) => lines.push(line));

    const response = await handler.fetch(new Request(`${BASE}/health`), {
      ...ENV,
      CORS_ORIGINS: '*',
    });

    expect(response.status).toBe(503);
    expect(lines.join('\n')).toMatch(/CORS_ORIGINS entry "\*"/);
  });

  it('refuses a sealing key too short to be safe, and never logs it', async () => {
    const lines: string[] = [];
    const handler = createWorker((line) => lines.push(line));

    const response = await handler.fetch(new Request(`${BASE}/health`), {
      ...ENV,
      ZOOM_OAUTH_CLIENT_ID: 'oauth-client',
      ZOOM_OAUTH_CLIENT_SECRET: 'oauth-secret-value',
      SESSION_SEALING_KEY: 'short-key-xyz',
    });

    expect(response.status).toBe(503);
    expect(lines.join('\n')).toMatch(/SESSION_SEALING_KEY must be at least 32 bytes/);
    expect(lines.join('\n')).not.toContain('short-key-xyz');
  });
});
