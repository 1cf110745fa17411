// Docker is not available where the tests run, so this checks what the image is made of: the
// bundle its build stage produces from only the files the Dockerfile copies, started the way
// its CMD starts it, answering the health check command written in the Dockerfile.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DOCKERFILE = readFileSync('server/Dockerfile', 'utf8');
const outDir = mkdtempSync(path.join(tmpdir(), 'join-panel-server-'));

let server: ChildProcess | undefined;
let port = 0;

/** The build stage's `COPY <sources…> <destination>` lines (not `COPY --from`), as written. */
function buildStageCopies(): { sources: string[]; destination: string }[] {
  return [...DOCKERFILE.matchAll(/^COPY (?!--)(.+)$/gm)].map((match) => {
    const words = (match[1] ?? '').trim().split(/\s+/);
    return { sources: words.slice(0, -1), destination: words.at(-1) ?? '' };
  });
}

/**
 * A build context holding only what the build stage copies, where Docker puts it, plus the
 * repository's node_modules in place of the stage's `npm ci`: the bundle is made from that.
 */
function imageBuildContext(): string {
  const context = mkdtempSync(path.join(tmpdir(), 'join-panel-image-context-'));
  for (const { sources, destination } of buildStageCopies()) {
    for (const source of sources) {
      const target = destination.endsWith('/')
        ? path.join(destination, path.basename(source))
        : destination;
      cpSync(source, path.join(context, target), { recursive: true });
    }
  }
  symlinkSync(path.resolve('node_modules'), path.join(context, 'node_modules'), 'dir');
  return context;
}

/** The JavaScript of the Dockerfile's `HEALTHCHECK CMD ["node", "-e", "<script>"]`. */
function healthCheckScript(): string {
  const line = /HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])/.exec(DOCKERFILE)?.[1];
  if (!line) throw new Error('No HEALTHCHECK CMD in server/Dockerfile');

  const command = JSON.parse(line) as string[]; // Docker's exec form is a JSON array.
  expect(command.slice(0, 2)).toEqual(['node', '-e']);
  return command[2] ?? '';
}

function runHealthCheck(checkedPort: number): number | null {
  const result = spawnSync('node', ['-e', healthCheckScript()], {
    env: { ...process.env, PORT: String(checkedPort) },
    timeout: 10_000,
  });
  return result.status;
}

beforeAll(async () => {
  const build = spawnSync('npx', ['tsx', 'scripts/build-server.ts', outDir], {
    cwd: imageBuildContext(),
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`Bundling the server failed:\n${build.stderr}`);

  // As in the image: the bundle alone, run from a folder without node_modules or .env.
  server = spawn('node', [path.join(outDir, 'main.mjs')], {
    cwd: outDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      ZOOM_MEETING_SDK_KEY: 'image-test-key',
      ZOOM_MEETING_SDK_SECRET: 'image-test-secret-0123456789',
    },
  });

  port = await new Promise<number>((resolve, reject) => {
    let output = '';
    server?.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match?.[1]) resolve(Number(match[1]));
    });
    server?.once('exit', (code) => reject(new Error(`The bundle exited with ${code}`)));
  });
}, 60_000);

afterAll(() => {
  server?.kill('SIGTERM');
});

describe('the backend image', () => {
  it('runs as an unprivileged user on a small base image', () => {
    expect(DOCKERFILE).toMatch(/^FROM node:20-alpine$/m);
    expect(DOCKERFILE).toMatch(/^USER node$/m);
  });

  it('copies into its build stage only files that exist, and only the bundle after it', () => {
    const sources = buildStageCopies().flatMap((copy) => copy.sources);

    expect(sources).toContain('server/src');
    expect(sources.filter((source) => !existsSync(source))).toEqual([]);
    expect(DOCKERFILE.match(/^COPY --from=.*$/gm)).toEqual([
      'COPY --from=build /app/server/dist/main.mjs ./main.mjs',
    ]);
  });

  it("has the lockfile's Alpine (musl) builds of the bundler's native parts", () => {
    const lock = readFileSync('package-lock.json', 'utf8');

    expect(lock).toContain('"node_modules/@rolldown/binding-linux-x64-musl"');
    expect(lock).toContain('"node_modules/lightningcss-linux-x64-musl"');
  });

  it('serves the health route from the bundle alone, without node_modules', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it("passes the Dockerfile's health check while the server answers", () => {
    expect(runHealthCheck(port)).toBe(0);
  });

  it("fails the Dockerfile's health check where nothing answers", async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = spawn('node', [
        '-e',
        'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})',
      ]);
      probe.stdout.on('data', (chunk: Buffer) => resolve(Number(chunk.toString())));
    });

    expect(runHealthCheck(closed)).toBe(1);
  });

  it('stops cleanly on SIGTERM, as `docker stop` sends', async () => {
    const exited = new Promise<number | null>((resolve) => server?.once('exit', resolve));

    server?.kill('SIGTERM');

    expect(await exited).toBe(0);
  });
});
