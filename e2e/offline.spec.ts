/**
 * The installable, offline site: after one visit the service worker (dist/sw.js, written by
 * src/integrations/offline.ts) serves every page, the timer and search with no network, and
 * a new version waits for the reader's Reload instead of mixing old pages with new files.
 */
import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');

/** Opens a page and waits until the service worker is installed and active. */
async function firstVisit(page: Page, path = '/') {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Whether a fetch from the page gets any answer at all (a 404 is an answer). */
const reaches = (page: Page, url: string) => page.evaluate((u) => fetch(u).then(() => true, () => false), url);

test.describe('offline', () => {
  // The one spec that wants the service worker (playwright.config.ts blocks it elsewhere).
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, a routine never opened before runs its timer, and search finds "glute bridge", with no network', async ({ page, context }) => {
    await page.clock.install({ time: new Date('2026-11-22T07:00:00Z') });
    await firstVisit(page);
    await context.setOffline(true);

    await page.goto('/routines/seven-minute-core/');
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    // Really offline, for the page and its worker alike: what is not precached does not load.
    expect(await reaches(page, '/not-precached/')).toBe(false);

    const timer = page.getByRole('region', { name: 'Workout timer' });
    await timer.scrollIntoViewIfNeeded();
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await page.clock.pauseAt(new Date('2026-11-22T07:01:00Z'));
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText(/^Next: /);
    await expect(timer.getByRole('timer')).toHaveText('5');
    await page.clock.runFor(5_000);
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Plank');
    await page.clock.runFor(4_000);
    await expect(timer.getByRole('timer')).toHaveText('26');
    await page.clock.resume();

    // A query string is no obstacle: /search/?q=… is the precached /search/index.html.
    await page.goto('/search/?q=glute%20bridge');
    const main = page.getByRole('main');
    await expect(main.getByRole('searchbox', { name: 'Search' })).toHaveValue('glute bridge');
    await expect(main.getByRole('status')).toContainText('for “glute bridge”');
    const first = main.getByRole('listitem').first().getByRole('link').first();
    await expect(first).toHaveAccessibleName(/^Exercise Beginner Glute bridge /);
    await expect(first).toHaveAttribute('href', '/exercises/glute-bridge/');
  });

  test('offline, a page that is not saved says so and links to what is; online, a missing page is still a 404', async ({ page, context }) => {
    await firstVisit(page);
    await page.goto('/exercises/no-such-exercise/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page took a wrong turn');

    await context.setOffline(true);
    await page.goto('/exercises/no-such-exercise/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No connection, and this page is not saved');
    expect(page.url()).toMatch(/\/exercises\/no-such-exercise\/$/);
    const violations = await axe(page);
    expect(violations.map((v) => v.id)).toEqual([]);
    // Its links lead to saved pages.
    await page.getByRole('main').getByRole('link', { name: 'Start a routine' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Routines');
  });

  test('the site is installable: a manifest with the brand colours and icons that load', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({ name: 'CoreStride', start_url: '/', display: 'standalone' });
    // The colours are the site's own: --color-brand-700 and the light --surface, as the browser paints them.
    const painted = await page.evaluate(() =>
      ['var(--color-brand-700)', 'var(--surface)'].map((colour) => {
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.color = colour;
        const canvas = document.createElement('canvas').getContext('2d')!;
        canvas.fillStyle = getComputedStyle(probe).color;
        probe.remove();
        canvas.fillRect(0, 0, 1, 1);
        return `#${[...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      }),
    );
    expect([manifest.theme_color, manifest.background_color]).toEqual(painted);
    expect(await page.locator('meta[name="theme-color"]').first().getAttribute('content')).toBe(manifest.theme_color);
    const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  });


  // Playwright cannot route the browser's own fetch of a service worker script, so this test
  // serves dist/ itself, on an origin of its own, and can deploy a new release to it.
  test('a new release waits for the reader: the prompt, then Reload brings the new pages, once', async ({ page }) => {
    const host = await serveDist();
    try {
      await firstVisit(page, `${host.url}/`);
      await page.goto(`${host.url}/exercises/`);
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      const prompt = page.getByRole('status').filter({ hasText: 'A new version of CoreStride is available' });
      await expect(prompt).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercise guides');

      host.deploy();
      // The next visit finds the new worker, which installs and waits.
      await page.goto(`${host.url}/routines/`);
      await expect(prompt).toBeVisible({ timeout: 15_000 });
      // Until the reader says so, pages come from the release they started with.
      await page.goto(`${host.url}/exercises/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercise guides');
      await expect(prompt).toBeVisible();

      let navigations = 0;
      page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++);
      await prompt.getByRole('button', { name: 'Reload' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercise guides, next release');
      await expect(prompt).toBeHidden();
      // Reloaded once, not in a loop: once the page is loaded under the active worker and no other
      // worker is installing or waiting, nothing is left that could take over and reload it again.
      await expect
        .poll(() =>
          page
            .evaluate(async () => {
              const r = await navigator.serviceWorker.getRegistration();
              return document.readyState === 'complete' && !!r?.active && !r.waiting && !r.installing && navigator.serviceWorker.controller === r.active;
            })
            .catch(() => false),
        )
        .toBe(true);
      expect(navigations).toBe(1);
    } finally {
      await host.close();
    }
  });
});

/**
 * dist/ over HTTP, as a static host serves it, until `deploy()`: from then on a next release,
 * whose exercise index has a new heading and whose sw.js precaches that page's new revision.
 */
async function serveDist() {
  let released = false;
  const next: Record<string, (text: string) => string> = {
    'exercises/index.html': (html) => html.replace(/(<h1[^>]*>)Exercise guides/, '$1Exercise guides, next release'),
    'sw.js': (sw) => sw.replace(/(url:"exercises\/index\.html",revision:")[0-9a-f]+/, '$1next'),
  };
  for (const [file, change] of Object.entries(next)) {
    if (change(readFileSync(join(dist, file), 'utf8')) === readFileSync(join(dist, file), 'utf8')) throw new Error(`the next release does not change ${file}`);
  }
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.xml': 'application/xml',
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://host').pathname);
    const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const rel = relative(dist, file);
    const body = released && next[rel] ? next[rel](readFileSync(file, 'utf8')) : readFileSync(file);
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: () => void (released = true),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
