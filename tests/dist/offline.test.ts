/**
 * The offline worker as built: what dist/sw.js precaches and how _headers has hosts cache it.
 * No browser needed; e2e/offline.spec.ts runs the worker itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', '..', 'dist');
if (!existsSync(join(dist, 'sw.js'))) throw new Error(`no built site in ${dist}: run astro build first`);

describe('offline', () => {
  it('every page, asset and the Pagefind index are in the precache', () => {
    const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!));
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => `${new URL(m[1]!).pathname.slice(1)}index.html`);
    expect(pages.length).toBeGreaterThan(40);
    for (const file of [...pages, '404.html', 'offline/index.html', 'manifest.webmanifest', 'icons/icon-512.png', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']) {
      expect(precached, file).toContain(file);
    }
    for (const kind of ['fragment/', 'index/', 'filter/']) expect([...precached].some((u) => u.startsWith(`pagefind/${kind}`)), kind).toBe(true);
    expect([...precached].filter((u) => u.startsWith('_astro/')).length).toBeGreaterThan(5);
  });

  it('_headers has hosts revalidate sw.js on every visit and keep hashed assets for a year', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/sw\.js\n\s+Cache-Control: no-cache$/m);
    expect(headers).toMatch(/^\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable$/m);
  });
});
