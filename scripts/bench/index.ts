// `npm run bench`: every measurement in one run, printed as a table of
// figures and ratios. Each timed figure is the median of several runs, with
// min and max beside it. `npm run bench -- --write` also records the table, with the machine
// it ran on, between the bench markers of docs/performance.md.

import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';

import { measureBackend, type LoadResult } from './measure-backend.ts';
import { BACKEND_DELAY_MS, measureJoin, type JoinRun } from './measure-join.ts';
import { measurePopup, type PopupTimes } from './measure-popup.ts';
import { measureSizes } from './measure-sizes.ts';

const BENCH_START = '<!-- bench:start -->';
const BENCH_END = '<!-- bench:end -->';

const ROUNDS = 5;
const SECONDS = 4;
const DIST = path.resolve('dist');
// The join is timed on the end-to-end build: it alone has the sequential variant to compare.
const E2E_DIST = path.resolve(process.env.JOIN_PANEL_OUT_DIR ?? 'dist-e2e');
const JOIN_ROUNDS = 5;
const POPUP_OPENINGS = 9;

interface Row {
  what: string;
  median: string;
  min: string;
  max: string;
  target: string;
}

function stats(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

function timedRow(what: string, values: number[], digits: number, target = ''): Row {
  const { median, min, max } = stats(values);
  return {
    what,
    median: median.toFixed(digits),
    min: min.toFixed(digits),
    max: max.toFixed(digits),
    target,
  };
}

function fixedRow(what: string, value: string, target = ''): Row {
  return { what, median: value, min: '', max: '', target };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function table(rows: Row[]): string {
  const lines = rows.map(
    (row) => `| ${row.what} | ${row.median} | ${row.min} | ${row.max} | ${row.target} |`,
  );
  return ['| measure | median | min | max | target |', '|---|---|---|---|---|', ...lines].join(
    '\n',
  );
}

function backendRows(ours: LoadResult[], floor: LoadResult[]): Row[] {
  const throughputRatios = ours.map(
    (run, index) => run.requestsPerSecond / (floor[index]?.requestsPerSecond ?? 1),
  );
  const p99Ratios = ours.map((run, index) => run.p99Ms / Math.max(floor[index]?.p99Ms ?? 1, 1));
  // Read like the throughput ratio: the share of the floor's speed that the backend's CPU cost
  // allows when the CPU is the limit.
  const cpuRatios = ours.map(
    (run, index) => (floor[index]?.cpuMicrosPerRequest ?? Number.NaN) / run.cpuMicrosPerRequest,
  );

  return [
    timedRow(
      'backend requests/s',
      ours.map((run) => run.requestsPerSecond),
      0,
    ),
    timedRow(
      'floor requests/s (node:http + node:crypto)',
      floor.map((run) => run.requestsPerSecond),
      0,
    ),
    timedRow('backend / floor throughput', throughputRatios, 2, '≥ 0.80'),
    timedRow(
      'backend p99 latency (ms)',
      ours.map((run) => run.p99Ms),
      0,
    ),
    timedRow(
      'floor p99 latency (ms)',
      floor.map((run) => run.p99Ms),
      0,
    ),
    timedRow('backend / floor p99', p99Ratios, 2),
    timedRow(
      'backend CPU per request (µs)',
      ours.map((run) => run.cpuMicrosPerRequest),
      0,
    ),
    timedRow(
      'floor CPU per request (µs)',
      floor.map((run) => run.cpuMicrosPerRequest),
      0,
    ),
    timedRow('floor / backend CPU per request', cpuRatios, 2),
    fixedRow(
      'failed requests (backend, floor)',
      `${ours.reduce((sum, run) => sum + run.errors, 0)}, ${floor.reduce((sum, run) => sum + run.errors, 0)}`,
      '0, 0',
    ),
  ];
}

function popupRows(times: PopupTimes): Row[] {
  const overBlank = times.interactive.map(
    (interactive, index) => interactive - (times.blank[index] ?? Number.NaN),
  );

  return [
    timedRow('popup takes input, from opening (ms)', times.interactive, 0, '≤ 50'),
    timedRow('blank popup page, same build (ms)', times.blank, 0),
    timedRow('popup − blank popup, same round (ms)', overBlank, 0),
    timedRow('popup has the stored settings (ms)', times.settled, 0),
  ];
}

function joinRows(runs: Record<'overlapped' | 'sequential', JoinRun[]>): Row[] {
  const gains = runs.sequential.map(
    (run, index) => run.submitToJoinMs - (runs.overlapped[index]?.submitToJoinMs ?? Number.NaN),
  );

  return [
    timedRow(
      'join() after max(SDK ready, signature) (ms)',
      runs.overlapped.map((run) => run.joinDelayMs),
      0,
      '≤ 50',
    ),
    timedRow(
      `Enter → join(), overlapped, backend +${BACKEND_DELAY_MS} ms (ms)`,
      runs.overlapped.map((run) => run.submitToJoinMs),
      0,
    ),
    timedRow(
      `Enter → join(), sequential, backend +${BACKEND_DELAY_MS} ms (ms)`,
      runs.sequential.map((run) => run.submitToJoinMs),
      0,
    ),
    timedRow('sequential − overlapped, same round (ms)', gains, 0, '≥ 250'),
  ];
}

if (!process.argv.includes('--no-build')) {
  const builds = [
    { JOIN_PANEL_BUILD: '', JOIN_PANEL_OUT_DIR: DIST },
    { JOIN_PANEL_BUILD: 'e2e', JOIN_PANEL_OUT_DIR: E2E_DIST },
  ];
  for (const env of builds) {
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    if (build.status !== 0) process.exit(1);
  }
}

const sizes = await measureSizes(DIST);
const popup = await measurePopup(E2E_DIST, POPUP_OPENINGS);
const joins = await measureJoin(E2E_DIST, JOIN_ROUNDS);
const { ours, floor } = await measureBackend(ROUNDS, SECONDS);

const rows = [
  fixedRow('popup JS, gzip', `${(sizes.popupJsGzipBytes / 1024).toFixed(1)} kB`, '< 20 kB'),
  ...popupRows(popup),
  fixedRow('extension unpacked', mb(sizes.extensionBytes)),
  fixedRow('store zip (as npm run package makes it)', mb(sizes.storeZipBytes)),
  fixedRow('SDK package unpacked', mb(sizes.sdkPackageBytes)),
  fixedRow('zip / SDK package', (sizes.storeZipBytes / sizes.sdkPackageBytes).toFixed(2), '≤ 0.30'),
  ...joinRows(joins),
  ...backendRows(ours, floor),
];

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const report = `${table(rows)}\n\nMachine: ${machine}. Load: autocannon, 10 connections, ${SECONDS} s a run, ${ROUNDS} runs each, alternating, on 127.0.0.1. Joins: headless Chromium, end-to-end build, backend behind a ${BACKEND_DELAY_MS} ms loopback delay, ${JOIN_ROUNDS} rounds each way, alternating. Popup: the toolbar popup itself (action.openPopup), ${POPUP_OPENINGS} openings after one unmeasured, alternating with the blank one.\n`;
process.stdout.write(`\n${report}`);

if (process.argv.includes('--write')) await recordInDocs(report);

/**
 * Puts the run between the bench markers of docs/performance.md; the hand-written notes
 * around them (what each figure means, where the gaps are) stay as they are.
 */
async function recordInDocs(text: string): Promise<void> {
  const file = path.resolve('docs', 'performance.md');
  const doc = await readFile(file, 'utf8');
  const start = doc.indexOf(BENCH_START);
  const end = doc.indexOf(BENCH_END);
  if (start < 0 || end < start) throw new Error(`${file} lacks the ${BENCH_START} markers`);

  const day = new Date().toISOString().slice(0, 10);
  const section = `${BENCH_START}\n\n\`npm run bench\` on ${day}:\n\n${text}\n`;
  await writeFile(file, doc.slice(0, start) + section + doc.slice(end));
}
