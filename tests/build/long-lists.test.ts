/**
 * A library larger than one page: the exercise lists split into numbered pages, so no list
 * page grows with the library. Builds the fixture library plus 50 generated exercises.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDES_PER_PAGE } from '../../src/lib/content/browse';
import { buildWith, exercise, removeFixtureSites } from './fixture-site';

afterAll(removeFixtureSites);

const GENERATED = 50;
const slugs = ['alpha-hold', 'beta-hold', ...Array.from({ length: GENERATED }, (_, i) => `generated-${String(i + 1).padStart(2, '0')}`)];
let dist = '';
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** Links to exercise guides on a list page, in order. */
const guideLinks = (html: string) => [...html.matchAll(/href="\/exercises\/((?:alpha|beta)-hold|generated-\d+)\/"/g)].map((m) => m[1]);

// A fixture build takes 20 to 30 s alone; npm test runs it beside the real build and Playwright, on a shared machine.
describe('long exercise lists', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    const files = Object.fromEntries(
      slugs.slice(2).map((slug, i) => [`exercises/${slug}.mdx`, exercise('level: beginner').replace('title: Broken move', `title: Generated move ${i + 1}`)]),
    );
    const result = await buildWith(files);
    expect(result.output).toContain('Complete!');
    dist = result.dist;
  }, 300_000);

  it('splits /exercises/ into pages of at most GUIDES_PER_PAGE, each guide on exactly one', () => {
    const pages = Math.ceil(slugs.length / GUIDES_PER_PAGE);
    expect(pages).toBeGreaterThan(2);
    const seen = ['exercises', ...Array.from({ length: pages - 1 }, (_, i) => `exercises/${i + 2}`)].flatMap((path) => {
      const links = guideLinks(page(path));
      expect(links.length).toBeLessThanOrEqual(GUIDES_PER_PAGE);
      return links;
    });
    expect(seen.toSorted()).toEqual(slugs.toSorted());
    expect(existsSync(join(dist, `exercises/${pages + 1}`))).toBe(false);
  });

  it('links each page to its neighbours and marks the current one', () => {
    const second = page('exercises/2');
    expect(second).toMatch(/<nav aria-label="Pages"/);
    expect(second).toMatch(/rel="prev" href="\/exercises\/"/);
    expect(second).toMatch(/rel="next" href="\/exercises\/3\/"/);
    expect(second).toMatch(/href="\/exercises\/2\/" aria-current="page"/);
    expect(second).toContain('Guides 25 to 48 of 52.');
    expect(page('exercises')).not.toMatch(/rel="prev"/);
  });

  it('gives every page its own title and canonical address', () => {
    const titles = ['exercises', 'exercises/2', 'exercises/3'].map((p) => page(p).match(/<title>([^<]*)<\/title>/)?.[1]);
    expect(new Set(titles).size).toBe(3);
    expect(titles[1]).toContain('page 2 of 3');
    expect(page('exercises/3')).toMatch(/<link rel="canonical" href="[^"]*\/exercises\/3\/"/);
  });

  it('splits browse pages the same way', () => {
    expect(guideLinks(page('exercises/level/beginner')).length).toBe(GUIDES_PER_PAGE);
    expect(existsSync(join(dist, 'exercises/level/beginner/2/index.html'))).toBe(true);
  });

  it('keeps every list page inside the 30 KB gzip HTML budget', () => {
    for (const path of ['exercises', 'exercises/2', 'exercises/level/beginner']) {
      expect(gzipSync(page(path)).length).toBeLessThanOrEqual(30 * 1024);
    }
  });
});
