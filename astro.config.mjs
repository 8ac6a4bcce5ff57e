// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import headers from './src/integrations/headers.ts';

/**
 * Vite wraps every dynamic import() in a preload helper (about 0.9 KB gzip, on every page,
 * because the search trigger lazy-loads the search UI) and gives each import the list of
 * chunks it pulls in. Module preloading only saves a round trip we do not need, and no lazy
 * chunk here has CSS, so the helper just imports, and each import carries no list. Should a
 * lazy chunk ever bring CSS, the build stops (noLazyCss, below) rather than ship it unstyled.
 * @returns {import('vite').Plugin}
 */
function leanPreloadHelper() {
  return {
    name: 'corestride:lean-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: { resolveDependencies: noLazyCss } } };
    },
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler() {
        return 'export const __vitePreload = (load) => load();';
      },
    },
  };
}

/**
 * The dependencies Vite would preload for a dynamic import: none, and an error if any is CSS.
 * @param {string} file
 * @param {string[]} deps
 * @returns {string[]}
 */
function noLazyCss(file, deps) {
  const css = deps.filter((d) => d.endsWith('.css'));
  if (css.length > 0) throw new Error(`${file} lazy-loads CSS (${css.join(', ')}), which the lean preload helper in astro.config.mjs does not load`);
  return [];
}

/**
 * The client chunks, by hand where the bundler's own split costs the routine page (15 KB budget)
 * requests and bytes. Rolldown takes the groups in order; each also takes the modules its own
 * modules import, unless an earlier group has them.
 *
 * `browser-storage`: the storage every island reads through, one chunk whichever islands share
 * which parts of it: the guarded store, keys and records, calendar days, the routine limits, and
 * Preact's JSX runtime and hooks. Left to itself, the bundler splits it by the set of islands
 * importing each module: the Today card (src/islands/today/card.ts, lazy, home page and /log/)
 * and the plan page, which read only some of it, cut the timer's part into more, smaller chunks,
 * each one more request and import line on every routine page (190 to 450 bytes gzip over its
 * budget); the JSX runtime and the hooks split off cost it another two requests (about 230
 * bytes). The price: Preact comes with the chunk, so a home page with a plan stored loads 4.4 KB
 * gzip it does not use.
 *
 * `search`: the search trigger's script, which every page loads, with Vite's preload helper
 * (leanPreloadHelper, above) that every lazy import calls. Left to itself the helper is a chunk of
 * its own: one more request on every page that lazy-loads anything, and 48 bytes gzip for a line
 * of 28; here the timer imports it from a chunk the page has loaded anyway (a routine page: 4
 * requests, not 5, and about 50 bytes fewer). Named before `timer` so that group does not take it in.
 *
 * `timer-shared`: what the routine builder shares with the timer, which it loads lazily
 * (src/islands/LazyTimer.tsx): the plan compiler (routine lengths) and durations in words. Every
 * routine page loads it too; the plan page and the log do not. In the browser-storage chunk
 * instead it would cost those two pages about 990 bytes gzip (the plan page has 900 to spare).
 *
 * `timer`: the timer island with the routine page's few lines that hydrate it
 * (src/components/TimerPanel.astro), one chunk instead of the loader's 180-byte entry in front of
 * the timer's chunk; that request pays for `timer-shared`'s. The builder's lazy timer loads this
 * chunk too, through a small one re-exporting the island (src/islands/timer/lazy.ts); on its page
 * the hydrating lines find nothing to hydrate.
 */
const CHUNKS = [
  {
    name: 'browser-storage',
    test: /src[\\/](islands[\\/]browser-storage|lib[\\/]storage[\\/](keys|read|store|timer|workout)|lib[\\/]log[\\/]days|lib[\\/]routine[\\/]limits)\.ts$|date-fns[\\/](differenceInCalendarDays|constructFrom|toDate|startOfDay|constants|_lib[\\/](normalizeDates|getTimezoneOffsetInMilliseconds))\.js$|preact[\\/](jsx-runtime|hooks)[\\/]/,
  },
  { name: 'search', test: /^\0vite\/preload-helper\.js$|src[\\/]components[\\/]Search\.astro\?astro&type=script/ },
  { name: 'timer-shared', test: /src[\\/]lib[\\/](timer[\\/]plan|content[\\/]format)\.ts$/ },
  { name: 'timer', test: /src[\\/](components[\\/]TimerPanel\.astro\?astro&type=script|islands[\\/]CircuitTimer\.tsx$)/ },
];

/**
 * The chunk groups above, on the browser environment, and a check that they do what they say: no
 * page but a routine page loads the timer's chunk before it is asked for. Should a module the
 * timer imports come to be imported by another island too, the `timer` group would take it in
 * and that island would load the whole timer at once; the build stops instead.
 * @returns {import('vite').Plugin}
 */
function chunkGroups() {
  return {
    name: 'corestride:chunk-groups',
    configEnvironment(name) {
      if (name === 'client') return { build: { rolldownOptions: { output: { codeSplitting: { groups: CHUNKS } } } } };
    },
    generateBundle(_, bundle) {
      if (this.environment.name !== 'client') return;
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const timer = chunks.find((c) => Object.keys(c.modules).some((id) => /[\\/]islands[\\/]CircuitTimer\.tsx$/.test(id)));
      if (!timer) return;
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      for (const entry of chunks.filter((c) => c.isEntry && c !== timer)) {
        const seen = new Set([entry.fileName]);
        for (const file of seen) for (const dep of byName.get(file)?.imports ?? []) seen.add(dep);
        if (seen.has(timer.fileName)) throw new Error(`${entry.fileName} loads the timer's chunk (${timer.fileName}) up front: see CHUNKS in astro.config.mjs`);
      }
    },
  };
}

export default defineConfig({
  // Where the site is published; canonical URLs, the sitemap and the feed use it.
  site: process.env.SITE_URL ?? 'https://corestride.example',
  trailingSlash: 'always',
  // Two content files resolving to one URL is a mistake, not a warning.
  prerenderConflictBehavior: 'error',
  // build:done hooks run in this order: offline() precaches what pagefind() writes; headers()
  // reads the finished pages (their CSP hashes, their size) and writes dist/_headers.
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.endsWith('/offline/') }), pagefind(), offline(), headers()],
  vite: {
    plugins: [tailwindcss(), leanPreloadHelper(), chunkGroups()],
  },
  server: { host: '127.0.0.1' },
  // A Content-Security-Policy <meta> on every page: Astro hashes its own inline scripts, so
  // scripts need no 'unsafe-inline'. Pagefind compiles WebAssembly ('wasm-unsafe-eval').
  // Styles allow inline because figures carry their animation in an SVG <style>.
  // src/integrations/headers.ts writes the same policy, with these hashes, as an HTTP header
  // (dist/_headers, deploy/nginx.conf, and `astro preview`), adding frame-ancestors 'none'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
