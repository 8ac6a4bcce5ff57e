/**
 * The README's nginx snippet (deploy/nginx.conf, written by `astro build` from the same policy as
 * dist/_headers) really serves the site: Debian's nginx runs it on a free port and a journey runs
 * with no CSP violation. Skipped, saying why, where nginx is not installed (`apt-get install nginx`).
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist } from './support/static-host';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p));
const snippet = join(import.meta.dirname, '..', 'deploy', 'nginx.conf');

const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

test.describe('deploy/nginx.conf', () => {
  test.skip(!NGINX, 'nginx is not installed here (apt-get install nginx), so the nginx snippet is not tried');

  let nginx: ChildProcess;
  let origin = '';
  let dir = '';
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'corestride-nginx-'));
    const port = await freePort();
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
    writeFileSync(
      join(dir, 'nginx.conf'),
      `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log; events {}
http { include /etc/nginx/mime.types; access_log off; ${temp}
  server { listen 127.0.0.1:${port}; root ${dist}; include ${snippet}; } }`,
    );
    nginx = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
    origin = `http://127.0.0.1:${port}`;
    await expect.poll(() => fetch(`${origin}/`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
  });
  test.afterAll(() => {
    nginx?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves pages with the policy, frame-ancestors and cache rules, and the timer starts with no CSP violation', async ({ page, request }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`${origin}/routines/seven-minute-core/`);
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page.getByRole('timer').first()).toBeVisible();

    const sw = await request.get(`${origin}/sw.js`);
    expect(sw.headers()['cache-control']).toBe('no-cache');
    expect(sw.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const manifest = await request.get(`${origin}/manifest.webmanifest`);
    expect(manifest.headers()['content-type']).toContain('application/manifest+json');
    expect((await request.get(`${origin}/no-such-page/`)).status()).toBe(404);
    expect(violations).toEqual([]);
  });
});
