/**
 * The search panel's behaviour, loaded only when a visitor opens search. Talks to Pagefind's
 * JS API (fetched from /pagefind/ on first use), renders results with plain DOM (never
 * innerHTML), and on /search/ keeps the URL in step with the query and filters.
 *
 * Pagefind ranks (RANKING in src/lib/search/query.ts); this file only asks for the data of the
 * results it shows (FIRST_RESULTS, then MORE_RESULTS at a time), so a first search fetches a few fragments
 * instead of one per match. Each fragment is cut down at build time to the result's card, its
 * thumbnail inline (src/lib/search/cards.ts); the filters' data is fetched only when Filters opens.
 */
import {
  FILTER_GROUPS,
  RANKING,
  bestSection,
  FIRST_RESULTS,
  MORE_RESULTS,
  correctQuery,
  highlight,
  namedFirst,
  normalise,
  pagefindFilters,
  parseSearch,
  phraseQuery,
  searchToQuery,
  toggleFilter,
  type FilterKey,
  type SearchState,
} from '../lib/search/query';

interface ResultData {
  url: string;
  /** The page's title and type, and its card (SearchCard in src/lib/search/cards.ts). */
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; weighted_locations?: { balanced_score: number }[] }[];
}
interface Found {
  results: { id: string; data(): Promise<ResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<Found | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href) as Promise<Pagefind>).then(async (pf) => {
    // One options() call before init(): Pagefind keeps only the last set given before it starts.
    // No worker: on a library this size searching takes a few milliseconds on the main thread,
    // and the worker's own copy of the search code is 12 KB more to fetch.
    await pf.options({ noWorker: true, ranking: RANKING });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Names and their words, for the spelling fallback; an empty list if it cannot be fetched. */
let words: Promise<string[]> | undefined;
function loadWords(): Promise<string[]> {
  words ??= fetch('/search/words.json')
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []);
  return words;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/**
 * One result as a card: the link to the page (thumbnail, type and facts, title, the summary with
 * the query's words marked), then, inside the same card, a routine's Start link and the section
 * that holds most of the match.
 */
function resultItem(r: ResultData, q: string): HTMLLIElement {
  const { title = r.url, type = 'Page', summary = '', facts, image, start } = r.meta;
  const link = el('a', { href: r.url, class: 'search-hit' });
  if (image) link.append(el('img', { src: image, alt: '', width: '128', height: '80' }));
  const head = el('span', { class: 'search-head' }, el('span', { class: 'search-badge' }, type));
  if (facts) head.append(el('span', { class: 'search-facts' }, facts));
  const marked = highlight(summary, q).map((s) => (s.mark ? el('mark', {}, s.text) : s.text));
  link.append(el('span', { class: 'search-text' }, head, el('span', { class: 'search-title' }, title), el('span', { class: 'search-excerpt' }, ...marked)));
  const item = el('li', { class: 'search-card' }, link);
  const more = el('span', { class: 'search-links' });
  if (start) more.append(el('a', { href: start, class: 'search-start-link' }, 'Start', el('span', { class: 'sr-only' }, ` ${title}`)));
  const section = bestSection(r.sub_results);
  if (section) more.append(el('a', { href: section.url, class: 'search-section' }, `Section: ${section.title}`));
  if (more.childNodes.length) item.append(more);
  return item;
}

export function mountSearch(root: HTMLElement, { syncUrl }: { syncUrl: boolean }): { focus(): void } {
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const input = $<HTMLInputElement>('input[type="search"]');
  const form = $<HTMLFormElement>('form');
  const list = $<HTMLOListElement>('[data-search-results]');
  const status = $('[data-search-status]');
  const filterBox = $('[data-search-filters]');
  const toggle = $<HTMLButtonElement>('[data-search-filters-toggle]');
  const startBox = $('[data-search-start]');
  const more = el('button', { type: 'button', class: 'btn btn-secondary search-more', hidden: '' }, 'Show more');
  list.after(more);
  // In the dialog, keep whatever was typed while this code was still on its way.
  let state: SearchState = syncUrl ? parseSearch(location.search) : { q: input.value, filters: {} };
  input.value = state.q;
  let run = 0;
  let timer = 0;
  /** Every filter value and its count over the whole site: fetched the first time Filters opens. */
  let allFilters: Promise<Record<string, Record<string, number>>> | undefined;
  /** What the shown results came from, so "Show more" continues the same search. */
  let current: { found: Found; q: string; shown: number; run: number } | undefined;

  const renderFilters = async (counts: Record<string, Record<string, number>>) => {
    const active = Object.values(state.filters).reduce((t, v) => t + (v?.length ?? 0), 0);
    $('[data-search-filters-label]').textContent = active ? `Filters (${active})` : 'Filters';
    if (filterBox.hidden || !allFilters) return;
    const all = await allFilters;
    filterBox.replaceChildren(
      ...FILTER_GROUPS.filter((g) => Object.keys(all[g.key] ?? {}).length).map((g) => {
        const values = Object.keys(all[g.key] ?? {}).sort((a, b) => a.localeCompare(b));
        return el(
          'fieldset',
          { class: 'search-filter' },
          el('legend', {}, g.label),
          ...values.map((v) => {
            const box = el('input', { type: 'checkbox', name: g.key, value: v });
            box.checked = state.filters[g.key]?.includes(v) ?? false;
            box.addEventListener('change', () => {
              state = { ...state, filters: toggleFilter(state.filters, g.key as FilterKey, v, box.checked) };
              void search(true);
            });
            const count = counts[g.key]?.[v] ?? all[g.key]?.[v] ?? 0;
            return el('label', {}, box, ` ${v} `, el('span', { class: 'search-count' }, `(${count})`));
          }),
        );
      }),
    );
  };

  /** Opens or closes the filters; the first opening fetches their data, then searches again for counts. */
  const showFilters = async (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    filterBox.hidden = !open;
    if (!open) return;
    if (!allFilters) {
      allFilters = loadPagefind().then((pf) => pf.filters());
      await allFilters;
    }
    await search(false);
  };

  const setMore = () => {
    const left = current ? current.found.results.length - current.shown : 0;
    more.hidden = left <= 0;
  };

  /** Fetches the data of the next page of results and appends them; false if a newer search began. */
  const showNext = async (): Promise<HTMLLIElement[] | null> => {
    const page = current;
    if (!page) return [];
    const next = page.found.results.slice(page.shown, page.shown + (page.shown ? MORE_RESULTS : FIRST_RESULTS));
    const data = await Promise.all(next.map((r) => r.data()));
    if (page.run !== run) return null;
    page.shown += next.length;
    const items = data.map((d) => resultItem(d, page.q));
    list.append(...items);
    setMore();
    return items;
  };

  const describe = (total: number, q: string, typed: string) => {
    const shown = current?.shown ?? 0;
    const you = typed.trim();
    if (!total) return `Nothing found${you ? ` for “${you}”` : ''}. Check the spelling, try another word such as "plank", or browse the exercise library.`;
    const corrected = q !== you ? ` (you typed “${you}”)` : '';
    return `${total} result${total === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}${corrected}${total > shown ? `, showing ${shown}` : ''}.`;
  };

  const search = async (commit: boolean) => {
    const mine = ++run;
    const typed = state.q.trim();
    const filters = pagefindFilters(state.filters);
    if (syncUrl && commit) {
      const url = `${location.pathname}${searchToQuery(state)}`;
      if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    }
    const empty = !typed && !Object.keys(filters).length;
    startBox.hidden = !empty;
    if (empty) {
      current = undefined;
      list.replaceChildren();
      setMore();
      status.textContent = '';
      await renderFilters({});
      return;
    }
    status.textContent = 'Searching…';
    const pf = await loadPagefind();
    let q = typed;
    // Pagefind matches words and their beginnings, not misspellings: a word that finds nothing
    // on its own is mended against the names' vocabulary before searching.
    if (q) {
      const terms = normalise(q).split(' ').filter((t) => t.length >= 4);
      const counts = await Promise.all(terms.map(async (t) => (await pf.search(t))?.results.length ?? 1));
      const unknown = new Set(terms.filter((_, i) => counts[i] === 0));
      if (unknown.size) q = correctQuery(q, await loadWords(), (t) => unknown.has(t)) ?? q;
      if (mine !== run) return;
    }
    const phrase = q ? phraseQuery(q) : null;
    const [found, named] = await Promise.all([pf.search(q || null, { filters }), phrase ? pf.search(phrase, { filters }) : null]);
    if (!found || mine !== run) return;
    if (named?.results.length) found.results = namedFirst(found.results, new Set(named.results.map((r) => r.id)));
    current = { found, q, shown: 0, run: mine };
    // A result that had the focus is about to go: keep the focus in the panel, on the box.
    if (list.contains(document.activeElement)) input.focus();
    list.replaceChildren();
    if (!(await showNext())) return;
    const total = found.results.length;
    status.textContent = describe(total, q, typed);
    if (!total) list.append(el('li', { class: 'search-empty' }, el('a', { href: '/exercises/' }, 'Browse all exercise guides')));
    await renderFilters(found.filters);
  };

  more.addEventListener('click', async () => {
    const page = current;
    if (!page) return;
    more.disabled = true;
    const items = await showNext();
    more.disabled = false;
    if (!items?.length) return;
    status.textContent = describe(page.found.results.length, page.q, state.q);
    // Carry on reading where the new results start; the button may have just been hidden.
    items[0]!.querySelector<HTMLAnchorElement>('a.search-hit')!.focus();
  });

  const schedule = () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void search(true), 180);
  };

  input.addEventListener('input', () => {
    state = { ...state, q: input.value };
    void loadPagefind().then((pf) => pf.preload(input.value.trim()));
    schedule();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search(true);
  });
  toggle.addEventListener('click', () => void showFilters(toggle.getAttribute('aria-expanded') !== 'true'));
  // A starting point searches here, without loading the /search/ page it links to.
  startBox.addEventListener('click', (e) => {
    const suggestion = (e.target as Element).closest<HTMLElement>('[data-search-suggest]');
    if (!suggestion) return;
    e.preventDefault();
    input.value = suggestion.dataset['searchSuggest']!;
    input.focus();
    state = { ...state, q: input.value };
    clearTimeout(timer);
    void search(true);
  });

  // ↑/↓ move between the box and the results; Enter follows the focused link.
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });

  if (syncUrl) {
    window.addEventListener('popstate', () => {
      state = parseSearch(location.search);
      input.value = state.q;
      void search(false);
    });
  }

  toggle.hidden = false;
  startBox.hidden = !!(state.q.trim() || Object.keys(state.filters).length);
  // Pagefind starts loading as the panel opens; a search from a link with filters opens them.
  void loadPagefind()
    .then(() => (Object.keys(state.filters).length ? showFilters(true) : search(false)))
    .catch(() => {
      status.textContent = 'Search could not load. Browse the exercise library instead.';
    });

  return { focus: () => input.focus() };
}
