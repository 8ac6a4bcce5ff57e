#!/usr/bin/env node
/**
 * `npm run figures`: writes figures/contact-sheet.png, every exercise's start and end pose in the
 * large figure's frame (dashed), the thumbnails at card size, a dark-mode strip, every named pose
 * and the animation frozen part-way; and figures/reduced-motion.png, the large figures as readers
 * who prefer reduced motion see them (start and end side by side). Rendered in the same Chromium
 * the tests use, so a person can review all the figures at once.
 *
 * `npm run figures -- side-plank russian-twist …` also writes figures/review.png: just those
 * exercises, each with its large start and end pose and its thumbnail at 64, 96 and 104 px (the
 * card's width) in light and dark mode, to judge a figure at the size lists and search show it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const reviewIds = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const outDir = join(root, 'figures');

const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});

let html;
let reducedHtml;
let reviewHtml;
try {
  const render = await vite.ssrLoadModule('/src/lib/figure/render.ts');
  const { readFigureFrontmatter } = await vite.ssrLoadModule('/src/lib/figure/frontmatter.ts');
  const { POSE_NAMES } = await vite.ssrLoadModule('/src/lib/figure/poses.ts');
  const { POSES } = await vite.ssrLoadModule('/src/lib/figure/library.ts');

  const dir = join(root, 'content/exercises');
  const exercises = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort()
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...readFigureFrontmatter(readFileSync(join(dir, f), 'utf8')) }));

  const esc = render.escapeXml;
  const opts = (id, size = 'large') => ({ size, title: id, idPrefix: id });
  let n = 0;
  const uid = () => `f${(n += 1)}`;

  const withFigure = exercises.filter((ex) => ex.figure);
  const cells = exercises
    .map((ex) => {
      if (!ex.figure) return `<section class="cell missing"><h2>${esc(ex.title)}</h2><p>No figure block</p></section>`;
      const f = ex.figure;
      try {
        const box = render.figureExtent(f, 'large');
        const meta = `${f.start} → ${f.end}${f.side ? ` · ${f.side}` : ''}${f.props.length ? ` · ${f.props.join(', ')}` : ''} · ${box.width.toFixed(0)}×${box.height.toFixed(0)}`;
        return `<section class="cell"><h2>${esc(ex.title)}</h2><p class="meta">${esc(meta)}</p><div class="pair">${render.renderPoseSvg(f, 'start', opts(uid()))}${render.renderPoseSvg(f, 'end', opts(uid()))}</div></section>`;
      } catch (error) {
        return `<section class="cell missing"><h2>${esc(ex.title)}</h2><p>${esc(String(error))}</p></section>`;
      }
    })
    .join('');

  // the animation frozen part-way: every moving element paused at the moment the movement reaches t
  const moving = withFigure
    .map((ex) => {
      const frames = [0.25, 0.5, 0.75]
        .map((t) => `<div class="frozen" style="--d:-${render.secondsToProgress(t).toFixed(3)}s">${render.renderFigureSvg(ex.figure, opts(uid()))}</div>`)
        .join('');
      return `<section class="cell"><h2>${esc(ex.title)}</h2><div class="trio">${frames}</div></section>`;
    })
    .join('');

  const weightFor = (name) =>
    name.startsWith('split-stance') ? ['kettlebell'] : name.startsWith('step-') ? ['step'] : /^(stand|hinge|squat|lunge)/.test(name) ? ['dumbbell'] : [];
  const poses = POSE_NAMES.map((name) => {
    const props = POSES[name].ball ? [] : ['mat', ...weightFor(name)];
    const f = { start: name, end: name, props, alt: name };
    return `<section class="pose"><h3>${esc(name)}</h3>${render.renderPoseSvg(f, 'end', opts(uid()))}</section>`;
  }).join('');

  const thumbs = withFigure
    .map((ex) => `<figure>${render.renderFigureSvg(ex.figure, opts(uid(), 'thumb'))}<figcaption>${esc(ex.title)}</figcaption></figure>`)
    .join('');
  const dark = withFigure
    .slice(0, 8)
    .map((ex) => `<figure>${render.renderPoseSvg(ex.figure, 'end', opts(uid(), 'thumb'))}<figcaption>${esc(ex.title)}</figcaption></figure>`)
    .join('');
  const reduced = withFigure
    .map((ex) => `<section class="cell"><h2>${esc(ex.title)}</h2>${render.renderFigureSvg(ex.figure, opts(uid()))}</section>`)
    .join('');

  html = `<!doctype html><html><head><meta charset="utf-8"><style>
:root{--color-brand-500:oklch(0.62 0.13 165);--color-brand-600:oklch(0.52 0.12 165);--color-brand-700:oklch(0.44 0.10 165);--color-accent-500:oklch(0.70 0.17 45);
--surface:#fff;--surface-2:oklch(0.975 0.005 165);--ink:oklch(0.22 0.02 250);--ink-muted:oklch(0.42 0.02 250);--line:oklch(0.88 0.01 250)}
.dark{--surface:oklch(0.19 0.015 250);--surface-2:oklch(0.24 0.02 250);--ink:oklch(0.95 0.01 250);--ink-muted:oklch(0.78 0.02 250);--line:oklch(0.36 0.02 250);background:var(--surface);color:var(--ink)}
body{margin:0;padding:16px;font:14px system-ui,sans-serif;color:var(--ink);background:var(--surface);width:1560px}
h1{font-size:20px;margin:8px 0 12px}h2{font-size:15px;margin:0}h3{font-size:12px;margin:0;font-weight:600}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}
.cell{border:1px solid var(--line);border-radius:8px;padding:8px;background:var(--surface)}
.cell.missing{background:#fee}
.meta{margin:2px 0 4px;color:var(--ink-muted);font-size:12px}
.pair{display:flex;gap:4px}.pair svg{width:50%;height:auto;border:1px dashed var(--line)}
.poses{display:grid;grid-template-columns:repeat(6,1fr);gap:8px}.pose{border:1px solid var(--line);border-radius:6px;padding:4px}.pose svg{width:100%;height:auto}
.thumbs{display:flex;flex-wrap:wrap;gap:10px;padding:10px;border-radius:8px}.thumbs figure{margin:0;width:104px;font-size:11px}.thumbs svg{display:block;width:100%;height:auto;outline:1px dashed var(--line)}
.pair{align-items:flex-end}.trio{display:flex;gap:4px;align-items:flex-end}.frozen{width:33.3%}.frozen svg,.cell>svg{display:block;width:100%;height:auto;border:1px dashed var(--line)}
.frozen .cfm{animation-delay:var(--d)!important;animation-play-state:paused!important}
.reviews{display:grid;grid-template-columns:repeat(2,1fr);gap:10px}.review{border:1px solid var(--line);border-radius:8px;padding:8px}.review .pair svg{max-height:260px}.pair.three>*{width:33.3%}.pair.three .frozen svg{width:100%;border:1px dashed var(--line)}.review .dark{padding:4px 0}.review .thumbs{align-items:flex-end}
</style></head><body>
<h1>CoreStride exercise figures: start and end poses (${exercises.length} exercises)</h1>
<div class="grid">${cells}</div>
<h1>Thumbnails (actual size, end pose)</h1><div class="thumbs">${thumbs}</div>
<h1>Dark mode</h1><div class="thumbs dark">${dark}</div>
<h1>Every named pose</h1><div class="poses">${poses}</div>
<h1>In motion: the animation frozen at t = ¼, ½, ¾</h1><div class="grid">${moving}</div>
</body></html>`;
  const unknown = reviewIds.filter((id) => !withFigure.some((ex) => ex.id === id));
  if (unknown.length) throw new Error(`figures: no exercise with a figure called ${unknown.join(', ')}`);
  const reviewRows = reviewIds
    .map((id) => {
      const ex = withFigure.find((e) => e.id === id);
      const f = ex.figure;
      const sizes = [64, 96, 104]
        .map((w) => `<figure style="width:${w}px">${render.renderFigureSvg(f, opts(uid(), 'thumb'))}<figcaption>${w}px</figcaption></figure>`)
        .join('');
      // start, the animation frozen at its midpoint, end: in light, then in dark
      const large = () =>
        `<div class="pair three">${render.renderPoseSvg(f, 'start', opts(uid()))}<div class="frozen" style="--d:-${render.secondsToProgress(0.5).toFixed(3)}s">${render.renderFigureSvg(f, opts(uid()))}</div>${render.renderPoseSvg(f, 'end', opts(uid()))}</div>`;
      return (
        `<section class="review"><h2>${esc(ex.title)}</h2><p class="meta">${esc(`${f.start} → midway → ${f.end}`)}</p>` +
        `${large()}<div class="dark">${large()}</div>` +
        `<div class="thumbs">${sizes}</div><div class="thumbs dark">${sizes.replace(/id="f(\d+)/g, 'id="d$1').replace(/"f(\d+)-/g, '"d$1-')}</div></section>`
      );
    })
    .join('');
  reviewHtml = html.replace(/<body>[\s\S]*<\/body>/, `<body><div class="reviews">${reviewRows}</div></body>`);
  reducedHtml = html.replace(/<body>[\s\S]*<\/body>/, `<body><h1>Reduced motion: the large figures, start and end side by side</h1><div class="grid">${reduced}</div></body>`);
} finally {
  await vite.close();
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'contact-sheet.html'), html);

const { chromium } = await import('playwright');
// Debian's Chromium where it exists, as playwright.config.ts does; Playwright's own elsewhere
const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  ...(system ? { executablePath: system } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1592, height: 1000 }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: join(outDir, 'contact-sheet.png'), fullPage: true });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setContent(reducedHtml, { waitUntil: 'load' });
  await page.screenshot({ path: join(outDir, 'reduced-motion.png'), fullPage: true });
  if (reviewIds.length) {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.setContent(reviewHtml, { waitUntil: 'load' });
    await page.screenshot({ path: join(outDir, 'review.png'), fullPage: true });
    for (const [i, id] of reviewIds.entries()) await page.locator('.review').nth(i).screenshot({ path: join(outDir, `review-${id}.png`) });
  }
} finally {
  await browser.close();
}
console.log(`figures: wrote ${join('figures', 'contact-sheet.png')} and ${join('figures', 'reduced-motion.png')}${reviewIds.length ? ` and ${join('figures', 'review.png')}` : ''}`);
