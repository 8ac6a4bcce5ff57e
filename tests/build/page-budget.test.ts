/**
 * A page too big to load quickly or to keep offline fails the build, naming the page and the
 * content file it comes from (src/lib/deploy/budgets.ts). A body of varied words, since a
 * repeated one compresses to almost nothing: 700 KB of HTML but only about 250 KB gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, removeFixtureSites } from './fixture-site';

afterAll(removeFixtureSites);

const article = readFileSync(join(import.meta.dirname, '../fixtures/library/articles/fixture-article.mdx'), 'utf8');

/** About `bytes` of prose in numbered paragraphs, every word different enough not to compress away. */
function prose(bytes: number): string {
  const out: string[] = [];
  let seed = 7;
  let size = 0;
  while (size < bytes) {
    seed = (seed * 48271) % 2147483647;
    const line = `Paragraph ${out.length}: word${seed.toString(36)} and word${(seed >> 7).toString(36)} keep the page varied.\n\n`;
    out.push(line);
    size += line.length;
  }
  return out.join('');
}

describe('the page budget', { timeout: 180_000 }, () => {
  it('fails the build on a huge article, naming the page and its file', async () => {
    const result = await buildWith({ 'articles/huge-article.mdx': `${article.trimEnd()}\n\n${prose(700 * 1024)}` });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/dist\/articles\/huge-article\/index\.html: \d+ KB of HTML[^\n]*over the \d+ KB budget; it is made from content\/articles\/huge-article\.mdx/);
  });
});
