// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Where the site is published; canonical URLs, the sitemap and the feed use it.
  site: process.env.SITE_URL ?? 'https://corestride.example',
  trailingSlash: 'always',
  // Two content files resolving to one URL is a mistake, not a warning.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), preact(), sitemap(), pagefind()],
  vite: { plugins: [tailwindcss()] },
  server: { host: '127.0.0.1' },
});
