/**
 * Writes the Pagefind search index at the end of `astro build`, with Pagefind's Node API.
 * Only elements marked `data-pagefind-body` are indexed (see src/layouts/BaseLayout.astro).
 *
 * Two things make a first search cheap (`npm run bench -- --first-search` measures it):
 *
 * - The word index is cut into small chunks, so a search fetches only the few KB holding its
 *   words; the chunk size grows with the square root of the number of pages (indexChunkPositions
 *   in src/lib/search/cards.ts says why). Pagefind 1.6 reads it from
 *   PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (word positions per chunk, an undocumented setting); if a
 *   later release drops it, chunks return to the default size: search still works, first searches
 *   just fetch more.
 * - Each page's fragment (what one result fetches) is rewritten to hold only what a result shows,
 *   with its thumbnail inline: the cards written by src/pages/search/cards.json.ts, merged by
 *   slimFragment(). That file is a build intermediate and is removed here once merged.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { CARDS_PATH, indexChunkPositions, slimFragment, unmatchedCards, type PagefindFragment, type SearchCards } from '../lib/search/cards.ts';

/** Pagefind's fragments are gzip of this signature followed by JSON. */
const SIGNATURE = 'pagefind_dcd';

export default function pagefind(): AstroIntegration {
  return {
    name: 'corestride:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const cards = JSON.parse(await readFile(`${site}${CARDS_PATH}`, 'utf8')) as SearchCards;
        await rm(`${site}${CARDS_PATH}`);
        const started = performance.now();
        // The Node API runs Pagefind as a child process, which inherits the environment.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(indexChunkPositions(Object.keys(cards).length));
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
          const slimmed = await slimFragments(`${site}pagefind/fragment/`, cards);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms; ${slimmed}`);
        } finally {
          await close();
        }
      },
    },
  };
}

/** Rewrites every fragment to its card (slimFragment); fails the build if a page and its card do not match. */
async function slimFragments(folder: string, cards: SearchCards): Promise<string> {
  const files = (await readdir(folder)).filter((f) => f.endsWith('.pf_fragment'));
  const fragments = await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(folder + file);
      const raw = gunzipSync(bytes).toString('utf8');
      if (!raw.startsWith(SIGNATURE)) throw new Error(`Pagefind fragment ${file} is not in the format this build knows (Pagefind 1.6)`);
      return { file, bytes: bytes.length, fragment: JSON.parse(raw.slice(SIGNATURE.length)) as PagefindFragment };
    }),
  );
  const { noCard, noPage } = unmatchedCards(
    fragments.map((f) => f.fragment.url),
    cards,
  );
  if (noCard.length) throw new Error(`Indexed for search but with no card in src/pages/search/cards.json.ts: ${noCard.join(', ')}`);
  if (noPage.length) throw new Error(`A search card for a page Pagefind did not index (is it searchable?): ${noPage.join(', ')}`);
  const slim = fragments.map(({ file, fragment }) => ({ file, out: gzipSync(SIGNATURE + JSON.stringify(slimFragment(fragment, cards[fragment.url]!)), { level: 9 }) }));
  await Promise.all(slim.map(({ file, out }) => writeFile(folder + file, out)));
  const kb = (n: number) => Math.round(n / 1024);
  return `${files.length} fragments cut from ${kb(fragments.reduce((t, f) => t + f.bytes, 0))} to ${kb(slim.reduce((t, f) => t + f.out.length, 0))} KB, thumbnails inline`;
}
