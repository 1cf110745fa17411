// `npm run package`: store-ready zips under release/, versioned from package.json:
//   release/join-panel-for-zoom-<version>-chrome.zip   Chrome Web Store, also Edge Add-ons
//   release/join-panel-for-zoom-<version>-firefox.zip  addons.mozilla.org
// The unpacked builds stay beside them (release/chrome/, release/firefox/) for loading by hand.
// The Firefox build is then linted with Mozilla's own linter; a finding without a reason in
// scripts/firefox-lint.ts fails the command.

import { mkdir, rm } from 'node:fs/promises';

import { packageTarget, RELEASE_DIR } from './build-packages.ts';
import { lintFirefoxBuild, sortFindings, type LintFinding } from './firefox-lint.ts';

function describe(finding: LintFinding): string {
  return `${finding.code} ${finding.file ?? 'manifest.json'}: ${finding.message}`;
}

async function main(): Promise<void> {
  await rm(RELEASE_DIR, { recursive: true, force: true });
  await mkdir(RELEASE_DIR, { recursive: true });

  const chrome = await packageTarget('chrome');
  const firefox = await packageTarget('firefox');
  process.stdout.write(`${chrome.zipPath}\n${firefox.zipPath}\n`);

  process.stdout.write('Linting the Firefox build with web-ext (a few minutes)…\n');
  const { explained, blockers, unexplained } = sortFindings(lintFirefoxBuild(firefox.outDir));

  process.stdout.write(
    `web-ext lint: ${explained.length} explained findings (scripts/firefox-lint.ts)\n`,
  );
  for (const finding of blockers) {
    process.stdout.write(`Known AMO blocker, see scripts/firefox-lint.ts: ${describe(finding)}\n`);
  }
  for (const finding of unexplained) process.stderr.write(`Unexplained: ${describe(finding)}\n`);

  if (unexplained.length > 0) process.exitCode = 1;
}

await main();
