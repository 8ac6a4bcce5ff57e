/**
 * Every search result's card (summary, facts, inline thumbnail, Start link), by page URL: a build
 * intermediate. src/integrations/pagefind.ts merges each card into its page's Pagefind fragment and
 * then deletes this file, so it is never served. See src/lib/search/cards.ts.
 */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../content';
import { renderFigureSvg } from '../../lib/figure/render';
import { formatDuration } from '../../lib/content/format';
import { LEVEL_LABELS } from '../../lib/content/vocabulary';
import { TIMER_ANCHOR, type SearchCards } from '../../lib/search/cards';
import { thumbnailDataUrl } from '../../lib/search/thumbnail';

export const GET: APIRoute = async () => {
  const lib = await getLibrary();
  const cards: SearchCards = {};
  for (const { id, data } of lib.exercises) {
    const svg = renderFigureSvg(data.figure, { size: 'thumb', title: data.title, idPrefix: 'f' });
    cards[`/exercises/${id}/`] = { summary: data.summary, facts: LEVEL_LABELS[data.level], image: thumbnailDataUrl(svg) };
  }
  for (const { entry, durationMs, exactDuration } of lib.routines) {
    const url = `/routines/${entry.id}/`;
    const length = `${exactDuration ? '' : 'About '}${formatDuration(durationMs)}`;
    cards[url] = { summary: entry.data.summary, facts: `${length} · ${LEVEL_LABELS[entry.data.level]}`, start: `${url}#${TIMER_ANCHOR}` };
  }
  for (const { id, data } of lib.articles) cards[`/articles/${id}/`] = { summary: data.description, facts: '' };
  return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json' } });
};
