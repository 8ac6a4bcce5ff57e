/**
 * Every URL in the sitemap, in a real browser, in light and dark mode: zero axe violations
 * (WCAG 2.0/2.1/2.2 A and AA), no request to any other host, no console error (a CSP
 * violation shows up there). Plus the JavaScript budgets and the printed routine card.
 */
import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const urls = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
// tests/dist/built-site.test.ts checks the sitemap lists the whole site; an empty one would make the crawl below vacuous.
if (urls.length < 40) throw new Error(`the sitemap lists ${urls.length} pages`);

/** Records requests to other hosts and console errors for the life of the page. */
function watch(page: Page, baseURL: string) {
  const foreign: string[] = [];
  const errors: string[] = [];
  const own = new URL(baseURL).host;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.host !== own) foreign.push(r.url());
  });
  // A failed load also logs a console error, without its address: record the address instead.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => errors.push(e.message));
  return { foreign, errors };
}

test.describe('every page in the sitemap', () => {
  test('the axe check finds violations when there are some (so its silence means something)', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      const faint = document.createElement('p');
      faint.textContent = 'Hard to read';
      faint.style.color = '#ccc';
      document.querySelector('main')!.append(img, faint);
    });
    const ids = (await axe(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  });

  // In chunks, so the two workers share the crawl; each page is loaded once and checked in both schemes.
  const chunks = 10;
  for (let c = 0; c < chunks; c++) {
    test(`part ${c + 1} of ${chunks}: accessible in light and dark mode, private, no errors`, async ({ page, baseURL }) => {
      // About ten pages a part; generous, so a loaded machine does not fail a check that passes.
      test.setTimeout(300_000);
      const seen = watch(page, baseURL!);
      const violations: string[] = [];
      for (const url of urls.filter((_, i) => i % chunks === c)) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(url, { waitUntil: 'load' });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const v of await axe(page)) violations.push(`${url} (${scheme}): ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
        }
      }
      expect(violations).toEqual([]);
      expect(seen.foreign).toEqual([]);
      expect(seen.errors).toEqual([]);
    });
  }

  test('the search dialog, open with results, is accessible and private', async ({ page, baseURL }) => {
    const seen = watch(page, baseURL!);
    await page.goto('/');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox', { name: 'Search' }).fill('plank');
    await expect(page.getByRole('dialog', { name: 'Search' }).locator('[data-search-results] > li').first()).toBeVisible();
    const violations = await axe(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
  });
});

test.describe('JavaScript before interaction (gzip)', () => {
  /** Script files fetched until the network is idle, and scripts inline in the HTML, gzipped one by one. */
  async function jsBytes(page: Page, url: string) {
    const bodies: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') bodies.push(r.body().then((b) => gzipSync(b).length));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const fetched = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    const inlineSources = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json').map((s) => s.textContent ?? ''),
    );
    const inline = inlineSources.reduce((n, src) => n + gzipSync(src).length, 0);
    return { fetched, inline, total: fetched + inline };
  }

  for (const url of ['/exercises/glute-bridge/', '/articles/why-runners-need-core-strength/', '/exercises/', '/']) {
    test(`${url}: at most 2 KB in all, the search trigger and the offline worker's registration`, async ({ page }) => {
      const { fetched, inline, total } = await jsBytes(page, url);
      expect(fetched).toBeGreaterThan(0);
      expect(inline).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(2 * 1024);
    });
  }

  test('the plan page: at most 30 KB in all, the form and the planner with Preact; the calendar writer loads only when asked for', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    const { total } = await jsBytes(page, '/plan/');
    await expect(page.getByRole('button', { name: 'Make my plan' })).toBeVisible();
    // ical-generator (about 9.8 KB gzip) is a chunk of its own, fetched by Add to calendar.
    expect(readdirSync(join(dist, '_astro')).filter((f) => /^calendar\.[\w-]+\.js$/.test(f))).toHaveLength(1);
    expect(scripts.filter((u) => /\/calendar\.[\w-]+\.js$/.test(u))).toEqual([]);
    expect(total).toBeLessThanOrEqual(30 * 1024);
  });

  test('a routine page: at most 15 KB in all, the timer with Preact included', async ({ page }) => {
    const { fetched, total } = await jsBytes(page, '/routines/back-and-core-circuit/');
    // The timer is in view at this size and hydrates as soon as its module runs.
    await expect(page.getByRole('region', { name: 'Workout timer' }).getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    expect(fetched).toBeGreaterThan(4 * 1024);
    expect(total).toBeLessThanOrEqual(15 * 1024);
  });
});

test('every routine prints as a one-page card with all its steps', async ({ page }) => {
  const routines = urls.filter((u) => /^\/routines\/[^/]+\/$/.test(u) && !u.includes('/build/'));
  expect(routines.length).toBeGreaterThanOrEqual(5);
  for (const url of routines) {
    await page.goto(url);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Workout timer' })).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount, url).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }
});
