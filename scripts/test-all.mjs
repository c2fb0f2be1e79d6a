#!/usr/bin/env node
// `npm test`: every check the project has, in order, each run even if an earlier one failed,
// ending with one line "N passed, N failed" that sums them all (CI reads that line).
//   types      svelte-check (one check)
//   lint       npm run lint: ESLint and prettier --check (one check)
//   unit       vitest: unit and component tests (each test counts)
//   build      vite build of the dashboard and of the studio, and the prerender (one check)
//   browser    tests/e2e on @playwright/test in Debian's Chromium (each test counts; a test that
//              passes only on a retry counts as passed, but the config retries none)
//   quotes     every quote of the default dataset found verbatim in ../shared/seeds (one check;
//              skipped with a notice where that folder is absent, as in a user's own clone)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'test-results');
mkdirSync(RESULTS, { recursive: true });
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const lines = [];

function step(name, cmd, args) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return r.status === 0;
}

function once(name, ok) {
  if (ok) passed++;
  else failed++;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

function counted(name, ok, file, read) {
  let p = 0;
  let f = 0;
  try {
    [p, f] = read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    f = 1; // the runner died before writing its report: count that as a failure
  }
  if (!ok && f === 0) f = 1;
  passed += p;
  failed += f;
  lines.push(`${f ? 'FAIL' : 'ok  '} ${name}: ${p} passed, ${f} failed`);
}

once(
  'types (svelte-check)',
  step('types', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']),
);

once('lint (eslint + prettier --check)', step('lint', 'npm', ['run', '--silent', 'lint']));

const vitestJson = join(RESULTS, 'vitest.json');
const unitOk = step('unit and component tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
counted('unit and component tests (vitest)', unitOk, vitestJson, (j) => [
  j.numPassedTests,
  j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0),
]);

const buildOk =
  step('build', bin('vite'), ['build']) &&
  step('build (studio)', bin('vite'), ['build', '--config', 'vite.studio.config.ts']) &&
  step('prerender', bin('tsx'), ['scripts/prerender.ts']);
once('build (vite + prerender)', buildOk);

if (buildOk) {
  // Playwright's JSON report (playwright.config.mjs); an old one must not be counted again.
  const e2eJson = join(RESULTS, 'e2e.json');
  rmSync(e2eJson, { force: true });
  const browserOk =
    step('browser tests', process.execPath, ['scripts/ensure-browser.mjs']) &&
    step('browser tests', bin('playwright'), ['test']);
  // Errors outside a test (a spec that does not load, the server that does not start) count as failures.
  counted('browser tests (Playwright, Chromium)', browserOk, e2eJson, (j) => [
    j.stats.expected + j.stats.flaky,
    j.stats.unexpected + (j.errors?.length ?? 0),
  ]);
} else {
  once('browser tests (skipped: the build failed)', false);
}

if (buildOk) {
  // A smoke run of the benchmark: every figure can be measured on the built app; never a timing assertion.
  once(
    'benchmark smoke (npm run bench -- --smoke)',
    step('bench smoke', process.execPath, ['scripts/bench.mjs', '--smoke', '--no-build']),
  );
} else {
  once('benchmark smoke (skipped: the build failed)', false);
}

const seeds = resolve(ROOT, '../shared/seeds');
if (existsSync(seeds)) {
  once(
    'quotes of the default dataset found verbatim in ../shared/seeds',
    step('quotes', bin('tsx'), [
      'scripts/check-quotes.ts',
      'data/kazakhstan-unga.json',
      `kazinform-2023=${join(seeds, '001_e3a99f17bc1b81d2.txt')}`,
      `orda-2025=${join(seeds, '000_b77c83a51c02fa55.txt')}`,
    ]),
  );
} else {
  console.log(`\nNotice: ${seeds} is absent, so the quote check against the source articles is skipped.`);
}

console.log(`\n=== Summary\n${lines.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
