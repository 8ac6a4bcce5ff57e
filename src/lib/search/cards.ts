/**
 * What a search result shows, and how it reaches the browser without a request of its own.
 *
 * Pagefind fetches one "fragment" per result shown: the page's whole indexed text (for an excerpt
 * this site never shows), every anchor, every filter and meta value. The site shows a summary, a
 * thumbnail and a few facts. So at build time each fragment is rewritten to carry just that: the
 * card below (from src/pages/search/cards.json.ts, merged by src/integrations/pagefind.ts), the
 * thumbnail inlined as a data: URL (the CSP allows data: images), and only the heading anchors
 * the "Section:" links are made from. Ranking is untouched: it reads the word index, not fragments.
 */

/** One result's card, by page URL. */
export interface SearchCard {
  /** The page's summary, a whole sentence: the result's snippet, with the query's words marked. */
  summary: string;
  /** Short facts after the type, "12 min · Beginner" (a routine's length and level, a guide's level); '' for none. */
  facts: string;
  /** The exercise's thumbnail as a data: URL, drawn for light and dark; absent for pages with no figure. */
  image?: string;
  /** Where a routine's Start link goes: its page, at the timer. */
  start?: string;
}

/** Cards by page URL ("/routines/core-basics/"), for every page Pagefind indexes. */
export type SearchCards = Record<string, SearchCard>;

/** Where the build writes the cards for the Pagefind step, which reads and then removes the file. */
export const CARDS_PATH = 'search/cards.json';

/** The anchor a routine's Start link goes to: the timer's heading on the routine page. */
export const TIMER_ANCHOR = 'timer-heading';

/** The parts of a Pagefind 1.x fragment this site reads or Pagefind itself needs to build a result. */
export interface PagefindFragment {
  url: string;
  content: string;
  word_count?: number;
  filters?: Record<string, string[]>;
  meta: Record<string, string>;
  anchors?: { element: string; id: string; text?: string; title?: string; location: number }[];
  [other: string]: unknown;
}

/** Pagefind's own test for an anchor that can become a sub-result: a titled anchor or a heading with text. */
const makesSubResult = (a: { element: string; text?: string; title?: string }) => /\S/.test(a.title ?? '') || (/^h\d$/i.test(a.element) && /\S/.test(a.text ?? ''));

/**
 * A fragment cut down to what a result shows: the title and type, the card's summary, facts,
 * thumbnail and Start link, and the heading anchors (Pagefind builds the "Section:" links from
 * them and the word positions the index gives). The indexed text, the other anchors, the filters
 * and the ranking-only meta (other names, phrases, kit) stay in the index, where search needs them.
 */
export function slimFragment(fragment: PagefindFragment, card: SearchCard): PagefindFragment {
  const meta: Record<string, string> = { summary: card.summary, facts: card.facts };
  for (const key of ['title', 'type'] as const) if (fragment.meta[key] !== undefined) meta[key] = fragment.meta[key];
  if (card.image) meta['image'] = card.image;
  if (card.start) meta['start'] = card.start;
  return {
    url: fragment.url,
    content: '',
    ...(fragment.word_count === undefined ? {} : { word_count: fragment.word_count }),
    filters: {},
    meta,
    anchors: (fragment.anchors ?? []).filter(makesSubResult),
  };
}

/**
 * Word positions per index chunk for an index of `pages` pages. A search fetches the chunk holding
 * each of its words (about two) plus the meta file, which lists every chunk: bytes per search are
 * about 2 × chunk + meta, least when the chunk size grows with the square root of the index. About
 * 80 × √pages: measured on this site's 48 pages over 24 queries, 550 positions fetched 4.8 KB per
 * search (index chunks and meta), 850 about 5.3 KB and the 2,500 used before 9.4 KB, in about two
 * chunks each; a library of 2,000 guides gets chunks of about 3,600.
 */
export const indexChunkPositions = (pages: number): number => Math.max(400, Math.round(80 * Math.sqrt(Math.max(1, pages))));

/** The URLs of indexed pages with no card, and of cards with no indexed page: both are build errors. */
export function unmatchedCards(fragmentUrls: readonly string[], cards: SearchCards): { noCard: string[]; noPage: string[] } {
  const urls = new Set(fragmentUrls);
  return { noCard: fragmentUrls.filter((u) => !cards[u]), noPage: Object.keys(cards).filter((u) => !urls.has(u)) };
}
