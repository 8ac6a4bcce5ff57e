/**
 * Bad content must stop the build and say which file and which field are wrong.
 * Each case builds a small copy of the site whose content is the valid fixture library
 * in tests/fixtures/library plus one broken file, and asserts on the build's message.
 * Only what needs a real build is here: that a schema error and an integrity error reach the
 * build's output with the file and field named, and a duplicate slug. The rules themselves
 * are unit tests (safeParse in tests/unit/routine.test.ts, findProblems in integrity.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, exercise, removeFixtureSites, routine } from './fixture-site';

afterAll(removeFixtureSites);

// A fixture build takes 20 to 30 s alone; npm test runs it beside the real build and Playwright, on a shared machine.
describe('the build', { timeout: 300_000 }, () => {
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

  it('fails on a duplicate slug, naming both files', async () => {
    const result = await buildWith({ 'exercises/copy-of-alpha.mdx': exercise('level: beginner\nslug: alpha-hold') });
    expect(result.ok).toBe(false);
    // This error and no other: any failure would stop the build, but only this one names both files.
    expect(result.output).toContain('[DuplicateContentEntrySlugError] exercises contains multiple entries with the same slug: `alpha-hold`.');
    expect(result.output).toMatch(/^- content\/exercises\/alpha-hold\.mdx$/m);
    expect(result.output).toMatch(/^- content\/exercises\/copy-of-alpha\.mdx$/m);
  });
});
