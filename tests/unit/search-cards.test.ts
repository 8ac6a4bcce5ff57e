import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFigureFrontmatter } from '../../src/lib/figure/frontmatter';
import { renderFigureSvg, type FigureData } from '../../src/lib/figure/render';
import type { PoseName, Prop } from '../../src/lib/figure/poses';
import { indexChunkPositions, slimFragment, unmatchedCards, type PagefindFragment } from '../../src/lib/search/cards';
import { thumbnailDataUrl } from '../../src/lib/search/thumbnail';

const bridge = readFigureFrontmatter(readFileSync(join(import.meta.dirname, '../../content/exercises/glute-bridge.mdx'), 'utf8'));
const figure: FigureData = {
  start: bridge.figure!.start as PoseName,
  end: bridge.figure!.end as PoseName,
  props: bridge.figure!.props as Prop[],
  alt: bridge.figure!.alt,
};
const thumb = renderFigureSvg(figure, { size: 'thumb', title: 'Glute bridge', idPrefix: 'f' });

describe('search result thumbnails', () => {
  const url = thumbnailDataUrl(thumb);
  const svg = decodeURIComponent(url.slice('data:image/svg+xml,'.length));

  it('is a data: URL a browser reads as a whole SVG: no # (it would end the URL), the namespace once', () => {
    expect(url.startsWith('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(url).not.toMatch(/[#\n]/);
    expect(svg.match(/xmlns=/g)).toHaveLength(1);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('is decorative (the result names it): no title, description, role or ARIA left', () => {
    expect(thumb).toMatch(/<title|aria-labelledby|role="img"/);
    expect(svg).not.toMatch(/<title|<desc|aria-|role=/);
  });

  it('keeps the drawing and gives it dark-scheme colours for the parts drawn in the page’s', () => {
    for (const part of thumb.match(/<path d="[^"]+"/g)!) expect(svg).toContain(part);
    expect(svg).toMatch(/prefers-color-scheme:dark\)\{svg\{--ink-muted:[^;]+;--line:/);
  });

  it('adds about half a kilobyte to a gzipped fragment, not a request', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(url, { level: 9 }).length).toBeLessThan(700);
  });
});

describe('slimmed fragments', () => {
  const fragment: PagefindFragment = {
    url: '/exercises/glute-bridge/',
    content: 'Exercise. Glute bridge. Lift your hips… (the whole page)',
    word_count: 474,
    filters: { level: ['Beginner'], muscle: ['Glutes'] },
    meta: { title: 'Glute bridge', type: 'Exercise', aliases: 'hip bridge', phrases: 'glutebridge hipbridge' },
    anchors: [
      { element: 'h2', id: 'how-to', text: 'How to do it', location: 98 },
      { element: 'li', id: 'step-1', text: '1Lie on your back', location: 102 },
      { element: 'h2', id: 'empty', text: '  ', location: 150 },
      { element: 'div', id: 'named', title: 'A titled anchor', location: 170 },
      { element: 'h2', id: 'cues', text: 'Form cues', location: 178 },
    ],
  };
  const card = { summary: 'Lift your hips.', facts: 'Beginner', image: 'data:image/svg+xml,<svg/>' };

  it('holds the card and what Pagefind needs for a result and its sections, and nothing else', () => {
    expect(slimFragment(fragment, card)).toEqual({
      url: '/exercises/glute-bridge/',
      content: '',
      word_count: 474,
      filters: {},
      meta: { title: 'Glute bridge', type: 'Exercise', summary: 'Lift your hips.', facts: 'Beginner', image: 'data:image/svg+xml,<svg/>' },
      anchors: [fragment.anchors![0], fragment.anchors![3], fragment.anchors![4]],
    });
  });

  it('gives a routine its Start link, and leaves out what a card does not have', () => {
    const slim = slimFragment({ ...fragment, url: '/routines/core-basics/' }, { summary: 'S.', facts: '12 min · Beginner', start: '/routines/core-basics/#timer-heading' });
    expect(slim.meta).toEqual({ title: 'Glute bridge', type: 'Exercise', summary: 'S.', facts: '12 min · Beginner', start: '/routines/core-basics/#timer-heading' });
  });

  it('pairs every indexed page with a card, naming both kinds of mismatch', () => {
    const cards = { '/a/': card, '/b/': card };
    expect(unmatchedCards(['/a/', '/b/'], cards)).toEqual({ noCard: [], noPage: [] });
    expect(unmatchedCards(['/a/', '/c/'], cards)).toEqual({ noCard: ['/c/'], noPage: ['/b/'] });
  });
});

describe('index chunk size', () => {
  it('grows with the square root of the pages, never below 400 positions', () => {
    expect(indexChunkPositions(0)).toBe(400);
    expect(indexChunkPositions(48)).toBe(554);
    expect(indexChunkPositions(2000)).toBe(3578);
    fc.assert(fc.property(fc.nat(100_000), fc.nat(100_000), (a, b) => (a <= b ? indexChunkPositions(a) <= indexChunkPositions(b) : true)));
  });
});
