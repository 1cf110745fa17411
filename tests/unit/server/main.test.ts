// Runs the real entry the way a person does (`tsx server/src/main.ts`), in an empty
// directory so that no `.env` of the developer's leaks in.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from 'vitest';

import {
  EXTENSION_ORIGIN,
  TEST_SDK_KEY,
  TEST_SDK_SECRET,
  verifyWithTestSecret,
} from './server-fixtures.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'server', 'src', 'main.ts');

// Starting tsx takes about a second; a slow CI machine may need several.
const TIMEOUT_MS = 20_000;

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const directories: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  // tsx runs the entry in a child of its own, so the whole process group is killed; killing
  // tsx alone would leave that child listening after a failed test.
  for (const child of children.splice(0)) {
    if (child.pid === undefined) continue;

    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group has already exited: nothing left to stop.
    }
  }
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true });
});

function runMain(env: Record<string, string>, dotEnv?: string): Run {
  const cwd = mkdtempSync(join(tmpdir(), 'signature-backend-'));
  directories.push(cwd);
  if (dotEnv !== undefined) writeFileSync(join(cwd, '.env'), dotEnv);

  // Only PATH is inherited, so variables set in the developer's shell cannot leak in.
  const child = spawn(TSX, [MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    detached: true,
  });
  children.push(child);

  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function listeningUrl(run: Run): Promise<string> {
  for (;;) {
    const match = /^Signature backend listening on (http:\/\/\S+)$/m.exec(run.stdout());
    if (match?.[1]) return match[1];
    if (run.child.exitCode !== null) throw new Error(`exited early: ${run.stderr()}`);

    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('main', () => {
  it(
    'exits with code 1 and names the missing variables on stderr',
    async () => {
      const run = runMain({ ZOOM_MEETING_SDK_KEY: TEST_SDK_KEY });

      expect(await run.exited).toBe(1);
      expect(run.stderr()).toContain('ZOOM_MEETING_SDK_SECRET is not set');
      expect(run.stderr()).not.toContain('ZOOM_MEETING_SDK_KEY is not set');
      expect(run.stdout()).toBe('');
    },
    TIMEOUT_MS,
  );

  it(
    'reads .env, listens on 127.0.0.1, logs requests and stops on SIGTERM',
    async () => {
      const dotEnv = [
        `ZOOM_MEETING_SDK_KEY=${TEST_SDK_KEY}`,
        `ZOOM_MEETING_SDK_SECRET=${TEST_SDK_SECRET}`,
      ].join('\n');
      const run = runMain({ PORT: '0' }, dotEnv);

      const url = await listeningUrl(run);
      const response = await fetch(new URL('health', url));
      run.child.kill('SIGTERM');

      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/$/);
      expect(await response.json()).toEqual({ status: 'ok' });
      expect(await run.exited).toBe(0);
      expect(run.stdout()).toMatch(
        /^Signature backend listening on \S+\nGET \/health 200 \d+ms\n$/,
      );
      expect(run.stderr()).toBe('');
    },
    TIMEOUT_MS,
  );

  // main.ts lets the Node adapter replace the global Request and Response (it owns its
  // process), so the replies are checked here, as they leave that process.
  it(
    'answers signatures and refusals with the CORS and no-store headers over HTTP',
    async () => {
      const run = runMain({
        PORT: '0',
        ZOOM_MEETING_SDK_KEY: TEST_SDK_KEY,
        ZOOM_MEETING_SDK_SECRET: TEST_SDK_SECRET,
      });
      const url = await listeningUrl(run);
      const post = (body: unknown) =>
        fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: EXTENSION_ORIGIN },
          body: JSON.stringify(body),
        });

      const signed = await post({ meetingNumber: '859 9624 9517', role: 0 });
      const refused = await post({ meetingNumber: '859\n9624\n9517', role: 0 });
      run.child.kill('SIGTERM');

      for (const response of [signed, refused]) {
        expect(response.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(response.headers.get('vary')).toBe('Origin');
        expect(response.headers.get('content-type')).toBe('application/json');
      }
      expect(signed.status).toBe(200);
      const reply = (await signed.json()) as { signature: string; sdkKey: string };
      expect(reply.sdkKey).toBe(TEST_SDK_KEY);
      expect(await verifyWithTestSecret(reply.signature)).toMatchObject({ mn: '85996249517' });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({
        errors: [{ property: 'meetingNumber', reason: 'Meeting number must be 9 to 11 digits' }],
      });
      expect(await run.exited).toBe(0);
    },
    TIMEOUT_MS,
  );

  it(
    'lets the environment win over .env',
    async () => {
      const dotEnv = `ZOOM_MEETING_SDK_KEY=${TEST_SDK_KEY}\nZOOM_MEETING_SDK_SECRET=x\nPORT=abc\n`;
      const run = runMain({ PORT: '0' }, dotEnv);

      const url = await listeningUrl(run);
      run.child.kill('SIGINT');

      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*\/$/);
      expect(await run.exited).toBe(0);
    },
    TIMEOUT_MS,
  );
});
