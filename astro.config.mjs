// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';

/**
 * Two byte savings in the browser bundle. Astro sets both options itself, so this sets them
 * on the browser environment.
 * - Lazy chunks here (the search UI, Preact's signals) carry no CSS, so Vite's preload helper
 *   (about 1 KB gzip on every page) buys nothing: a plain dynamic import() does the job.
 * - The routine builder island imports the timer island. With Astro's `exports-only`, the
 *   timer's chunk must keep its exact exports, so the bundler puts a facade chunk in front of
 *   it (an extra request and about 120 bytes gzip on every routine page). `allow-extension`
 *   lets the timer's chunk export what the builder shares with it instead.
 * @returns {import('vite').Plugin}
 */
function leanClientBundle() {
  return {
    name: 'corestride:lean-client-bundle',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false, rolldownOptions: { preserveEntrySignatures: 'allow-extension' } } };
    },
  };
}

export default defineConfig({
  // Where the site is published; canonical URLs, the sitemap and the feed use it.
  site: process.env.SITE_URL ?? 'https://corestride.example',
  trailingSlash: 'always',
  // Two content files resolving to one URL is a mistake, not a warning.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), preact(), sitemap(), pagefind()],
  vite: {
    plugins: [tailwindcss(), leanClientBundle()],
  },
  server: { host: '127.0.0.1' },
  // A Content-Security-Policy <meta> on every page: Astro hashes its own inline scripts, so
  // scripts need no 'unsafe-inline'. Pagefind compiles WebAssembly ('wasm-unsafe-eval').
  // Styles allow inline because figures carry their animation in an SVG <style>.
  // public/_headers repeats the policy as an HTTP header for static hosts.
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
