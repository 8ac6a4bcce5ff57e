/**
 * Checks over every page of the built site in dist/: valid HTML, links that resolve, every
 * page reachable from the home page, byte budgets, and the SEO basics. No browser needed, so
 * Vitest runs them once dist/ is built (scripts/test.mjs).
 */
import { PAGE_CSS_GZIP_BUDGET, PAGE_HTML_GZIP_BUDGET } from '../../src/lib/deploy/budgets';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';

const dist = join(import.meta.dirname, '..', '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}: run astro build first`);
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

function htmlFiles(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
const pages = htmlFiles().map((file) => {
  const rel = relative(dist, file);
  const url = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
  return { file, url, html: readFileSync(file, 'utf8') };
});
// The 404 and offline pages answer a situation: they are kept out of the sitemap and search engines.
const contentPages = pages.filter((p) => p.url !== '/404.html' && !p.html.includes('<meta name="robots" content="noindex">'));

/** Where a site-relative URL lands in dist/, or null when nothing is there. */
function resolve(url: string): string | null {
  const path = decodeURI(url.split(/[?#]/)[0]!);
  const candidates = path.endsWith('/') ? [join(dist, path, 'index.html')] : [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const attrUrls = (html: string) => {
  const urls: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) urls.push(m[1]!);
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g)) urls.push(...m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!));
  return urls.map((u) => u.replace(/&amp;/g, '&'));
};
const isInternal = (u: string) => u.startsWith('/') && !u.startsWith('//');

// Validating every page's HTML takes 20 s on a quiet machine and over a minute on a loaded one.
describe('the built site', { timeout: 180_000 }, () => {
  it('has the pages it should', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const path of ['/', '/exercises/', '/routines/', '/articles/', '/search/', '/404.html']) expect(resolve(path), path).not.toBeNull();
  });

  it('every page is valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      // Astro injects `<style>astro-island…</style>` before the first island, inside <body>; not ours to move.
      const html = page.html.replace(/<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/, '');
      const report = await validator.validateString(html, page.file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${page.url} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('every internal href, src and srcset resolves, and every #fragment exists', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const url of attrUrls(page.html)) {
        checked++;
        if (url.startsWith('#')) {
          if (url.length > 1 && !page.html.includes(`id="${url.slice(1)}"`)) broken.push(`${page.url} → ${url}`);
          continue;
        }
        if (!isInternal(url)) continue;
        const target = resolve(url);
        if (!target) broken.push(`${page.url} → ${url}`);
        else if (url.includes('#') && target.endsWith('.html')) {
          const id = url.split('#')[1]!;
          // The builder reads its state from the fragment (#r=…, #try=…): not an element's id.
          if (id.includes('=')) continue;
          if (id && !readFileSync(target, 'utf8').includes(`id="${id}"`)) broken.push(`${page.url} → ${url} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 20);
  });

  it('every page can be reached from the home page by following links (no orphans)', () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length) {
      const url = queue.shift()!;
      const file = resolve(url);
      if (!file?.endsWith('.html')) continue;
      for (const href of attrUrls(readFileSync(file, 'utf8'))) {
        if (!isInternal(href)) continue;
        const clean = href.split(/[?#]/)[0]!;
        if (!seen.has(clean) && resolve(clean)?.endsWith('.html')) {
          seen.add(clean);
          queue.push(clean);
        }
      }
    }
    const orphans = contentPages.map((p) => p.url).filter((u) => !seen.has(u));
    expect(orphans).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(contentPages.length);
  });

  it('keeps to the byte budgets: HTML ≤ 30 KB and CSS ≤ 15 KB per page, gzipped', () => {
    const over: string[] = [];
    for (const page of pages) {
      const html = gzipSync(page.html).length;
      if (html > PAGE_HTML_GZIP_BUDGET) over.push(`${page.url} HTML ${kb(html)} KB`);
      const css = [...page.html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + gzipSync(readFileSync(resolve(m[1]!)!)).length, 0);
      if (css > PAGE_CSS_GZIP_BUDGET) over.push(`${page.url} CSS ${kb(css)} KB`);
    }
    expect(over).toEqual([]);
  });

  it('every page has a unique title and description, a canonical URL, Open Graph and Twitter tags', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    const problems: string[] = [];
    for (const page of contentPages) {
      const title = page.html.match(/<title>([^<]+)<\/title>/)?.[1];
      const description = page.html.match(/<meta name="description" content="([^"]+)"/)?.[1];
      if (!title || !description) problems.push(`${page.url}: missing title or description`);
      if (title && titles.has(title)) problems.push(`${page.url}: same title as ${titles.get(title)}`);
      if (description && descriptions.has(description)) problems.push(`${page.url}: same description as ${descriptions.get(description)}`);
      if (title) titles.set(title, page.url);
      if (description) descriptions.set(description, page.url);
      const canonical = page.html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      if (!canonical || new URL(canonical).pathname !== page.url) problems.push(`${page.url}: canonical ${canonical}`);
      for (const tag of ['property="og:title"', 'property="og:description"', 'property="og:url"', 'name="twitter:card"', 'name="twitter:title"']) {
        if (!page.html.includes(tag)) problems.push(`${page.url}: no ${tag}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('exercise, routine and article pages carry JSON-LD of the right type', () => {
    const want: Record<string, string> = { exercises: 'HowTo', routines: 'HowTo', articles: 'Article' };
    let checked = 0;
    for (const page of contentPages) {
      const [, section, slug, rest] = page.url.split('/');
      if (!section || !want[section] || !slug || rest === undefined || rest !== '' || page.url.split('/').length !== 4) continue;
      // The routine builder is a tool, not a routine: it has no steps of its own to describe.
      if (page.url === '/routines/build/') continue;
      // Page 2, 3… of a long list (/exercises/2/) is a list, not a guide.
      if (/^\d+$/.test(slug)) continue;
      const json = page.html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1];
      expect(json, page.url).toBeTruthy();
      const data = JSON.parse(json!);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type'], page.url).toBe(want[section]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(21 + 5 + 5);
  });

  it('publishes a sitemap, robots.txt and an RSS feed of the articles', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap.match(/<loc>/g)?.length).toBeGreaterThan(40);
    for (const page of contentPages) expect(sitemap, page.url).toContain(`${page.url}</loc>`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap:');
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const articles = contentPages.filter((p) => /^\/articles\/[^/]+\/$/.test(p.url));
    expect(articles.length).toBeGreaterThanOrEqual(5);
    expect(rss.match(/<item>/g)?.length).toBe(articles.length);
  });

  it('every page carries a Content-Security-Policy without unsafe-inline for scripts, and _headers repeats it', () => {
    for (const page of pages) {
      const csp = page.html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      expect(csp, page.url).toBeTruthy();
      const script = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(script, page.url).not.toContain('unsafe-inline');
      expect(csp).toContain("default-src 'self'");
    }
    // The header policy a host sends allows every inline script the pages' own policy allows.
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    const header = headers.match(/Content-Security-Policy: (.+)/)![1]!;
    const hashes = (p: string) => new Set(p.match(/'sha256-[^']+'/g));
    for (const page of pages) {
      const meta = page.html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)![1]!;
      for (const h of hashes(meta)) expect(hashes(header), page.url).toContain(h);
    }
    expect(header).toContain("frame-ancestors 'none'");
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});
