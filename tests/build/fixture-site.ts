/**
 * Small copies of the site for build tests: the project's code and config with the fixture
 * library in tests/fixtures/library as its content, plus any files a test adds.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const made: string[] = [];

export async function buildWith(files: Record<string, string>): Promise<{ ok: boolean; output: string; dist: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'corestride-fixture-'));
  made.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Caches of its own (Astro's content store, Vite's), not the ones in the shared node_modules,
  // so fixture builds can run beside each other and beside the real build (scripts/test.mjs).
  await cp(join(dir, 'astro.config.mjs'), join(dir, 'astro.site.mjs'));
  await writeFile(
    join(dir, 'astro.config.mjs'),
    "import site from './astro.site.mjs';\nexport default { ...site, cacheDir: './.cache/astro', vite: { ...site.vite, cacheDir: './.cache/vite' } };\n",
  );
  await cp(join(root, 'tests/fixtures/library'), join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, 'content', path, '..'), { recursive: true });
    await writeFile(join(dir, 'content', path), text);
  }
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      // Built as the site is (Vitest sets NODE_ENV to 'test', which would bring Preact's devtools into the islands' chunks).
      env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, dist: join(dir, 'dist') };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}`, dist: join(dir, 'dist') };
  }
}

export const exercise = (fields: string) => `---
title: Broken move
summary: An exercise with a mistake in it.
muscles: { primary: [abs] }
equipment: [none]
sides: both-at-once
dose: { kind: timed, seconds: 30 }
steps: [Lie down on the floor., Brace the middle gently., Hold still and breathe.]
cues: [Breathe out slowly., Keep the ribs down.]
mistakes:
  - { mistake: Holding the breath., fix: Breathe out slowly. }
  - { mistake: Arching the back., fix: Press the back down. }
figure: { start: plank, end: plank, alt: A fixture figure holding a plank. }
${fields}
---
Body.
`;

export const routine = (steps: string) => `---
title: Broken routine
summary: A routine with a mistake in it.
goal: Fail the build.
audience: The test suite.
frequency: Daily
whenInWeek: Never.
kind: core
level: beginner
easier: Nothing.
harder: Nothing.
steps:
${steps}
---
Body.
`;

/** Deletes every copy made by this test file. */
export async function removeFixtureSites(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
