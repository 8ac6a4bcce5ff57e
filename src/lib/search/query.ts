/**
 * Search helpers with no DOM: the URL form of a search, the Pagefind filter object, the
 * ranking options handed to Pagefind, the spelling fallback and the highlighting of a result's
 * summary. Used by the search dialog and the /search/ page alike, and (numeralTitle,
 * vocabulary) by the pages and the word list at build time.
 */

/** Filter groups, in display order, with the label each group gets. */
export const FILTER_GROUPS = [
  { key: 'type', label: 'Type' },
  { key: 'muscle', label: 'Muscle' },
  { key: 'equipment', label: 'Equipment' },
  { key: 'level', label: 'Level' },
] as const;
export type FilterKey = (typeof FILTER_GROUPS)[number]['key'];
export type Filters = Partial<Record<FilterKey, string[]>>;

export interface SearchState {
  q: string;
  filters: Filters;
}

const MAX_QUERY = 100;
const MAX_VALUES = 20;
const isKey = (k: string): k is FilterKey => FILTER_GROUPS.some((g) => g.key === k);

/** Reads a search from a URL query string; anything unknown or oversized is dropped. */
export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const [key, value] of params) {
    if (!isKey(key) || !value || value.length > 60) continue;
    const list = (filters[key] ??= []);
    if (!list.includes(value) && list.length < MAX_VALUES) list.push(value);
  }
  return { q: (params.get('q') ?? '').slice(0, MAX_QUERY), filters };
}

/** The URL query string for a search: `?q=plank&muscle=Glutes`, or '' for an empty one. */
export function searchToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const { key } of FILTER_GROUPS) for (const v of state.filters[key] ?? []) params.append(key, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind filters: values within a group are OR (`any`), groups are AND. */
export function pagefindFilters(filters: Filters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const { key } of FILTER_GROUPS) {
    const values = filters[key];
    if (values?.length) out[key] = { any: [...values] };
  }
  return out;
}

export function toggleFilter(filters: Filters, key: FilterKey, value: string, on: boolean): Filters {
  const current = new Set(filters[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  return { ...filters, [key]: [...current] };
}

/** Lower case, punctuation and hyphens to spaces: "Side-lying clamshell" ~ "side lying clamshell". */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Pagefind's ranking, tuned for this library (see e2e/search.spec.ts for the queries it has to
 * get right). Pagefind searches every data-pagefind-meta field, and a match in one adds a boost
 * of its weight: names first, then other names (`aliases`: an exercise's aliases, a routine's
 * title in digits, and every page's `searchTerms`, what a runner types or feels: "sore back"),
 * then `phrases` (whose compounds a query's first word can begin: "glute" → "glutebridge"),
 * then what a routine needs. What a result shows (summary, thumbnail, facts) is no meta of the
 * page's: it joins each result's fragment after indexing (src/lib/search/cards.ts), so its words
 * cannot match ("svg" once found every guide by its image path). Which page a symptom finds is
 * decided in content, by its searchTerms.
 */
export const RANKING = {
  metaWeights: { title: 6, aliases: 4, phrases: 3, kit: 2, type: 1 },
} as const;

/** A name as one word: "Single-leg glute bridge" → "singlelegglutebridge". */
export const compound = (text: string) => normalise(text).replace(/ /g, '');

/**
 * The `phrases` metadata of a page: each of its names as one word, space separated. Pagefind
 * ranks by words and has no phrase match, so "glute bridge" alone ranks the marching bridge
 * (which says "glute bridge" more often) above the Glute bridge itself. An exact search for
 * the query's compound (`phraseQuery`) finds only the pages with that whole name.
 */
export function phrases(names: Iterable<string>): string {
  return [...new Set([...names].map(compound).filter(Boolean))].join(' ');
}

/**
 * The exact search for pages named by the whole query (`"glutebridge"`: quotes turn off
 * Pagefind's prefix matching), or null for a one-word query, which Pagefind ranks well alone.
 */
export function phraseQuery(query: string): string | null {
  const words = normalise(query).split(' ').filter(Boolean);
  return words.length > 1 ? `"${words.join('')}"` : null;
}

/**
 * Pagefind's results with the pages the query names (`named`, ids from the phrase search)
 * moved to the front; both groups keep Pagefind's order. Nothing is fetched to decide this.
 */
export function namedFirst<T extends { id: string }>(results: readonly T[], named: ReadonlySet<string>): T[] {
  return [...results.filter((r) => named.has(r.id)), ...results.filter((r) => !named.has(r.id))];
}

/**
 * What the empty search box offers: things runners type, each finding the page that helps through
 * content (searchTerms), never code. e2e/search.spec.ts checks that each one finds something.
 */
export const SUGGESTED_QUERIES = ['sore back', 'no equipment', '10 minutes', 'beginner', 'tight hips', 'after a run'] as const;

/**
 * Results shown before the first paint: each costs one fragment request, and four is what a phone
 * shows at once (e2e/search.spec.ts checks they fit). Each "Show more" adds MORE_RESULTS.
 */
export const FIRST_RESULTS = 4;
export const MORE_RESULTS = 8;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty'];
const NUMBER_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30];

/**
 * A title with its number words as digits, "Seven-minute core" → "7-minute core", or null when
 * it has none. Indexed as another name, so "7 minute" finds what is written "seven-minute".
 */
export function numeralTitle(title: string): string | null {
  let changed = false;
  const out = title.replace(/[A-Za-z]+/g, (word) => {
    const i = NUMBER_WORDS.indexOf(word.toLowerCase());
    if (i < 0) return word;
    changed = true;
    return String(NUMBER_VALUES[i]);
  });
  return changed ? out : null;
}

/** The distinct words (3+ letters, lower case, sorted) of some names: the spelling fallback's vocabulary. */
export function vocabulary(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names) for (const w of normalise(name).split(' ')) if (w.length >= 3 && !/^\d+$/.test(w)) words.add(w);
  return [...words].sort();
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopping early: any
 * result above `max` is reported as `max + 1`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** How many typing mistakes a word of this length may hold and still be corrected. */
const allowedMistakes = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

/**
 * The query with its misspellings mended against the vocabulary ("glut brige" → "glute bridge"),
 * or null when nothing changes. A word Pagefind does not know (`unknown`) becomes the closest
 * vocabulary word within a mistake or two; a known word one letter short of a vocabulary word
 * ("glut", which Pagefind matches as the start of "glutes" and "gluteal") is completed. Any
 * other word is left alone, so a real word missing from the names ("sore") never becomes
 * another ("core"). Ties go to the word listed first.
 */
export function correctQuery(query: string, words: readonly string[], unknown: (term: string) => boolean): string | null {
  const terms = normalise(query).split(' ').filter(Boolean);
  let changed = false;
  const corrected = terms.map((term) => {
    if (words.includes(term)) return term;
    let best = term;
    if (unknown(term)) {
      let bestDistance = allowedMistakes(term.length) + 1;
      for (const w of words) {
        const d = editDistance(term, w, bestDistance - 1);
        if (d < bestDistance) [best, bestDistance] = [w, d];
      }
    } else if (term.length >= 3) {
      best = words.find((w) => w.length === term.length + 1 && w.startsWith(term)) ?? term;
    }
    if (best !== term) changed = true;
    return best;
  });
  return changed ? corrected.join(' ') : null;
}

/** A run of a result's summary, marked or not. */
export interface HighlightRun {
  text: string;
  mark: boolean;
}

/**
 * A result's summary cut into plain and marked runs: a word is marked when it starts with one
 * of the query's words (Pagefind matches by prefix too). Joining the runs gives back the text.
 */
export function highlight(text: string, query: string): HighlightRun[] {
  const terms = normalise(query).split(' ').filter(Boolean);
  const out: HighlightRun[] = [];
  const push = (t: string, mark: boolean) => {
    const last = out.at(-1);
    if (last && last.mark === mark) last.text += t;
    else if (t) out.push({ text: t, mark });
  };
  let at = 0;
  for (const m of text.matchAll(/[A-Za-z0-9]+/g)) {
    const word = m[0].toLowerCase();
    if (!terms.some((t) => word.startsWith(t))) continue;
    push(text.slice(at, m.index), false);
    push(m[0], true);
    at = m.index + m[0].length;
  }
  push(text.slice(at), false);
  return out;
}

export interface SubResult {
  title: string;
  url: string;
  weighted_locations?: { balanced_score: number }[] | undefined;
}

/**
 * The section of a page worth linking to from its result: the one holding most of the match
 * (Pagefind's balanced scores of the words found in it), and only when that is a section further
 * down (its URL has a #). When the page's top (title, summary, other names) matches best, the
 * page link is the answer and a "Section" link would be noise.
 */
export function bestSection<T extends SubResult>(subResults: readonly T[] | undefined): T | undefined {
  const score = (s: T) => (s.weighted_locations ?? []).reduce((t, l) => t + l.balanced_score, 0);
  let best: T | undefined;
  for (const s of subResults ?? []) if (!best || score(s) > score(best)) best = s;
  return best?.url.includes('#') ? best : undefined;
}
