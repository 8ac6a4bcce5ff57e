#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest. Unit and build-failure tests,
 * `astro check`, the real build, then Playwright against `astro preview` of that build.
 * Ends with one plain line: `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const npx = (args, label) => {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  console.log(`  ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
};

rmSync('test-results', { recursive: true, force: true });
const counts = { passed: 0, failed: 0 };
let ok = true;

ok = npx(['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], 'unit and build-failure tests') && ok;
if (existsSync('test-results/unit.json')) {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  counts.passed += unit.numPassedTests;
  counts.failed += unit.numFailedTests;
}

const checked = npx(['astro', 'check', '--minimumSeverity', 'warning'], 'astro check');
counts[checked ? 'passed' : 'failed'] += 1;
ok = checked && ok;

const built = npx(['astro', 'build'], 'astro build');
counts[built ? 'passed' : 'failed'] += 1;
ok = built && ok;

if (built) {
  ok = npx(['playwright', 'test'], 'end-to-end tests (Playwright, built site)') && ok;
  if (existsSync('test-results/e2e.json')) {
    const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected;
  } else {
    counts.failed += 1;
  }
}

console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(ok && counts.failed === 0 ? 0 : 1);
