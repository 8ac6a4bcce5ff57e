#!/usr/bin/env node
/**
 * Screenshots of built pages at phone (390×844) and desktop (1280×800) widths, for a person
 * to look at: `npm run screenshots -- /exercises/glute-bridge/ /routines/core-basics/`.
 * Serves dist/ with `astro preview`; writes screenshots/<name>-<width>.png.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const full = !args.includes('--top');
const paths = args.filter((a) => !a.startsWith('--'));
if (!paths.length) paths.push('/');
const port = 4400 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 400; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 100));
}
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('screenshots', { recursive: true });
try {
  for (const path of paths) {
    for (const [w, h] of [[390, 844], [1280, 800]]) {
      const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: dark ? 'dark' : 'light' });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      const file = `screenshots/${name}${dark ? '-dark' : ''}-${w}.png`;
      await page.screenshot({ path: file, fullPage: full });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
