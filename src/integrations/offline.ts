/**
 * Writes the service worker, dist/sw.js, at the end of `astro build`, with Workbox's
 * `generateSW`: it precaches every page, asset and the Pagefind index, so that after one visit
 * the whole site, search and the timer work with no network. It never skips waiting on its
 * own: src/components/ServiceWorker.astro asks the reader first (see README, Offline).
 *
 * Register it after pagefind() in astro.config.mjs. Astro runs `astro:build:done` for one
 * integration after another, in the order of the `integrations` array, awaiting each
 * (`runHookBuildDone` in astro/dist/integrations/hooks.js), so the index is on disk by then.
 * The hook checks that it is, rather than trusting the order.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * Pagefind's ready-made UIs and its web worker: this site uses its JS API only, on the main
 * thread (`noWorker` in src/scripts/search-ui.ts), so none of these is ever fetched.
 */
const UNUSED_PAGEFIND_UI = ['pagefind-ui.*', 'pagefind-modular-ui.*', 'pagefind-component-ui.*', 'pagefind-highlight.js', 'pagefind-worker.js'].map((f) => `pagefind/${f}`);

/**
 * What the dev server answers for /sw.js: a worker that removes itself. A browser that once
 * installed the built site's worker on this origin (`astro preview` and `astro dev` share
 * 127.0.0.1:4321) would otherwise keep serving the precached build in place of the dev pages.
 */
const SELF_DESTRUCT = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.registration.unregister().then(() => self.clients.matchAll()).then((cs) => cs.forEach((c) => c.navigate(c.url)))));
`;

export default function offline(): AstroIntegration {
  return {
    name: 'corestride:offline',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/sw.js', (_req, res) => {
          res.setHeader('Content-Type', 'text/javascript');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(SELF_DESTRUCT);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        
        const site = fileURLToPath(dir);
        if (!existsSync(`${site}pagefind/pagefind-entry.json`)) {
          throw new Error('No Pagefind index in dist/ to precache: list offline() after pagefind() in astro.config.mjs');
        }
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: ['**/*'],
          // _headers is read by the host, never fetched.
          globIgnores: ['_headers', ...UNUSED_PAGEFIND_UI],
          swDest: `${site}sw.js`,
          // The runtime goes inside sw.js: one file to serve with no-cache, none to keep in step.
          inlineWorkboxRuntime: true,
          sourcemap: false,
          // The waiting worker takes over only when the reader says Reload: no stale mix of old page and new assets.
          skipWaiting: false,
          clientsClaim: false,
          cleanupOutdatedCaches: true,
          // /x/ is served from the precached /x/index.html.
          directoryIndex: 'index.html',
          // Every file is static, so no query string changes a response: /search/?q=… is /search/index.html,
          // and Pagefind's pagefind-entry.json?ts=… is the precached file.
          ignoreURLParametersMatching: [/.*/],
          // Names that carry a content hash need no revision of their own. Not Pagefind's fragments:
          // the build rewrites them after Pagefind names them (src/integrations/pagefind.ts), so a
          // redrawn thumbnail can change one under the same name.
          dontCacheBustURLsMatching: /^(?:_astro\/|pagefind\/(?:index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/,
          // A page that is not precached (a link to a page that moved or is newer than this release)
          // comes from the network; with no network, the precached offline page says so instead of
          // the browser's error. Precached pages never reach this route: their route comes first.
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
            },
          ],
        });
        // A page too large to precache (only a generated library of thousands of exercises has
        // one) still builds and works online; e2e/offline.spec.ts fails if any real page is left out.
        for (const w of warnings) logger.warn(`Workbox: ${w}`);
        logger.info(`precached ${count} files, ${(size / 1024).toFixed(0)} KiB (${size} bytes), in sw.js`);
      },
    },
  };
}
