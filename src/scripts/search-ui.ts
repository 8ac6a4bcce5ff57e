/**
 * The search panel's behaviour, loaded only when a visitor opens search. Talks to Pagefind's
 * JS API (fetched from /pagefind/ on first use), renders results with plain DOM (never
 * innerHTML of anything but Pagefind's excerpt, which is cleaned to text and <mark>), and
 * on /search/ keeps the URL in step with the query and filters.
 */
import { FILTER_GROUPS, pagefindFilters, parseSearch, rerank, searchToQuery, toggleFilter, type FilterKey, type SearchState } from '../lib/search/query';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{
    results: { id: string; data(): Promise<ResultData> }[];
    filters: Record<string, Record<string, number>>;
  } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 22 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

const SHOWN = 12;

/** Keeps only text and <mark> from an excerpt. */
function excerptNodes(html: string): Node[] {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  return [...tpl.content.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      return m;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

export function mountSearch(root: HTMLElement, { syncUrl }: { syncUrl: boolean }): { focus(): void } {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const form = root.querySelector('form')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  // In the dialog, keep whatever was typed while this code was still on its way.
  let state: SearchState = syncUrl ? parseSearch(location.search) : { q: input.value, filters: {} };
  input.value = state.q;
  let run = 0;
  let timer = 0;
  let allFilters: Record<string, Record<string, number>> = {};

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    filterBox.replaceChildren(
      ...FILTER_GROUPS.filter((g) => Object.keys(allFilters[g.key] ?? {}).length).map((g) => {
        const values = Object.keys(allFilters[g.key] ?? {}).sort((a, b) => a.localeCompare(b));
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
            const count = counts[g.key]?.[v] ?? allFilters[g.key]?.[v] ?? 0;
            return el('label', {}, box, ` ${v} `, el('span', { class: 'search-count' }, `(${count})`));
          }),
        );
      }),
    );
  };

  const search = async (commit: boolean) => {
    const mine = ++run;
    const q = state.q.trim();
    const filters = pagefindFilters(state.filters);
    if (syncUrl && commit) {
      const url = `${location.pathname}${searchToQuery(state)}`;
      if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    }
    if (!q && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = 'Type the name of an exercise, a muscle or a question, such as "glute bridge" or "lower back".';
      renderFilters({});
      return;
    }
    status.textContent = 'Searching…';
    const pf = await loadPagefind();
    const found = await pf.search(q || null, { filters });
    if (!found || mine !== run) return;
    const data = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
    if (mine !== run) return;
    const ranked = rerank(
      data.map((d) => ({ ...d, title: d.meta['title'] ?? d.url, type: d.meta['type'], aliases: d.meta['aliases'] })),
      q,
    ).slice(0, SHOWN);
    renderFilters(found.filters);
    const total = found.results.length;
    status.textContent = total
      ? `${total} result${total === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}${total > SHOWN ? `, showing the first ${SHOWN}` : ''}.`
      : `Nothing found${q ? ` for “${q}”` : ''}. Check the spelling, try another word such as "plank", or browse the exercise library.`;
    list.replaceChildren(
      ...ranked.map((r) => {
        const link = el('a', { href: r.url, class: 'search-hit' });
        if (r.meta['image']) link.append(el('img', { src: r.meta['image'], alt: '', width: '96', height: '48', loading: 'lazy' }));
        const text = el(
          'span',
          { class: 'search-text' },
          el('span', { class: 'search-head' }, el('span', { class: 'search-badge' }, r.type ?? 'Page'), el('span', { class: 'search-title' }, r.title)),
          el('span', { class: 'search-excerpt' }, ...excerptNodes(r.excerpt)),
        );
        link.append(text);
        const section = r.sub_results?.find((s) => s.url.includes('#') && s.title !== r.title);
        const item = el('li', {}, link);
        if (section) item.append(el('a', { href: section.url, class: 'search-section' }, `Section: ${section.title}`));
        return item;
      }),
    );
    if (!total) list.append(el('li', { class: 'search-empty' }, el('a', { href: '/exercises/' }, 'Browse all exercise guides')));
  };

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

  void loadPagefind()
    .then((pf) => pf.filters())
    .then((f) => {
      allFilters = f;
      return search(false);
    })
    .catch(() => {
      status.textContent = 'Search could not load. Browse the exercise library instead.';
    });

  return { focus: () => input.focus() };
}
