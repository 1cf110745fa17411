// Shared settings and helpers for the backend's tests.
import { jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';

import type { AppOptions } from '../../../server/src/app.ts';
import { createApp } from '../../../server/src/app.ts';
import { ANY_EXTENSION_ORIGIN } from '../../../server/src/config.ts';
import type { ServerConfig } from '../../../server/src/config.ts';

export const TEST_SDK_KEY = 'test-sdk-key-abc';
export const TEST_SDK_SECRET = 'test-secret-5f0c2b9e7a1d4c38b6e2';

export const TEST_CONFIG: ServerConfig = {
  sdkKey: TEST_SDK_KEY,
  sdkSecret: TEST_SDK_SECRET,
  port: 0,
  host: '127.0.0.1',
  corsOrigins: ANY_EXTENSION_ORIGIN,
};

export const EXTENSION_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** Builds the app with the test settings and collects its log lines. */
export function createTestApp(config: Partial<ServerConfig> = {}, options: AppOptions = {}) {
  const lines: string[] = [];
  const app = createApp(
    { ...TEST_CONFIG, ...config },
    { log: (line) => lines.push(line), ...options },
  );

  return { app, lines };
}

/** Sends `body` to `POST /` as it is when a string, as JSON otherwise. */
export function postBody(
  app: ReturnType<typeof createApp>,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request('/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** Verifies a signature with the test secret and returns its payload. */
export async function verifyWithTestSecret(token: string, now = new Date()): Promise<JWTPayload> {
  const key = new TextEncoder().encode(TEST_SDK_SECRET);
  const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate: now });

  return payload;
}
