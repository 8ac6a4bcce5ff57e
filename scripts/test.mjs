#!/usr/bin/env node
/**
 * `npm test`: every check, with the independent ones side by side. Two tracks run at once:
 *
 *   build track:  astro build, then, against dist/, astro check, Vitest's dist project and
 *                 Playwright together (check shares Astro's caches with the build, so it waits)
 *   other track:  ESLint, then Vitest's unit, time-zone and build projects (each fixture build writes a
 *                 folder and caches of its own: tests/build/fixture-site.ts)
 *
 * Each step's output is printed whole when it ends, so steps never interleave line by line.
 * Ends with one plain line: `tests: N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const started = Date.now();
const results = mkdtempSync(join(tmpdir(), 'corestride-test-'));
rmSync('test-results', { recursive: true, force: true });
const counts = { passed: 0, failed: 0 };
let ok = true;

/** Runs `npx …args`, printing its output when it ends; resolves to whether it passed. */
function npx(args, label) {
  console.log(`▶ ${label}`);
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', args, { env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      const passed = code === 0;
      console.log(`\n── ${label} ${'─'.repeat(Math.max(0, 70 - label.length))}\n${Buffer.concat(out).toString().trimEnd()}`);
      console.log(`  ${label}: ${passed ? 'ok' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      ok = passed && ok;
      resolve(passed);
    });
  });
}

/** A step that is one check: one test passed or failed. */
const step = async (args, label) => {
  const passed = await npx(args, label);
  counts[passed ? 'passed' : 'failed'] += 1;
  return passed;
};

/** Vitest projects, counted test by test from the JSON report. */
async function vitest(projects, label) {
  const file = join(results, `${projects.join('-').replace(/\W/g, '')}.json`);
  await npx(['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile=${file}`], label);
  if (!existsSync(file)) return void (counts.failed += 1);
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  // A file that failed with no failing test (a beforeAll that threw, an import that broke) counts once.
  for (const f of report.testResults) if (f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')) counts.failed += 1;
}

async function playwright() {
  await npx(['playwright', 'test'], 'end-to-end tests (Playwright, built site)');
  if (!existsSync('test-results/e2e.json')) return void (counts.failed += 1);
  const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  counts.passed += stats.expected + stats.flaky;
  counts.failed += stats.unexpected;
}

const buildTrack = async () => {
  if (!(await step(['astro', 'build'], 'astro build'))) return;
  await Promise.all([step(['astro', 'check', '--minimumSeverity', 'warning'], 'astro check'), vitest(['dist'], 'built-site checks (Vitest, dist/)'), playwright()]);
};
const otherTrack = async () => {
  await step(['eslint', 'src', 'tests', 'e2e'], 'eslint');
  await vitest(['unit', 'New York', 'Auckland', 'build'], 'unit, time-zone and build-failure tests (Vitest)');
};

await Promise.all([buildTrack(), otherTrack()]);
rmSync(results, { recursive: true, force: true });

console.log(`\nnpm test took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(ok && counts.failed === 0 ? 0 : 1);
