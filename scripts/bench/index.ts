// `npm run bench`: every measurement in one run, printed as a table of
// figures and ratios. Each timed figure is the median of several runs, with
// min and max beside it. `npm run bench -- --write` also records the table in
// docs/performance.md with the machine it ran on.
//
// TODO(issue 6): the join's critical path (overlapped vs sequential, with the
// backend slowed by 300 ms) needs marks in the join page; not measured yet.

import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';

import { measureBackend, type LoadResult } from './measure-backend.ts';
import { measureSizes } from './measure-sizes.ts';

const ROUNDS = 5;
const SECONDS = 4;
const DIST = path.resolve('dist');

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
    fixedRow(
      'failed requests (backend, floor)',
      `${ours.reduce((sum, run) => sum + run.errors, 0)}, ${floor.reduce((sum, run) => sum + run.errors, 0)}`,
      '0, 0',
    ),
  ];
}

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}

const sizes = await measureSizes(DIST);
const { ours, floor } = await measureBackend(ROUNDS, SECONDS);

const rows = [
  fixedRow('popup JS, gzip', `${(sizes.popupJsGzipBytes / 1024).toFixed(1)} kB`, '< 20 kB'),
  fixedRow('extension unpacked', mb(sizes.extensionBytes)),
  fixedRow('extension, deflated file by file (≈ store zip)', mb(sizes.extensionDeflatedBytes)),
  fixedRow('SDK package unpacked', mb(sizes.sdkPackageBytes)),
  fixedRow(
    'zip / SDK package',
    (sizes.extensionDeflatedBytes / sizes.sdkPackageBytes).toFixed(2),
    '≤ 0.30',
  ),
  ...backendRows(ours, floor),
];

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const report = `${table(rows)}\n\nMachine: ${machine}. Load: autocannon, 10 connections, ${SECONDS} s a run, ${ROUNDS} runs each, alternating, on 127.0.0.1.\n`;
process.stdout.write(`\n${report}`);

if (process.argv.includes('--write')) {
  const doc = `# Performance\n\nLatest \`npm run bench\` (${new Date().toISOString().slice(0, 10)}):\n\n${report}`;
  await writeFile(path.resolve('docs', 'performance.md'), doc);
}
