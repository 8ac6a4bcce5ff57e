/**
 * Writes the Pagefind search index at the end of `astro build`, with Pagefind's Node API.
 * Only elements marked `data-pagefind-body` are indexed (see src/layouts/BaseLayout.astro).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export default function pagefind(): AstroIntegration {
  return {
    name: 'corestride:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const started = performance.now();
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
