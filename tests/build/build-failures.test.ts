/**
 * Bad content must stop the build and say which file and which field are wrong.
 * Each case builds a small copy of the site whose content is the valid fixture library
 * in tests/fixtures/library plus one broken file, and asserts on the build's message.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const made: string[] = [];

async function buildWith(files: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'corestride-fixture-'));
  made.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await cp(join(root, 'tests/fixtures/library'), join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, 'content', path, '..'), { recursive: true });
    await writeFile(join(dir, 'content', path), text);
  }
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 20 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const exercise = (fields: string) => `---
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

const routine = (steps: string) => `---
title: Broken routine
summary: A routine with a mistake in it.
goal: Fail the build.
audience: The test suite.
frequency: Daily
whenInWeek: Never.
level: beginner
easier: Nothing.
harder: Nothing.
steps:
${steps}
---
Body.
`;

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the build', { timeout: 120_000 }, () => {
  it('succeeds on the valid fixture library (so the failures below are caused by the broken file)', async () => {
    const result = await buildWith({});
    expect(result.output).toContain('Complete!');
    expect(result.ok).toBe(true);
  });

  it('fails on invalid frontmatter, naming the file and the field', async () => {
    const result = await buildWith({ 'exercises/broken-move.mdx': exercise('level: expert') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('broken-move.mdx');
    expect(result.output).toMatch(/level\W+[^\n]*expected one of/i);
  });

  it('fails on a routine naming an unknown exercise, naming the file and the field', async () => {
    const result = await buildWith({
      'routines/broken-routine.mdx': routine('  - { exercise: no-such-move, mode: time, seconds: 30 }'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/routines/broken-routine.mdx: steps[0].exercise: unknown exercise "no-such-move"');
  });

  it('fails on an impossible step (mode time with no seconds), naming the file and the field', async () => {
    const result = await buildWith({
      'routines/broken-routine.mdx': routine('  - { exercise: alpha-hold, mode: time, reps: 10 }'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('broken-routine.mdx');
    expect(result.output).toContain('mode "time" needs seconds');
  });

  it('fails on a duplicate slug, naming both files', async () => {
    const result = await buildWith({ 'exercises/copy-of-alpha.mdx': exercise('level: beginner\nslug: alpha-hold') });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('alpha-hold');
    expect(result.output).toContain('copy-of-alpha.mdx');
  });
});
