import { describe, expect, it } from 'vitest';
import { CONTENTS_MIN_SECTIONS, CONTENTS_MIN_WORDS, contentsFor, wordCount } from '../../src/lib/content/article';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const sections = (n: number) => Array.from({ length: n }, (_, i) => ({ depth: 2, slug: `s${i}`, text: `Section ${i}` }));

describe('wordCount', () => {
  it('counts what a reader reads, not imports, tags or link targets', () => {
    const body = "import Callout from '../../src/components/Callout.astro';\n\n<Callout tone=\"emergency\" title=\"T\">\n\nSee the [plank guide](/exercises/plank/) now.\n\n</Callout>\n\n- 3 to 4 out of 10";
    expect(wordCount(body)).toBe(5 + 6);
  });
});

describe('contentsFor', () => {
  it('lists the top-level sections of a long article, in order, and leaves out subsections', () => {
    const headings = [...sections(CONTENTS_MIN_SECTIONS), { depth: 3, slug: 'sub', text: 'Sub' }];
    expect(contentsFor(words(CONTENTS_MIN_WORDS), headings).map((h) => h.slug)).toEqual(['s0', 's1', 's2', 's3']);
  });

  it('gives no list to an article that is short in words or in sections', () => {
    expect(contentsFor(words(CONTENTS_MIN_WORDS - 1), sections(8))).toEqual([]);
    expect(contentsFor(words(CONTENTS_MIN_WORDS * 2), sections(CONTENTS_MIN_SECTIONS - 1))).toEqual([]);
  });
});
