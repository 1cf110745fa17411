// "Test connection" on the options page, against backends on this computer: what it reports
// for a working backend, for one whose signatures Zoom would refuse, for one that will not
// start meetings, and why it could not reach one.

import { createHmac } from 'node:crypto';

import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { RunningServer } from '../../server/src/start-server.ts';
import {
  deadBackendUrl,
  startCannedBackend,
  startRealBackend,
  startScriptedBackend,
  TEST_SDK_KEY,
  TEST_SDK_SECRET,
  type CannedReply,
} from './harness/backends.ts';
import { OPTIONS_PAGE } from './harness/flows.ts';
import {
  launchExtension,
  saveFailureArtifacts,
  type ExtensionSession,
} from './harness/launch-extension.ts';

const HOUR = 3600;

let session: ExtensionSession;
const servers: RunningServer[] = [];

beforeAll(async () => {
  session = await launchExtension();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await saveFailureArtifacts(session, task.name);
  for (const page of session.context.pages()) await page.close();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

afterAll(async () => {
  await session.close();
});

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A Meeting SDK JWT like Zoom's sample signs for `mn` and `role`, with `changes` applied. */
function sign(mn: string, role: number, changes: Record<string, unknown> = {}): string {
  const iat = Math.floor(Date.now() / 1000);
  const payload = {
    appKey: TEST_SDK_KEY,
    sdkKey: TEST_SDK_KEY,
    mn,
    role,
    iat,
    exp: iat + 2 * HOUR,
    tokenExp: iat + 2 * HOUR,
    ...changes,
  };
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const unsigned = `${header}.${base64url(JSON.stringify(payload))}`;
  const mac = createHmac('sha256', TEST_SDK_SECRET).update(unsigned).digest('base64url');
  return `${unsigned}.${mac}`;
}

function json(status: number, body: unknown): CannedReply {
  return { status, contentType: 'application/json', body: JSON.stringify(body) };
}

type SignatureAsk = { meetingNumber: string; role: number };

/** A backend whose every reply `answer` makes from the meeting number and role asked for. */
async function scripted(answer: (request: SignatureAsk) => CannedReply) {
  const server = await startScriptedBackend((body) => {
    const request = JSON.parse(body) as SignatureAsk; // The extension's own request body.
    return answer(request);
  });
  servers.push(server);
  return server.url;
}

/** Enters `url` on the options page, presses Test connection and returns the report. */
async function testConnection(url: string): Promise<{ page: Page; report: Locator }> {
  const page = await session.openPage(OPTIONS_PAGE);
  await page.getByLabel('Backend URL').fill(url);
  await page.getByRole('button', { name: 'Test connection' }).click();

  const report = page.locator('#backend-heading ~ [aria-live] > *').first();
  await expect.poll(() => report.textContent(), { timeout: 30_000 }).not.toMatch(/^Testing/);
  return { page, report };
}

describe('Test connection', () => {
  it('reports a working backend: SDK key, checks, clock, host start by sign-in', async () => {
    const backend = await startRealBackend();
    servers.push(backend);

    const { report } = await testConnection(backend.url);

    const text = (await report.textContent()) ?? '';
    expect(text).toContain('Connected: the backend answered with a signature.');
    expect(text).toContain(`It signs with SDK key ${TEST_SDK_KEY}.`);
    expect(text).toContain('Its signatures last 2.0 hours.');
    expect(text).toContain('Its signatures pass every check this extension makes');
    // The reference backend dates its signatures 30 seconds early (server/src/sign-signature.ts).
    expect(text).toMatch(/Its signatures are dated about 3[01] seconds early: a safety margin/);
    expect(text).not.toContain('Its clock is about');
    expect(text).toContain(
      'Starting meetings as host: available after signing in with Zoom, or with the ' +
        "backend's host access token.",
    );
  });

  it('tells a clock far behind from signatures dated a little early', async () => {
    const url = await scripted(({ role }) => {
      const iat = Math.floor(Date.now() / 1000) - 10 * 60;
      return json(200, {
        signature: sign('1234567890', role, { iat, exp: iat + 2 * HOUR, tokenExp: iat + 2 * HOUR }),
        sdkKey: TEST_SDK_KEY,
      });
    });

    const { report } = await testConnection(url);

    const text = (await report.textContent()) ?? '';
    expect(text).toMatch(/Its clock is about (599|600|601) seconds behind this computer's/);
    expect(text).not.toContain('dated about');
  });

  it('names each claim Zoom would refuse and how far the clock is off', async () => {
    const url = await scripted(({ role }) => {
      const iat = Math.floor(Date.now() / 1000) + 10 * 60;
      const signature = sign('85099999999', role, {
        iat,
        exp: iat + 2 * HOUR,
        tokenExp: iat + 2 * HOUR,
      });
      return json(200, { signature, sdkKey: TEST_SDK_KEY });
    });

    const { report } = await testConnection(url);

    const text = (await report.textContent()) ?? '';
    expect(text).toMatch(/^The backend answered with a signature, but Zoom would not accept it/);
    expect(text).not.toContain('Connected');
    expect(text).toContain('Zoom would refuse its signatures:');
    expect(text).toContain('The signature is for meeting 85099999999 (its mn claim), not for');
    expect(text).toContain("the backend's (or this computer's) clock is off by about 10 minutes");
    expect(text).toMatch(/Its clock is about (599|600) seconds ahead of this computer's/);
    expect(text).toContain('Starting meetings as host: Zoom would refuse the backend');
  });

  it('says host start is unavailable when the backend refuses role 1, and why', async () => {
    const url = await scripted(({ meetingNumber, role }) =>
      role === 1
        ? json(400, {
            errors: [{ property: 'role', reason: 'Value is not valid. Got 1, expected 0' }],
          })
        : json(200, { signature: sign(meetingNumber, 0), sdkKey: TEST_SDK_KEY }),
    );

    const { report } = await testConnection(url);

    const text = (await report.textContent()) ?? '';
    expect(text).toContain('Its signatures pass every check this extension makes');
    expect(text).toContain(
      'Starting meetings as host: not available, the backend refuses host signatures.',
    );
    expect(text).toContain('HTTP status 400');
    expect(text).toContain('Value is not valid. Got 1, expected 0');
  });

  it('says host start cannot work when the backend signs role 1 but sends no ZAK', async () => {
    const url = await scripted(({ meetingNumber, role }) =>
      json(200, { signature: sign(meetingNumber, role), sdkKey: TEST_SDK_KEY }),
    );

    const { report } = await testConnection(url);

    expect(await report.textContent()).toContain(
      'the backend signs host signatures but sends no ZAK with them',
    );
  });

  it('gives the HTTP status of a backend that refuses every request', async () => {
    const backend = await startCannedBackend({
      status: 503,
      contentType: 'text/plain',
      body: 'down for maintenance',
    });
    servers.push(backend);

    const { report } = await testConnection(backend.url);

    const text = (await report.textContent()) ?? '';
    expect(text).toContain('The signature backend refused the request.');
    expect(text).toContain('HTTP status 503');
  });

  it('says nothing answers on this computer when no backend listens there', async () => {
    const { report } = await testConnection(await deadBackendUrl());

    const text = (await report.textContent()) ?? '';
    expect(text).toContain('The signature backend did not answer.');
    expect(text).toContain('Nothing answers at that address on this computer.');
  });

  it('says access was not granted, and asks nothing of a backend it may not reach', async () => {
    const before = session.outside.length;

    const { report } = await testConnection('https://sign.example.com/');

    expect(await report.textContent()).toContain('The extension may not reach the backend yet.');
    const asked = session.outside
      .slice(before)
      .filter((request) => /example\.com/.test(request.url));
    expect(asked).toEqual([]);
  });
});
