/**
 * Bad content must stop the build and say which file and which field are wrong.
 * Each case builds a small copy of the site whose content is the valid fixture library
 * in tests/fixtures/library plus one broken file, and asserts on the build's message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, exercise, removeFixtureSites, routine } from './fixture-site';

afterAll(removeFixtureSites);

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

  it('fails on a routine with no kind, naming the file and the field', async () => {
    const result = await buildWith({
      'routines/broken-routine.mdx': routine('  - { exercise: alpha-hold, mode: time, seconds: 30 }').replace('kind: core\n', ''),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('broken-routine.mdx');
    expect(result.output).toMatch(/kind\W+[^\n]*expected one of[^\n]*core[^\n]*strength[^\n]*mobility/i);
  });

  it('fails on a routine naming an unknown exercise, naming the file and the field', async () => {
    const result = await buildWith({
      'routines/broken-routine.mdx': routine('  - { exercise: no-such-move, mode: time, seconds: 30 }'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/routines/broken-routine.mdx: steps[0].exercise: unknown exercise "no-such-move"');
  });

  it('fails on a routine with a step above its level, naming the file and the step', async () => {
    const result = await buildWith({
      'exercises/hard-move.mdx': exercise('level: intermediate'),
      'routines/broken-routine.mdx': routine('  - { exercise: hard-move, mode: time, seconds: 30 }'),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      `content/routines/broken-routine.mdx: steps[0].exercise: "hard-move" is intermediate but the routine's level is beginner`,
    );
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
