import { describe, expect, it } from 'vitest';
import { findProblems, type LibraryLinks } from '../../src/lib/content/integrity';
import type { Level } from '../../src/lib/content/vocabulary';

const ref = (id: string) => ({ id });
const exercise = (id: string, level: Level, easier: string[] = [], harder: string[] = []) => ({
  id,
  data: { level, easier: easier.map(ref), harder: harder.map(ref) },
});
const routine = (id: string, level: Level, steps: string[]) => ({
  id,
  data: { level, steps: steps.map((s) => ({ exercise: ref(s) })) },
});
const library = (over: Partial<LibraryLinks>): LibraryLinks => ({ exercises: [], routines: [], articles: [], ...over });

describe('library integrity', () => {
  const sound = library({
    exercises: [exercise('bridge', 'beginner', [], ['march']), exercise('march', 'intermediate', ['bridge'], [])],
    routines: [routine('basics', 'beginner', ['bridge']), routine('more', 'intermediate', ['bridge', 'march'])],
  });

  it('finds nothing wrong in a sound library', () => {
    expect(findProblems(sound)).toEqual([]);
  });

  it('refuses a routine with a step above its level, naming the file, the step and both levels', () => {
    const problems = findProblems({ ...sound, routines: [routine('basics', 'beginner', ['bridge', 'march'])] });
    expect(problems).toEqual([
      expect.stringContaining('content/routines/basics.mdx: steps[1].exercise: "march" is intermediate but the routine\'s level is beginner'),
    ]);
  });

  it('allows easier steps in a harder routine', () => {
    const lib = library({ ...sound, exercises: [...sound.exercises, exercise('pike', 'advanced')] });
    expect(findProblems({ ...lib, routines: [routine('hard', 'advanced', ['bridge', 'march', 'pike'])] })).toEqual([]);
  });

  it('refuses an easier/harder link made one way only, naming the file and the field', () => {
    const problems = findProblems(
      library({ exercises: [exercise('bridge', 'beginner', [], ['march']), exercise('march', 'intermediate')] }),
    );
    expect(problems).toEqual([
      'content/exercises/bridge.mdx: harder[0]: "march" is listed as harder, but content/exercises/march.mdx does not list "bridge" under easier; link both ways',
    ]);
  });

  it('still names unknown ids and ladders that go round in a circle', () => {
    const problems = findProblems(
      library({
        exercises: [exercise('a', 'beginner', ['b'], ['b', 'ghost']), exercise('b', 'beginner', ['a'], ['a'])],
        routines: [routine('r', 'beginner', ['nope'])],
      }),
    );
    expect(problems).toContain('content/exercises/a.mdx: harder[1]: unknown exercise "ghost" (no content/exercises/ghost.mdx)');
    expect(problems).toContain('content/routines/r.mdx: steps[0].exercise: unknown exercise "nope" (no content/exercises/nope.mdx)');
    expect(problems.some((p) => p.includes('goes round in a circle'))).toBe(true);
  });
});
