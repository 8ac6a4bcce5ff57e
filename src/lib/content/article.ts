/** Facts derived from an article's text: whether it is long enough to need a contents list, and what goes in it. */

/** An article needs a contents list from this many words of body text… */
export const CONTENTS_MIN_WORDS = 1000;
/** …and this many top-level sections (`##` headings); shorter articles are read straight through. */
export const CONTENTS_MIN_SECTIONS = 4;

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** Words in an MDX body, leaving out import lines, tags and link targets, so only what a reader reads is counted. */
export function wordCount(body: string): number {
  const text = body
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The top-level sections to list for a long article, in order; empty when the article is short. */
export function contentsFor(body: string, headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length < CONTENTS_MIN_SECTIONS || wordCount(body) < CONTENTS_MIN_WORDS) return [];
  return sections;
}
