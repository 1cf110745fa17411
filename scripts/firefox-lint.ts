// Runs Mozilla's linter (`web-ext lint`, the same checks AMO runs on upload) on the Firefox
// build, offline, and sorts its findings: each one we ship knowingly carries its reason below;
// anything else is unexplained and fails the package.

import { spawnSync } from 'node:child_process';

export interface LintFinding {
  code: string;
  message: string;
  file?: string;
}

export interface LintReport {
  errors: LintFinding[];
  warnings: LintFinding[];
  notices: LintFinding[];
}

interface Explanation {
  code: string;
  file: RegExp;
  why: string;
}

/** The Zoom SDK's prebuilt files, copied unmodified (AMO wants third-party code unchanged). */
export const ZOOM_SDK_FILES = 'zoom-sdk/**';

/**
 * Findings that are understood and accepted. Zoom's SDK is shipped exactly as Zoom publishes
 * it, so what the linter says about its minified code is said about Zoom's, not ours.
 */
export const EXPLAINED_FINDINGS: readonly Explanation[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/[\w-]+\.js$/,
    why:
      "Preact's renderer has one `innerHTML` write, for `dangerouslySetInnerHTML`; no code of " +
      'ours passes that prop, so nothing dynamic ever reaches it.',
  },
  {
    code: 'DANGEROUS_EVAL',
    file: /^zoom-sdk\//,
    why:
      "Zoom's SDK (Emscripten glue, lodash templates, lottie) holds `Function`/`eval` calls; " +
      "MV3's CSP (script-src 'self' 'wasm-unsafe-eval') blocks them at run time; the SDK " +
      'falls back without them (the end-to-end join tests accept only that unsafe-eval report).',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^zoom-sdk\//,
    why: "Zoom's SDK renders its own interface with React and a few `innerHTML` writes.",
  },
  {
    code: 'UNSUPPORTED_API',
    file: /^zoom-sdk\//,
    why: "Zoom's SDK feature-tests `chrome.app.runtime` (Chrome Apps) and carries on without it.",
  },
];

/**
 * Findings that stop an AMO upload and that we cannot fix in this repository. AMO's linter
 * does not parse JavaScript files over 5 MB and reports that as an error, which fails the
 * upload (mozilla/addons-linter#3915, closed as wontfix; the limit went from 4 to 5 MB in
 * mozilla/addons-linter#5674). Zoom's client view bundle, zoom-meeting-6.2.0.min.js, is 5.3 MB.
 */
export const KNOWN_BLOCKERS: readonly Explanation[] = [
  {
    code: 'FILE_TOO_LARGE',
    file: /^zoom-sdk\/zoom-meeting\.min\.js$/,
    why:
      "Zoom's client view bundle is over AMO's 5 MB parse limit; AMO refuses the upload " +
      "until Zoom ships it smaller or the Firefox build uses the SDK's component view.",
  },
];

const matches = (finding: LintFinding, explanation: Explanation) =>
  finding.code === explanation.code && explanation.file.test(finding.file ?? '');

/** The findings of `report` sorted into explained ones, known blockers and the rest. */
export function sortFindings(report: LintReport): {
  explained: LintFinding[];
  blockers: LintFinding[];
  unexplained: LintFinding[];
} {
  const all = [...report.errors, ...report.warnings, ...report.notices];

  const blockers = all.filter((finding) => KNOWN_BLOCKERS.some((known) => matches(finding, known)));
  const explained = all.filter(
    (finding) =>
      !blockers.includes(finding) &&
      EXPLAINED_FINDINGS.some((explanation) => matches(finding, explanation)),
  );
  const unexplained = all.filter(
    (finding) => !blockers.includes(finding) && !explained.includes(finding),
  );

  return { explained, blockers, unexplained };
}

/**
 * Runs `web-ext lint` on a Firefox build (offline: the linter's rules ship in the package).
 * `ignoreFiles` skips globs, e.g. `ZOOM_SDK_FILES` for a quick check of our own code.
 */
export function lintFirefoxBuild(sourceDir: string, ignoreFiles: string[] = []): LintReport {
  const args = ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-input'];
  if (ignoreFiles.length > 0) args.push('--ignore-files', ...ignoreFiles);

  // The linter exits non-zero when it finds errors; its JSON report is on stdout either way.
  const result = spawnSync('npx', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  try {
    return JSON.parse(result.stdout) as LintReport; // addons-linter's documented JSON report.
  } catch {
    throw new Error(`web-ext lint gave no report (exit ${result.status}):\n${result.stderr}`);
  }
}
