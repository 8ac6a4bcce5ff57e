/**
 * Writes the Pagefind search index at the end of `astro build`, with Pagefind's Node API.
 * Only elements marked `data-pagefind-body` are indexed (see src/layouts/BaseLayout.astro).
 *
 * The word index is cut into small chunks, so a search fetches only the few KB holding its
 * words: with Pagefind's default chunk size this whole site was two chunks of 27 and 22 KB
 * (gzip), and every query fetched at least one of them. Pagefind 1.6 reads the chunk size from
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (word positions per chunk, an undocumented setting); if a
 * later release drops it, chunks return to the default size: search still works, first searches
 * just fetch more (the bench's first-search figure shows it).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** About 4 KB gzip per chunk here: 15 chunks, a two-word search fetches two. */
const INDEX_CHUNK_POSITIONS = 2500;

export default function pagefind(): AstroIntegration {
  return {
    name: 'corestride:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        
        const site = fileURLToPath(dir);
        const started = performance.now();
        // The Node API runs Pagefind as a child process, which inherits the environment.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_POSITIONS);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
