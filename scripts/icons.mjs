#!/usr/bin/env node
/**
 * Draws the app icons the web manifest lists, as PNGs, from the two SVGs in public/icons/:
 * icon.svg (rounded, transparent corners) and icon-maskable.svg (full bleed, the mark inside
 * the central 80% that launchers may crop to a circle). Chromium renders each SVG at the
 * size wanted and screenshots it. Run `node scripts/icons.mjs` after changing an SVG, and
 * commit the PNGs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dir = join(import.meta.dirname, '..', 'public', 'icons');
const icons = [
  { svg: 'icon.svg', size: 192, png: 'icon-192.png' },
  { svg: 'icon.svg', size: 512, png: 'icon-512.png' },
  { svg: 'icon-maskable.svg', size: 512, png: 'icon-maskable-512.png' },
  // iOS rounds the corners itself and shows transparency as black.
  { svg: 'icon-maskable.svg', size: 180, png: 'apple-touch-icon.png' },
];

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { svg, size, png } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${readFileSync(join(dir, svg)).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block">`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(dir, png), omitBackground: true });
    console.log(`public/icons/${png}`);
    await page.close();
  }
} finally {
  await browser.close();
}
