/**
 * The site as a static host serves it: dist/ with the headers of the generated dist/_headers
 * applied as Netlify and Cloudflare Pages apply them (e2e/support/static-host.ts). The header
 * policy and the pages' <meta> policy are both enforced, so every inline script must be allowed
 * by both: each journey runs with zero Content-Security-Policy violations.
 */
import { expect, test, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startStaticHost } from './support/static-host';

let host: Awaited<ReturnType<typeof startStaticHost>>;
test.beforeAll(async () => {
  host = await startStaticHost();
});
test.afterAll(async () => host.close());

/** Collects CSP violations the page reports, and the console's "Refused to …" lines. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) logged.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))];
}

test.describe('served with the generated _headers', () => {
  test('every page gets the header policy with frame-ancestors, and the same script hashes as its <meta>', async ({ page }) => {
    const response = await page.goto(`${host.origin}/log/`);
    const header = response!.headers()['content-security-policy']!;
    expect(header).toContain("frame-ancestors 'none'");
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const hashes = (p: string) => [...p.matchAll(/'sha256-[^']+'/g)].map((m) => m[0]).sort();
    expect(hashes(meta!).length).toBeGreaterThan(0);
    expect(hashes(header)).toEqual(hashes(meta!));
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('the log, the timer, the builder and search all start, with no CSP violation', async ({ page }) => {
    const violations = await watchViolations(page);

    await page.goto(`${host.origin}/log/`);
    await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
    await page.evaluate(() => {
      const startedAt = Date.now() - 3_600_000;
      const id = `seven-minute-core-${startedAt}`;
      const record = { v: 1, id, routineId: 'seven-minute-core', routineTitle: 'Seven-minute core', startedAt, finishedAt: startedAt + 480_000, activeMs: 470_000, steps: 9, rounds: 1, completed: true };
      localStorage.setItem(`corestride:workout:${id}`, JSON.stringify(record));
    });
    await page.reload();
    await expect(page.getByRole('region', { name: 'Every workout' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Export log' })).toBeEnabled();

    await page.goto(`${host.origin}/routines/seven-minute-core/`);
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page.getByRole('timer').first()).toBeVisible();
    await page.keyboard.press('Escape');

    await page.goto(`${host.origin}/routines/build/`);
    await expect(page.getByRole('searchbox', { name: 'Find an exercise' })).toBeEnabled();

    await page.goto(`${host.origin}/`);
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('glute bridge');
    await expect(dialog.locator('[data-search-results] > li').first().getByRole('link').first()).toHaveAttribute('href', '/exercises/glute-bridge/');

    expect(await violations()).toEqual([]);
  });

  test.describe('offline', () => {
    test.use({ serviceWorkers: 'allow' });
    test('the service worker registers, and a page opens again with no network', async ({ page, context }) => {
      const violations = await watchViolations(page);
      await page.goto(`${host.origin}/`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await context.setOffline(true);
      await page.goto(`${host.origin}/exercises/plank/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plank');
      expect(await violations()).toEqual([]);
    });
  });

  test('`npm start` (astro preview, which these tests run against) sends the same site-wide headers', async ({ request }) => {
    const fromPreview = (await request.get('/log/')).headers();
    const fromHost = (await request.get(`${host.origin}/log/`)).headers();
    expect(fromPreview['content-security-policy']).toBe(fromHost['content-security-policy']);
    expect(fromPreview['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('no other site can frame a page (so none can trick a click on Reset or Delete log)', async ({ page }) => {
    const framer = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(`<!doctype html><title>framer</title><iframe src="${host.origin}/log/" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((ok) => framer.listen(0, '127.0.0.1', ok));
    try {
      // Another origin: localhost instead of 127.0.0.1.
      await page.goto(`http://localhost:${(framer.address() as AddressInfo).port}/`);
      await page.waitForTimeout(0);
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      await expect.poll(() => frame.url()).not.toBe('about:blank');
      expect(await frame.locator('main').count()).toBe(0);
    } finally {
      await new Promise<void>((ok) => framer.close(() => ok()));
    }
  });
});
