// `npm test`: every check, in order, then one closing line that counts the
// tests of both suites: `N passed, N failed`.
//
// Steps: type check, lint, unit tests, the end-to-end build, end-to-end tests
// in Debian's Chromium. A step that fails stops nothing after it, so one run
// reports everything; the exit code is non-zero when anything failed.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

const reports = mkdtempSync(path.join(tmpdir(), 'join-panel-tests-'));
const failedSteps: string[] = [];
let passed = 0;
let failed = 0;

function run(step: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  process.stdout.write(`\n== ${step}\n`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(step);
  return ok;
}

function runVitest(step: string, config: string): void {
  const output = path.join(reports, `${step}.json`);
  const ok = run(step, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);

  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as VitestReport; // Vitest's JSON.
    passed += report.numPassedTests;
    // A skipped or todo test is not a pass: it counts against the run.
    failed += report.numFailedTests + report.numPendingTests + report.numTodoTests;
  } catch {
    failed += 1;
    if (ok) failedSteps.push(`${step} (no report)`);
  }
}

run('type check', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
runVitest('unit tests', 'vitest.config.ts');

if (
  run('end-to-end build', 'npx', ['vite', 'build', '--logLevel', 'warn'], {
    JOIN_PANEL_BUILD: 'e2e',
  })
) {
  runVitest('end-to-end tests', 'vitest.e2e.config.ts');
} else {
  failed += 1;
}

if (failedSteps.length > 0) process.stdout.write(`\nFailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failedSteps.length > 0 || failed > 0 ? 1 : 0;
