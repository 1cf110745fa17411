// Throughput and p99 latency of the reference backend against the floor,
// each started in a child process on loopback and loaded by autocannon from
// this one. Runs alternate between the two so that drift on a shared machine
// hits both alike. Each server's CPU time per request is read from Linux's
// /proc as well: other work on the machine sways it far less than throughput.

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import path from 'node:path';

import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  /** The server's CPU time (user and system) per request, in µs; NaN where /proc is absent. */
  cpuMicrosPerRequest: number;
}

const BODY = JSON.stringify({ meetingNumber: '85012345678', role: 0 });
// What an installed extension sends: its own origin, which the backend answers with CORS headers.
const HEADERS = {
  'content-type': 'application/json',
  origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
};
const ENV = {
  ...process.env,
  ZOOM_MEETING_SDK_KEY: 'bench-key',
  ZOOM_MEETING_SDK_SECRET: 'bench-secret',
};

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo; // A TCP listener always has an AddressInfo.
  server.close();
  await once(server, 'close');
  return port;
}

async function waitUntilListening(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const socket = connect(port, '127.0.0.1');
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true));
      socket.once('error', () => resolve(false));
    });
    socket.destroy();
    if (connected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Nothing listens on port ${port}`);
}

// Linux reports CPU time in clock ticks, 100 a second on every common configuration.
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user and system) `pid` has used so far, from /proc; NaN without it. */
function cpuSeconds(pid: number | undefined): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, counted after the command name's parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** Starts a server in a child process; its output (the access log) goes to /dev/null. */
async function startChild(entry: string): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  // Node with tsx's loader, so that the child is the server itself: its CPU time is read by
  // its pid, and a signal reaches it directly (the tsx command would sit in between).
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...ENV, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  try {
    await waitUntilListening(port);
  } catch (error) {
    await stopChild(child);
    throw error;
  }

  return { child, port };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}

/** One bounded load run: `seconds` long, `connections` at once, against the server. */
async function load(
  server: { child: ChildProcess; port: number },
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  const cpuBefore = cpuSeconds(server.child.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}/`,
    method: 'POST',
    headers: HEADERS,
    body: BODY,
    connections,
    duration: seconds,
  });

  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuMicrosPerRequest:
      ((cpuSeconds(server.child.pid) - cpuBefore) * 1e6) / Math.max(result.requests.total, 1),
  };
}

/** Measures both servers `rounds` times each, alternating, after one warm-up run each. */
export async function measureBackend(
  rounds: number,
  seconds: number,
): Promise<{ ours: LoadResult[]; floor: LoadResult[] }> {
  const here = path.dirname(new URL(import.meta.url).pathname);
  const children: ChildProcess[] = [];
  const ours: LoadResult[] = [];
  const floor: LoadResult[] = [];

  try {
    const oursServer = await startChild(path.join(here, '..', '..', 'server', 'src', 'main.ts'));
    children.push(oursServer.child);
    const floorServer = await startChild(path.join(here, 'floor-signer.ts'));
    children.push(floorServer.child);

    await load(oursServer, 2, 10);
    await load(floorServer, 2, 10);

    for (let round = 0; round < rounds; round++) {
      ours.push(await load(oursServer, seconds, 10));
      floor.push(await load(floorServer, seconds, 10));
    }
  } finally {
    await Promise.all(children.map(stopChild));
  }

  return { ours, floor };
}
