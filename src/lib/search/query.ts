/**
 * Search helpers with no DOM: the URL form of a search, the Pagefind filter object, and the
 * re-ranking that puts the guide whose name you typed first. Used by the search dialog and
 * the /search/ page alike.
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

export interface Rankable {
  url: string;
  title: string;
  type?: string | undefined;
  /** Other names, comma separated (exercises only). */
  aliases?: string | undefined;
}

/**
 * Pagefind ranks by words; a runner who types a name wants that guide. Order: an exercise
 * whose name or alias is exactly the query; then exercises whose name contains it
 * (variations); then everything else in Pagefind's order. Stable within each tier.
 */
export function rerank<T extends Rankable>(results: T[], query: string): T[] {
  const q = normalise(query);
  if (!q) return results;
  const tier = (r: T) => {
    const title = normalise(r.title);
    const aliases = (r.aliases ?? '').split(',').map(normalise).filter(Boolean);
    const exercise = r.type === 'Exercise';
    if (exercise && (title === q || aliases.includes(q))) return 0;
    if (exercise && (title.includes(q) || aliases.some((a) => a.includes(q)))) return 1;
    if (title.includes(q)) return 2;
    return 3;
  };
  return results
    .map((r, i) => ({ r, i, t: tier(r) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.r);
}
