/**
 * The words of every name on the site (titles, other names, search terms, muscles, kit, levels), for the search
 * box's spelling fallback: fetched with Pagefind when search opens, about 1 KB.
 */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../content';
import { EQUIPMENT_LABELS, LEVEL_LABELS, MUSCLE_LABELS } from '../../lib/content/vocabulary';
import { numeralTitle, vocabulary } from '../../lib/search/query';

export const GET: APIRoute = async () => {
  const lib = await getLibrary();
  const names = [
    ...lib.exercises.flatMap((e) => [e.data.title, ...e.data.aliases, ...e.data.searchTerms]),
    ...lib.routines.flatMap((r) => [r.entry.data.title, numeralTitle(r.entry.data.title) ?? '', ...r.entry.data.searchTerms]),
    ...lib.articles.flatMap((a) => [a.data.title, ...a.data.searchTerms]),
    ...Object.values(MUSCLE_LABELS),
    ...Object.values(EQUIPMENT_LABELS),
    ...Object.values(LEVEL_LABELS),
  ];
  return new Response(JSON.stringify(vocabulary(names)), { headers: { 'Content-Type': 'application/json' } });
};
