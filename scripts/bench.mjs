#!/usr/bin/env node
/**
 * `npm run bench`: measures the site and writes bench/RESULTS.md. A report, not a test:
 * nothing here passes or fails, it only records numbers to compare over time.
 *
 * What it measures, and how:
 *  1. Build time and Pagefind index time of the real site: `astro build` run 3 times, each from
 *     a clean cache (dist/, .astro/, node_modules/.astro and node_modules/.vite removed), timing
 *     the whole process and parsing Astro's "N page(s) built in Xs" and the Pagefind
 *     integration's "indexed N pages in X ms", and the CPU time of the build process tree (bash
 *     `times`), which a busy machine inflates far less than wall time. Medians are reported.
 *  2. Bytes per page type, read from dist/ after the last build: the HTML, its stylesheets, and
 *     the JavaScript loaded before interaction (module scripts in the HTML plus their static
 *     imports, followed recursively with es-module-lexer; on the routine page also each
 *     astro-island's component-url and renderer-url and their static imports). Each file is
 *     gzipped on its own at level 9 (node:zlib), as a browser fetches them one by one.
 *  3. Pagefind index size: every file under dist/pagefind, raw and gzip -9.
 *  4. Against `astro preview` of that build (a free port in 4700-4799):
 *     - Lighthouse 13.5.0 (mobile, system Chromium) for home, an exercise, a routine and an
 *       article, run on demand with `npx -y lighthouse@13.5.0` so it stays out of package.json.
 *       3 runs per page, keeping the run with the median performance score; its scores and
 *       every audit scoring below 1 are reported. The JSON reports go to bench/out/.
 *     - First-search bytes and requests: in a fresh context, the home page loads, then the
 *       search dialog opens and "glute bridge" is typed; every request from opening the dialog
 *       to the results being shown is counted (Pagefind, search code, thumbnails), with
 *       transfer, decoded and gzip -9 sizes; then the same for each of the search box's starting
 *       points, for the spread (one query's chunks are one draw). `npm run bench -- --first-search`
 *       measures only this and the index size, against the current dist/, and prints them
 *       instead of writing RESULTS.md.
 *  5. Timer engine throughput: src/lib/timer/{plan,engine}.ts bundled with esbuild into a temp
 *     .mjs, then `snapshot()` called across a whole back-and-core-circuit workout; median of 7
 *     runs, per second of the process's CPU time.
 *  6. Build scaling: copies of the project in the temp dir whose content/exercises/ holds 200
 *     and 2,000 exercises (the real ones plus numbered clones with unique slugs and titles;
 *     easier/harder links point at clones of the same batch, so the ladders stay valid and
 *     routines and articles keep pointing at the real exercises). Timed like step 1, up to 3
 *     builds each (fewer once the bench has run 8 minutes), reporting the marginal cost per page.
 *
 *  7. Battery, against the same preview (also alone: `-- --figure`, `-- --workout-cpu`):
 *     - the guide page's main-thread ms over 12 s from load (CDP Performance.getMetrics), with
 *       the figure moving, scrolled off screen, and still (prefers-reduced-motion);
 *     - renderer CPU per minute (CDP SystemInfo.getProcessInfo, each page's own renderer process)
 *       of a workout running full screen for its first three minutes, side by side with its
 *       floor over the same minutes: with sound and voice off beside a minimal page repainting one
 *       number a second (and beside the same workout with its floor view not drawn: its JavaScript
 *       alone), with them on beside the same page playing the timer's quiet loop.
 *
 * Byte figures are deterministic (same build, same bytes); times are medians and vary with
 * the machine and its load. Runs in about 10 to 14 minutes on 2 cores. Run it with
 * `npm run bench`, so that the project's own Node (24) runs it and the builds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** Raw outputs (build logs, Lighthouse JSON): kept for digging, ignored by git. */
const OUT = join(ROOT, 'bench/out');
const RESULTS = join(ROOT, 'bench/RESULTS.md');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CHROMIUM = '/usr/bin/chromium';
const LIGHTHOUSE = 'lighthouse@13.5.0';
const GZIP_LEVEL = 9;

/** The pages measured for bytes; the first four also go through Lighthouse. */
const PAGES = [
  { name: 'Home', url: '/', lighthouse: true },
  { name: 'Exercise guide', url: '/exercises/glute-bridge/', lighthouse: true },
  { name: 'Routine', url: '/routines/back-and-core-circuit/', lighthouse: true },
  { name: 'Article', url: '/articles/why-runners-need-core-strength/', lighthouse: true },
  { name: 'Exercises list', url: '/exercises/', lighthouse: false },
  { name: 'Search', url: '/search/', lighthouse: false },
];
const SEARCH_QUERY = 'glute bridge';
/**
 * The first search's cost depends on which index chunks its words fall in, so one query is one
 * draw: the same measurement runs again for each of the search box's starting points (the queries
 * the empty dialog offers, from src/lib/search/query.ts), and the report gives their spread.
 */
const { SUGGESTED_QUERIES } = await import(pathToFileURL(join(ROOT, 'src/lib/search/query.ts')).href);
const REAL_SITE_RUNS = 3;
/** Lighthouse runs per page; the report keeps the run with the median performance score. */
const LIGHTHOUSE_RUNS = 3;
/** Generated library sizes, each built up to 3 times. */
const LIBRARIES = [200, 2000];
const LIBRARY_RUNS = 3;
/** Past this much bench time, generated libraries stop adding builds (each keeps at least one). */
const BUDGET_MS = 8 * 60_000;

// ---------------------------------------------------------------------------------------------
// Small helpers

const gzipSize = (bytes) => gzipSync(bytes, { level: GZIP_LEVEL }).length;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => (bytes / 1024).toFixed(1);
const int = (n) => Math.round(n).toLocaleString('en-US');
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');
const log = (message) => console.log(`[bench] ${message}`);

/** Runs one section; a failure is written into the report instead of stopping the bench. */
async function section(title, run) {
  log(title);
  const started = performance.now();
  try {
    const result = await run();
    log(`${title}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    console.error(`[bench] ${title} failed:`, error);
    return { error: String(error?.stack ?? error) };
  }
}

/** Every file under a directory, recursively. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Attributes of one start tag, e.g. `<script type="module" src="/x.js">`. */
function attributesOf(tag) {
  const attributes = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    attributes[m[1].toLowerCase()] = m[2]?.replace(/^["']|["']$/g, '').replace(/&amp;/g, '&') ?? '';
  }
  return attributes;
}

/**
 * Runs `astro build` in `cwd` under bash, whose `times` then gives the CPU time (user + sys) of
 * the build and of every process it waited for, Pagefind's included. Unlike wall time, CPU time
 * hardly moves when other work shares the machine. Resolves with the output and both times.
 */
function runBuild(cwd, logFile) {
  const timesFile = join(os.tmpdir(), `corestride-bench-times-${process.pid}`);
  rmSync(timesFile, { force: true });
  const script = '"$@"; status=$?; times > "$TIMES_FILE"; exit $status';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', script, 'bench', process.execPath, ASTRO, 'build'], {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', CI: 'true', TIMES_FILE: timesFile },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      output = stripAnsi(output);
      writeFileSync(logFile, output);
      if (code !== 0) return reject(new Error(`astro build exited ${code} in ${cwd}:\n${output.slice(-3000)}`));
      // `times` prints the shell's own user/sys, then its children's: "0m4.210s 0m0.730s".
      const children = existsSync(timesFile) ? readFileSync(timesFile, 'utf8').trim().split('\n').at(-1) : '';
      const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60_000 + Number(m[2]) * 1000, 0);
      rmSync(timesFile, { force: true });
      resolve({ output, wallMs, cpuMs: cpuMs || null });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Build timing

/** One clean `astro build` of the project at `cwd`, with the figures Astro and Pagefind log. */
async function timedBuild(cwd, logFile) {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(cwd, dir), { recursive: true, force: true });
  }
  const { output, wallMs, cpuMs } = await runBuild(cwd, logFile);
  const built = output.match(/(\d+) page\(s\) built in (.+)/);
  const indexed = output.match(/indexed (\d+) pages in (\d+) ms/);
  const buildMs = built && parseDuration(built[2]);
  if (!built || buildMs === null || !indexed) throw new Error(`could not find the build and index lines in ${logFile}`);
  return {
    pages: Number(built[1]),
    buildMs,
    wallMs,
    cpuMs,
    indexedPages: Number(indexed[1]),
    indexMs: Number(indexed[2]),
  };
}

/** Astro's durations: "850ms", "5.64s", "1m 17s". Null when the text is none of those. */
function parseDuration(text) {
  const m = text.trim().match(/^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return Number(m[1] ?? 0) * 60_000 + Number(m[2] ?? 0) * (m[3] === 'ms' ? 1 : 1000);
}

/**
 * Builds up to `runs` times, stopping early once `deadline` (a performance.now() value) has
 * passed; reports the median of each figure and how many runs it took.
 */
async function buildSeries(cwd, runs, label, deadline = Infinity) {
  const results = [];
  for (let i = 1; i <= runs; i++) {
    const run = await timedBuild(cwd, join(OUT, `build-${label}-${i}.log`));
    log(`  ${label} build ${i}/${runs}: ${run.pages} pages, astro ${int(run.buildMs)} ms, wall ${int(run.wallMs)} ms, cpu ${int(run.cpuMs ?? 0)} ms, pagefind ${run.indexMs} ms`);
    results.push(run);
    if (performance.now() > deadline) break;
  }
  const pick = (key) => median(results.map((r) => r[key]));
  return {
    largestHtml: largestHtmlPage(join(cwd, 'dist')),
    runs: results.length,
    pages: results[0].pages,
    indexedPages: results[0].indexedPages,
    buildMs: pick('buildMs'),
    wallMs: pick('wallMs'),
    cpuMs: results.every((r) => r.cpuMs) ? pick('cpuMs') : null,
    indexMs: pick('indexMs'),
  };
}

/** The built page with the most HTML once gzipped: per-page weight must not grow with the library. */
function largestHtmlPage(dist) {
  let largest = { path: '', gzip: 0 };
  for (const file of filesUnder(dist).filter((f) => f.endsWith('.html'))) {
    const gzip = gzipSize(readFileSync(file));
    if (gzip > largest.gzip) largest = { path: `/${relative(dist, file)}`.replace(/index\.html$/, ''), gzip };
  }
  return largest;
}

// ---------------------------------------------------------------------------------------------
// Generated libraries

/**
 * A copy of the project in the temp dir with `count` exercises: the real ones plus clones
 * named "<title> (copy k)" at "<slug>-copy-k". Clones of batch k link easier/harder to the
 * batch-k clone of the same target, and drop a link whose clone was not made (the last batch
 * is partial), so references resolve and link both ways, as the build requires.
 * node_modules is a real folder of symlinks to the worktree's packages, so each copy keeps its
 * own caches (node_modules/.astro, node_modules/.vite) and never touches the worktree's.
 */
function generateLibrary(count) {
  const dir = join(os.tmpdir(), `corestride-bench-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'src', 'content']) {
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }

  const exerciseDir = join(dir, 'content/exercises');
  const real = readdirSync(exerciseDir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .sort()
    .map((file) => ({ slug: file.replace(/\.mdx$/, ''), source: readFileSync(join(exerciseDir, file), 'utf8') }));
  if (count < real.length) throw new Error(`a library of ${count} is smaller than the real one (${real.length})`);

  // Which clones exist, batch by batch, so links can point at the same batch.
  const clones = [];
  for (let k = 2; real.length + clones.length < count; k++) {
    for (const exercise of real) {
      if (real.length + clones.length === count) break;
      clones.push({ ...exercise, batch: k });
    }
  }
  const made = new Set(clones.map((c) => `${c.slug}-copy-${c.batch}`));

  for (const { slug, source, batch } of clones) {
    let edits = 0;
    const text = source
      .replace(/^title: (.+)$/m, (_, title) => (edits++, `title: ${title} (copy ${batch})`))
      .replace(/^(easier|harder): \[(.*)\]$/gm, (_, key, list) => {
        edits++;
        const ids = list.split(',').map((s) => s.trim()).filter(Boolean);
        const linked = ids.map((id) => `${id}-copy-${batch}`).filter((id) => made.has(id));
        return `${key}: [${linked.join(', ')}]`;
      });
    // Title, easier and harder: if the frontmatter's shape changes, say so instead of guessing.
    if (edits !== 3) throw new Error(`content/exercises/${slug}.mdx: expected title, easier: [..] and harder: [..] lines`);
    writeFileSync(join(exerciseDir, `${slug}-copy-${batch}.mdx`), text);
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Bytes from dist/

let lexerReady;
/** Static imports of a JS module (not `import()`), as dist-relative URLs. */
async function staticImports(code, fromUrl) {
  lexerReady ??= initLexer;
  await lexerReady;
  const [imports] = parseModule(code);
  return imports.filter((i) => i.d === -1 && i.n).map((i) => new URL(i.n, `http://site${fromUrl}`).pathname);
}

const distFile = (url) => join(DIST, decodeURI(url));

/** The JS a page loads before interaction: entry URLs plus static imports, recursively. */
async function jsClosure(entries, inlineModules) {
  const seen = new Set();
  const queue = [...entries];
  for (const code of inlineModules) queue.push(...(await staticImports(code, '/')));
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    queue.push(...(await staticImports(readFileSync(distFile(url), 'utf8'), url)));
  }
  return [...seen];
}

async function pageBytes({ name, url }) {
  const html = readFileSync(join(DIST, url, 'index.html'));
  const text = html.toString('utf8');
  const css = [...text.matchAll(/<link\b[^>]*>/g)]
    .map((m) => attributesOf(m[0]))
    .filter((a) => a.rel?.split(/\s+/).includes('stylesheet') && a.href)
    .map((a) => a.href);
  const moduleSrcs = [];
  const inlineModules = [];
  let inlineScriptBytes = 0;
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const a = attributesOf(m[1]);
    if (a.type === 'module' && a.src) moduleSrcs.push(a.src);
    else if (a.type === 'module') inlineModules.push(m[2]);
    if (!a.src && (!a.type || a.type === 'module' || a.type === 'text/javascript')) inlineScriptBytes += Buffer.byteLength(m[2]);
  }
  const islands = [...text.matchAll(/<astro-island\b[^>]*>/g)].map((m) => attributesOf(m[0]));
  const islandUrls = islands.flatMap((a) => [a['component-url'], a['renderer-url'], a['before-hydration-url']].filter(Boolean));
  const js = await jsClosure([...moduleSrcs, ...islandUrls], inlineModules);

  const sizes = (urls) => urls.map((u) => {
    const bytes = readFileSync(distFile(u));
    return { url: u, raw: bytes.length, gzip: gzipSize(bytes) };
  });
  const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
  const cssFiles = sizes(css);
  const jsFiles = sizes(js);
  return {
    name,
    url,
    html: { raw: html.length, gzip: gzipSize(html) },
    inlineScriptBytes,
    css: { raw: sum(cssFiles, 'raw'), gzip: sum(cssFiles, 'gzip'), files: cssFiles },
    js: { raw: sum(jsFiles, 'raw'), gzip: sum(jsFiles, 'gzip'), files: jsFiles },
    islands: islands.length,
  };
}

function pagefindIndexSize() {
  const files = filesUnder(join(DIST, 'pagefind'));
  let raw = 0;
  let gzip = 0;
  const byKind = new Map();
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSize(bytes);
    const rel = relative(join(DIST, 'pagefind'), file);
    const kind = rel.includes('/') ? `${dirname(rel)}/` : 'top-level files (JS, CSS, WASM, meta)';
    const entry = byKind.get(kind) ?? { files: 0, raw: 0 };
    entry.files++;
    entry.raw += bytes.length;
    byKind.set(kind, entry);
  }
  return { files: files.length, raw, gzip, byKind: [...byKind].sort() };
}

// ---------------------------------------------------------------------------------------------
// Preview server, Lighthouse, first query

function freePort(from = 4700, to = 4799) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  return (async () => {
    for (let port = from; port <= to; port++) if (await tryPort(port)) return port;
    throw new Error(`no free port in ${from}-${to}`);
  })();
}

/** Starts `astro preview` of dist/ and waits until it answers. */
async function startPreview() {
  const port = await freePort();
  const child = spawn(process.execPath, [ASTRO, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`astro preview did not answer on ${origin}`);
}

/** Lighthouse on one URL; scores per category and every audit scoring below 1. */
function lighthouse(url, outFile) {
  const args = [
    '-y', LIGHTHOUSE, url,
    '--output=json', `--output-path=${outFile}`,
    `--chrome-path=${CHROMIUM}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--form-factor=mobile', '--quiet',
  ];
  rmSync(outFile, { force: true });
  const run = spawnSync('npx', args, { encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0 || !existsSync(outFile)) {
    throw new Error(`npx ${LIGHTHOUSE} exited ${run.status ?? run.signal}: ${(run.stderr || run.error?.message || '').trim().slice(-1500)}`);
  }
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const scores = {};
  const failing = [];
  for (const [id, category] of Object.entries(report.categories)) {
    scores[id] = category.score;
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (audit.score === null || audit.score >= 1) continue;
      if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
      failing.push({ category: id, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, display: describeAudit(audit) });
    }
  }
  return {
    scores,
    failing,
    warnings: report.runWarnings ?? [],
    // Lighthouse's own CPU benchmark of this machine at the time: lower means slower or busier.
    benchmarkIndex: report.environment?.benchmarkIndex,
    metrics: {
      fcp: report.audits['first-contentful-paint']?.displayValue,
      lcp: report.audits['largest-contentful-paint']?.displayValue,
      tbt: report.audits['total-blocking-time']?.displayValue,
      cls: report.audits['cumulative-layout-shift']?.displayValue,
    },
  };
}

/** An audit's display value, plus the biggest item of a main-thread breakdown (where the time goes). */
function describeAudit(audit) {
  const parts = audit.displayValue ? [audit.displayValue] : [];
  const items = audit.details?.items ?? [];
  if (audit.id === 'mainthread-work-breakdown' && items[0]?.groupLabel) {
    const top = [...items].sort((a, b) => b.duration - a.duration)[0];
    parts.push(`most of it ${top.groupLabel}: ${int(top.duration)} ms`);
  }
  return parts.join('; ');
}

/**
 * Lighthouse `runs` times on one page; keeps the run with the median performance score (as
 * Lighthouse's docs advise for a noisy machine) and the range of performance scores seen.
 */
function lighthouseMedianRun(page, origin, runs) {
  const slug = page.url.split('/').filter(Boolean).join('-') || 'home';
  const results = [];
  for (let i = 1; i <= runs; i++) {
    results.push(lighthouse(`${origin}${page.url}`, join(OUT, `lighthouse-${slug}-${i}.json`)));
  }
  const performance = results.map((r) => r.scores.performance ?? 0);
  const chosen = [...results].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))[Math.floor(results.length / 2)];
  return { ...chosen, runs, performanceRange: [Math.min(...performance), Math.max(...performance)] };
}

/** What a request of the first search is, for the report's subtotals. */
function searchPart(path) {
  if (path.startsWith('/pagefind/')) return 'Pagefind (runtime, index, filters, fragments)';
  if (path.startsWith('/figures/')) return 'Result thumbnails';
  if (path.startsWith('/_astro/')) return 'Search code';
  return 'Other';
}

/**
 * Everything a first search fetches, in a fresh browser context: the home page loads and goes
 * idle, then the header's Search button opens the dialog, the query is typed, and every
 * request from that click until the results are shown and the network is idle again is counted.
 * SEARCH_QUERY in detail, then each of SUGGESTED_QUERIES the same way, for the spread.
 */
async function firstQueryBytes(origin) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const main = await firstSearch(browser, origin, SEARCH_QUERY);
    const spread = [];
    for (const q of SUGGESTED_QUERIES) {
      const { files, gzip, resultCount } = await firstSearch(browser, origin, q);
      spread.push({ query: q, requests: files.length, gzip, resultCount });
    }
    return { ...main, spread };
  } finally {
    await browser.close();
  }
}

async function firstSearch(browser, origin, query) {
  // No service worker: its precache download would count the whole site as search traffic.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForLoadState('networkidle');
  const fetched = [];
  // The context sees requests from the page and from any worker it starts.
  context.on('requestfinished', (request) => fetched.push({ path: new URL(request.url()).pathname, request }));
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox', { name: 'Search' }).fill(query);
  const results = dialog.locator('[data-search-results] > li');
  await results.first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const resultCount = await results.count();
  const firstResult = await results.first().getByRole('link').first().getAttribute('href');
  // Playwright reports a body size of 0 for a worker's own script; the page's Resource
  // Timing entry has its encoded size, so that fills the gap.
  const timing = new Map(
    await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.encodedBodySize])),
  );
  const files = [];
  for (const { path, request } of fetched) {
    const sizes = await request.sizes();
    const body = await (await request.response())?.body().catch(() => null);
    const encodedBody = sizes.responseBodySize || (body?.length ? (timing.get(path) ?? 0) : 0);
    files.push({
      path,
      part: searchPart(path),
      transfer: sizes.responseHeadersSize + encodedBody,
      decoded: body?.length ?? encodedBody,
      gzip: body ? gzipSize(body) : null,
    });
  }
  files.sort((a, b) => a.part.localeCompare(b.part) || a.path.localeCompare(b.path));
  const sum = (list, key) => list.reduce((t, f) => t + (f[key] ?? 0), 0);
  const parts = [...new Set(files.map((f) => f.part))].map((part) => {
    const list = files.filter((f) => f.part === part);
    return { part, requests: list.length, transfer: sum(list, 'transfer'), decoded: sum(list, 'decoded'), gzip: sum(list, 'gzip') };
  });
  await context.close();
  return { resultCount, firstResult, files, parts, transfer: sum(files, 'transfer'), decoded: sum(files, 'decoded'), gzip: sum(files, 'gzip') };
}

// ---------------------------------------------------------------------------------------------
// Timer engine

/** The shape of content/routines/back-and-core-circuit.mdx: 5 steps, 2 each side, 3 rounds. */
const CIRCUIT = {
  title: 'Back and core circuit',
  getReadySeconds: 10,
  switchSidesSeconds: 5,
  rounds: 3,
  restBetweenRounds: 60,
  steps: [
    { exercise: 'stability-ball-back-extension', exerciseName: 'Stability ball back extension', mode: 'time', seconds: 60, sides: 'both-at-once', restAfter: 0, cue: 'Stop when you are straight.' },
    { exercise: 'stability-ball-russian-twist', exerciseName: 'Stability ball Russian twist', mode: 'time', seconds: 60, sides: 'both-at-once', restAfter: 0, cue: 'Hips up, squeeze your glutes.' },
    { exercise: 'side-plank', exerciseName: 'Side plank', mode: 'time', seconds: 30, sides: 'each-side', restAfter: 0, cue: 'Elbow right under the shoulder.' },
    { exercise: 'glute-bridge', exerciseName: 'Glute bridge', mode: 'time', seconds: 60, sides: 'both-at-once', restAfter: 0, cue: 'Squeeze your glutes before your hips leave the floor.' },
    { exercise: 'side-lying-clamshell', exerciseName: 'Side-lying clamshell', mode: 'time', seconds: 30, sides: 'each-side', restAfter: 0, cue: 'Feet together, top knee up.' },
  ],
};

async function timerSnapshotsPerSecond() {
  // The sources import without extensions, so bundle them into one plain module first.
  const bundle = join(os.tmpdir(), `corestride-bench-timer-${process.pid}.mjs`);
  const entry = "export { snapshot, start, reset } from './src/lib/timer/engine';\nexport { compilePlan, totalMs } from './src/lib/timer/plan';\n";
  const esbuild = spawnSync(join(ROOT, 'node_modules/.bin/esbuild'), ['--bundle', '--format=esm', '--platform=node', '--loader=ts', `--outfile=${bundle}`], {
    cwd: ROOT,
    input: entry,
    encoding: 'utf8',
  });
  if (esbuild.status !== 0) throw new Error(`esbuild: ${esbuild.stderr}`);
  const { compilePlan, snapshot, start, reset, totalMs } = await import(pathToFileURL(bundle).href);
  rmSync(bundle, { force: true });

  const plan = compilePlan(CIRCUIT);
  const workoutMs = totalMs(plan);
  const t0 = 1_700_000_000_000;
  const running = start(plan, reset(), t0);
  // `now` walks the whole workout (and a little past its end) in 997 ms steps, so every
  // segment, the walk forward from the start and the finished state are all exercised.
  const sweep = (iterations) => {
    let sink = 0;
    for (let i = 0; i < iterations; i++) sink += snapshot(plan, running, t0 + ((i * 997) % (workoutMs + 10_000))).progress;
    return sink;
  };
  // Warm up (lets the JIT settle) and size a run at about half a second.
  let iterations = 50_000;
  let elapsed = 0;
  while (elapsed < 200) {
    const t = performance.now();
    sweep(iterations);
    elapsed = performance.now() - t;
    if (elapsed < 200) iterations *= 2;
  }
  iterations = Math.ceil((iterations / elapsed) * 500);
  // Rates per second of this process's CPU time, not of the clock, so other work on the
  // machine (which pre-empts this loop) does not count against the engine.
  const rates = [];
  for (let run = 0; run < 7; run++) {
    const before = process.cpuUsage();
    sweep(iterations);
    const used = process.cpuUsage(before);
    rates.push(iterations / ((used.user + used.system) / 1e6));
  }
  return { segments: plan.segments.length, workoutMs, iterations, runs: rates.length, perSecond: median(rates), min: Math.min(...rates), max: Math.max(...rates) };
}

// ---------------------------------------------------------------------------------------------
// Battery: what an open guide page and a running workout cost the phone

/** The guide measured for its moving figure: a lying figure with a midway pose, on a phone. */
const FIGURE_PAGE = '/exercises/glute-bridge/';
const FIGURE_WINDOW_MS = 12_000;
/** How long each page of the workout comparison runs, and for how many of those windows in a row. */
const WORKOUT_WINDOW_MS = 60_000;
const WORKOUT_WINDOWS = 3;
/**
 * The workout measured: every step timed (3 rounds of 60 s and 30 s steps, 17:40 in all), so its
 * clock counts every second of the measured minutes. (A reps step waits for Done, and a waiting
 * clock draws nothing: a routine that reached one would flatter the figure.)
 */
const WORKOUT_ROUTINE = 'back-and-core-circuit';
const PHONE = { width: 390, height: 844 };
/** The timer's quiet loop, as src/islands/timer/player.ts names it. */
const QUIET_LOOP = readFileSync(join(ROOT, 'src/islands/timer/player.ts'), 'utf8').match(/QUIET_LOOP = '([^']+)'/)[1];

async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({
    executablePath: CHROMIUM,
    // Autoplay allowed, so a workout's beeps run without a real tap; no sandbox, as in CI.
    args: ['--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required'],
  });
}

/** Main-thread time (CDP Performance.getMetrics: TaskDuration and its style and layout parts), in ms. */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: get('TaskDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration'), script: get('ScriptDuration') };
}
const minus = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, a[k] - b[k]]));

/**
 * The guide page's main-thread cost over FIGURE_WINDOW_MS from load: the figure moving (its
 * first 12 s, in view), the same page scrolled so the figure is off screen from the start, and
 * the page with prefers-reduced-motion (a still figure), each in a fresh context.
 */
async function figureCost(origin) {
  const browser = await launchChromium();
  try {
    const run = async (label, { reducedMotion = 'no-preference', scrolled = false } = {}) => {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true, reducedMotion });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await page.goto(`${origin}${FIGURE_PAGE}`, { waitUntil: 'load' });
      if (scrolled) await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const before = await mainThread(cdp);
      const animations = await page.evaluate(() => document.getAnimations().length);
      await page.waitForTimeout(FIGURE_WINDOW_MS);
      const used = minus(await mainThread(cdp), before);
      await context.close();
      return { label, animations, ...used };
    };
    return [
      await run('Figure moving, in view'),
      await run('Figure moving, scrolled off screen', { scrolled: true }),
      await run('Still figure (prefers-reduced-motion)', { reducedMotion: 'reduce' }),
    ];
  } finally {
    await browser.close();
  }
}

/** CPU time (ms) used so far by each of the browser's processes: by type, and each renderer by its process id (CDP SystemInfo.getProcessInfo). */
async function processCpu(browserCdp) {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  const byType = {};
  const renderers = new Map();
  for (const p of processInfo) {
    byType[p.type] = (byType[p.type] ?? 0) + p.cpuTime * 1000;
    if (p.type === 'renderer') renderers.set(p.id, p.cpuTime * 1000);
  }
  return { byType, renderers };
}

/**
 * Renderer CPU per minute of a routine's workout running full screen, each measured side by side
 * with its floor, at the same time: a minimal page that repaints one number a second (the floor no
 * timer can go under) beside the workout with sound and voice off; the same page playing the quiet
 * loop beside the workout with them on. Side by side, the two pages share whatever the machine is
 * doing meanwhile, so their ratio holds still where each page's own figure moves between runs. Each
 * page is a context of its own, so it has a renderer process of its own, told apart by its id; the
 * browser, GPU and audio-service processes serve both pages, and are given for the pair.
 */
async function workoutCpu(origin) {
  const browser = await launchChromium();
  const browserCdp = await browser.newBrowserCDPSession();
  try {
    /**
     * The renderer process of `page`: the one whose CPU time jumps while the page keeps its main
     * thread busy for 600 ms (a new context also brings short-lived and spare renderers), by far
     * the most of any renderer's then (the other pages open tick on meanwhile, and share the cores).
     */
    const rendererOf = async (page) => {
      const before = (await processCpu(browserCdp)).renderers;
      await page.evaluate(() => {
        const until = performance.now() + 600;
        while (performance.now() < until);
      });
      const after = (await processCpu(browserCdp)).renderers;
      const [[pid, most] = [], [, next = 0] = []] = [...after].map(([id, t]) => [id, t - (before.get(id) ?? 0)]).sort((a, b) => b[1] - a[1]);
      if (!(most >= 200 && most >= 2 * next)) throw new Error(`no renderer process stood out as the page's (${most} ms, the next ${next} ms)`);
      return pid;
    };
    /** Opens a page in a context of its own; returns it with a CDP session. */
    const open = async (how) => {
      // A touch screen, as on a phone: a mouse left over the page would make the browser re-test hover every frame.
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: PHONE, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await how(page);
      return { context, page, cdp };
    };
    // The pages of a group, measured side by side over the same `windows` minutes, the first being
    // the floor the others are held against: a workout's first minute also pays for the engine
    // compiling its code, which its later minutes do not.
    const measureSideBySide = async (group, windows) => {
      const pages = [];
      for (const [label, how] of group) pages.push({ label, ...(await open(how)) });
      // settled first, so no page is still busy starting while another's renderer is told apart
      await pages[0].page.waitForTimeout(3000);
      for (const p of pages) p.pid = await rendererOf(p.page);
      const rows = [];
      for (let w = 1; w <= windows; w++) {
        const cpu0 = await processCpu(browserCdp);
        const main0 = await Promise.all(pages.map((p) => mainThread(p.cdp)));
        const started = performance.now();
        await pages[0].page.waitForTimeout(WORKOUT_WINDOW_MS);
        const cpu1 = await processCpu(browserCdp);
        const main1 = await Promise.all(pages.map((p) => mainThread(p.cdp)));
        const perMinute = 60_000 / (performance.now() - started);
        // the phase and clock the workout's floor view shows at the end: the workout is still going
        const state = await pages[1].page.evaluate(() => {
          const floor = document.querySelector('.timer-floor[open]');
          return floor ? `${floor.getAttribute('data-phase')} ${floor.querySelector('[role=timer]')?.textContent}` : 'no workout';
        });
        const renderer = (pid) => ((cpu1.renderers.get(pid) ?? 0) - (cpu0.renderers.get(pid) ?? 0)) * perMinute;
        const shared = (type) => ((cpu1.byType[type] ?? 0) - (cpu0.byType[type] ?? 0)) * perMinute;
        rows.push({
          minute: w,
          state,
          pages: pages.map((p, i) => ({ label: p.label, renderer: renderer(p.pid), main: (main1[i].task - main0[i].task) * perMinute })),
          utility: shared('utility'),
          browser: shared('browser'),
          gpu: shared('GPU'),
        });
      }
      for (const p of pages) await p.context.close();
      return rows;
    };
    const minimal = (extra = '') =>
      `<!doctype html><meta name="viewport" content="width=device-width"><p id="n" style="font:700 30vw system-ui">0</p><script>${extra}let i = 0; setInterval(() => (document.getElementById("n").textContent = ++i), 1000);</script>`;
    // Served from the site's origin, so the loop is the site's own file.
    const minimalPage = (extra) => async (page) => {
      await page.route(`${origin}/bench-minimal/`, (route) => route.fulfill({ contentType: 'text/html', body: minimal(extra) }));
      await page.goto(`${origin}/bench-minimal/`);
    };
    // Every page here is driven by plain evaluation and a touch, never a Playwright locator or
    // waitForFunction: those inject Playwright's selector engine (a script of about 330 KB, one per
    // world it runs in), which stays in the page's heap and is paid for at every garbage collection
    // after: the minimal page costs 2 to 10% more with it. Only the workout's pages would carry it.
    const until = async (page, what, fn) => {
      const end = Date.now() + 30_000;
      for (;;) {
        const found = await page.evaluate(fn);
        if (found) return found;
        if (Date.now() > end) throw new Error(`the workout page never showed ${what}`);
        await page.waitForTimeout(100);
      }
    };
    const run = (quiet) => async (page) => {
      // Sound and voice both off: no beeps and no quiet loop (the lock-screen media element).
      if (quiet) await page.addInitScript(() => localStorage.setItem('corestride:prefs', JSON.stringify({ v: 1, sound: false, voice: false, vibrate: true })));
      await page.goto(`${origin}/routines/${WORKOUT_ROUTINE}/`, { waitUntil: 'load' });
      // The hydrated timer's Start, in view: where a runner's finger lands on it.
      const start = await until(page, 'an enabled Start', () => {
        const button = [...document.querySelectorAll('.circuit-timer[data-hydrated] button')].find((b) => b.textContent.trim() === 'Start' && !b.disabled);
        if (!button) return null;
        button.scrollIntoView({ block: 'center' });
        const box = button.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
      await page.touchscreen.tap(start.x, start.y);
      await until(page, 'the floor view', () => !!document.querySelector('dialog.timer-floor[open]'));
    };
    const silent = await measureSideBySide(
      [
        ['Minimal page: one number repainted a second', minimalPage('')],
        ['Back-and-core circuit, running full screen, sound and voice off (no beeps, no quiet loop)', run(true)],
        // The same workout with nothing of its floor view drawn but the view's background: what its
        // JavaScript (the reducer, Preact, the saved session, the cue schedule) costs without the drawing.
        [
          'The same, its floor view\'s contents not drawn (display: none)',
          async (page) => {
            await run(true)(page);
            await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: '.timer-floor > * { display: none !important }' })));
          },
        ],
      ],
      WORKOUT_WINDOWS,
    );
    // The minimal page playing the timer's quiet loop as the timer does (a looping media element):
    // what any page pays to be shown on the lock screen, whatever it draws.
    const loud = await measureSideBySide(
      [
        ['The same minimal page, playing the quiet loop', minimalPage(`Object.assign(new Audio('${QUIET_LOOP}'), { loop: true }).play();`)],
        ['Back-and-core circuit, running full screen, sound and voice on', run(false)],
      ],
      WORKOUT_WINDOWS,
    );
    return { silent, loud, windowMs: WORKOUT_WINDOW_MS };
  } finally {
    await browser.close();
  }
}

function figureSection(rows) {
  const f = (n) => n.toFixed(0);
  return [
    `Main-thread time over ${FIGURE_WINDOW_MS / 1000} s of \`${FIGURE_PAGE}\` from its load event, 390×844 at 2×, system Chromium headless ` +
      '(CDP `Performance.getMetrics`: TaskDuration, with its style recalculation, layout and script parts, in thread time). Goal: ≤ 150 ms while the figure moves.',
    '',
    '| Page | Animations | Main thread ms | Style ms | Layout ms | Script ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.label} | ${r.animations} | **${f(r.task)}** | ${f(r.style)} | ${f(r.layout)} | ${f(r.script)} |`),
    '',
  ];
}

function workoutSection({ silent, loud, windowMs }) {
  const f = (n) => n.toFixed(0);
  const x = (n) => `${n.toFixed(2)}×`;
  const ratios = (group, i) => group.map((r) => x(r.pages[i].renderer / r.pages[0].renderer)).join(', ');
  const rows = (group) =>
    group.flatMap((r) =>
      r.pages.map((p, i) =>
        i === 0
          ? `| ${r.minute} | ${p.label} | **${f(p.renderer)}** | ${f(p.main)} | | ${f(r.utility)} | ${f(r.browser)} | ${f(r.gpu)} |`
          : `| ${r.minute} | ${p.label} | **${f(p.renderer)}** | ${f(p.main)} | **${x(p.renderer / r.pages[0].renderer)}** | | | |`,
      ),
    );
  return [
    `CPU ms per minute, 390×844, system Chromium headless. Each workout runs side by side with its floor, all measured over the same ${windowMs / 1000} s ` +
      `windows (after a 3 s settle, ${WORKOUT_WINDOWS} windows in a row: the first minute also pays for compiling the timer's code) of \`/routines/${WORKOUT_ROUTINE}/\`, ` +
      'every step timed, so its clock counts every second: the workout with sound and voice off ' +
      'beside a minimal page that repaints one number a second, and beside the same workout with its floor view\'s contents not drawn; the workout with them ' +
      'on (it plays the quiet loop, a media element for the lock screen, and wakes its AudioContext only near a beep) beside the same minimal page playing ' +
      'the same loop, which is what the loop alone costs. Renderer CPU per page (CDP `SystemInfo.getProcessInfo`, each page in a context of its own, so a ' +
      'renderer process of its own); main thread from `Performance.getMetrics`; the browser, GPU and audio-service processes serve every page of a group, and ' +
      `are given on its first row. Goal: the workout's renderer ≤ 1.5× the minimal page's. Phase and clock at the end: ${silent.at(-1).state}, ${loud.at(-1).state}.`,
    '',
    '| Minute | Page | Renderer | of which main thread | Against the first page | Utility (audio service), group | Browser, group | GPU, group |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows(silent),
    ...rows(loud),
    '',
    `**Workout / its floor (renderer), minute by minute: ${ratios(silent, 1)}** with sound and voice off, beside the minimal page; ` +
      `**${ratios(loud, 1)}** with them on, beside the minimal page playing the quiet loop. ` +
      `The same workout with its floor view not drawn (its JavaScript alone): ${ratios(silent, 2)}. ` +
      `The loop page against the silent one (measured apart, so this moves with the machine): ${x(loud[1].pages[0].renderer / silent[1].pages[0].renderer)}.`,
    '',
  ];
}

// ---------------------------------------------------------------------------------------------
// The report

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: (os.totalmem() / 1024 ** 3).toFixed(0),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    chromium: spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'not found',
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    // Other work on the machine inflates times; the report says so when it was busy.
    load: os.loadavg(),
    loadAtEnd: os.loadavg(),
  };
}

const failed = (result) => result && 'error' in result;
const errorBlock = (result) => ['```', result.error.split('\n').slice(0, 12).join('\n'), '```'];

/** The index-size part of the report (also printed by `--first-search`). */
function indexSizeSection(index) {
  return [
    `\`dist/pagefind/\`: ${int(index.files)} files, ${int(index.raw)} bytes (${kb(index.raw)} KiB), ${int(index.gzip)} bytes gzip -${GZIP_LEVEL} per file (${kb(index.gzip)} KiB).`,
    '',
    '| Part | Files | Bytes |',
    '| --- | ---: | ---: |',
    ...index.byKind.map(([kind, v]) => `| ${kind} | ${int(v.files)} | ${int(v.raw)} |`),
    '',
  ];
}

/** The first-search part of the report (also printed, after the index size, by `--first-search`). */
function firstSearchSection(query) {
  const pagefind = query.parts.find((p) => p.part.startsWith('Pagefind'));
  const lines = [
    `First search for "${SEARCH_QUERY}": Playwright (system Chromium, fresh context, empty cache, 1280×800) loads the home page and waits for ` +
      'the network to go idle, then clicks Search, types the query and counts every request from the click until the results are shown ' +
      `(${query.resultCount}, the first \`${query.firstResult}\`) and the network is idle again. ` +
      'Transfer = response headers + body as sent by `astro preview`, which gzips every response; decoded = body bytes after ' +
      `HTTP decoding; gzip -${GZIP_LEVEL} = the decoded bodies gzipped by node:zlib, a server-independent figure ` +
      "(Pagefind's index, fragment and filter files are already compressed, so they barely shrink).",
    '',
    `**First search: ${int(query.files.length)} requests, ${int(query.gzip)} bytes gzip -${GZIP_LEVEL} (${kb(query.gzip)} KiB), ` +
      `${int(query.transfer)} bytes transferred (${kb(query.transfer)} KiB).` +
      (pagefind ? ` Pagefind's share: ${int(pagefind.requests)} requests, ${int(pagefind.gzip)} bytes gzip -${GZIP_LEVEL} (${kb(pagefind.gzip)} KiB).**` : '**'),
    '',
    `| Part | Requests | Transfer | Decoded | gzip -${GZIP_LEVEL} |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...query.parts.map((p) => `| ${p.part} | ${int(p.requests)} | ${int(p.transfer)} | ${int(p.decoded)} | ${int(p.gzip)} |`),
    '',
    `| File | Transfer | Decoded | gzip -${GZIP_LEVEL} |`,
    '| --- | ---: | ---: | ---: |',
    ...query.files.map((f) => `| \`${f.path}\` | ${int(f.transfer)} | ${int(f.decoded)} | ${f.gzip === null ? '' : int(f.gzip)} |`),
    '',
  ];
  if (query.spread?.length) {
    const all = [{ query: SEARCH_QUERY, requests: query.files.length, gzip: query.gzip, resultCount: query.resultCount }, ...query.spread];
    const range = (key, f) => `${f(all.reduce((t, q) => t + q[key], 0) / all.length)} (${f(Math.min(...all.map((q) => q[key])))} to ${f(Math.max(...all.map((q) => q[key])))})`;
    lines.push(
      `The same first search for each starting point the empty dialog offers: how many index chunks a query needs depends on where its words fall, so one query is one draw. Over these ${all.length} queries: ` +
        `**${range('requests', (n) => n.toFixed(1))} requests, ${range('gzip', (n) => int(n))} bytes gzip -${GZIP_LEVEL}** (mean, then lowest to highest).`,
      '',
      `| Query | Results shown | Requests | gzip -${GZIP_LEVEL} |`,
      '| --- | ---: | ---: | ---: |',
      ...all.map((q) => `| ${q.query} | ${q.resultCount} | ${q.requests} | ${int(q.gzip)} |`),
      '',
    );
  }
  return lines;
}

function report({ host, real, bytes, index, lighthouseRuns, query, timer, libraries, figure, workout, totalSeconds }) {
  const lines = [];
  const push = (...l) => lines.push(...l);
  push(
    '# CoreStride benchmark',
    '',
    `Written by \`npm run bench\` (scripts/bench.mjs). A report, not a test: numbers to compare over time.`,
    '',
    `- Date: ${host.date}`,
    `- Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, ${host.os}`,
    `- Node ${host.node}; ${host.chromium}; Lighthouse ${LIGHTHOUSE.split('@')[1]}`,
    `- Load average (1, 5, 15 min): ${host.load.map((l) => l.toFixed(1)).join(', ')} at the start, ${host.loadAtEnd.map((l) => l.toFixed(1)).join(', ')} at the end`,
    `- Whole bench: ${Math.round(totalSeconds)} s`,
    '',
  );

  push('## 1. Bytes per page type', '');
  if (failed(bytes)) push(...errorBlock(bytes));
  else {
    push(
      `From \`dist/\` of the last real-site build. gzip = each file gzipped on its own at level ${GZIP_LEVEL} (node:zlib), summed. ` +
        'JS = scripts loaded before interaction: module scripts in the HTML and their static imports, followed recursively ' +
        '(on the routine page also the timer island\'s component-url and renderer-url). Inline scripts are counted in the HTML.',
      '',
      '| Page | URL | HTML | HTML gzip | CSS | CSS gzip | JS | JS gzip | Total | Total gzip |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const p of bytes) {
      const raw = p.html.raw + p.css.raw + p.js.raw;
      const gz = p.html.gzip + p.css.gzip + p.js.gzip;
      push(`| ${p.name} | \`${p.url}\` | ${int(p.html.raw)} | ${int(p.html.gzip)} | ${int(p.css.raw)} | ${int(p.css.gzip)} | ${int(p.js.raw)} | ${int(p.js.gzip)} | ${int(raw)} | ${int(gz)} |`);
    }
    push('', 'Bytes. The files behind each page:', '');
    for (const p of bytes) {
      const files = [...p.css.files, ...p.js.files].map((f) => `\`${f.url.replace('/_astro/', '')}\` ${int(f.raw)} / ${int(f.gzip)}`);
      const inline = p.inlineScriptBytes ? ` Inline scripts in the HTML: ${int(p.inlineScriptBytes)} B.` : '';
      push(`- ${p.name}: ${files.join(', ')} (raw / gzip).${inline}`);
    }
    push('');
  }

  push('## 2. Lighthouse (mobile)', '');
  if (failed(lighthouseRuns)) push(...errorBlock(lighthouseRuns));
  else {
    push(
      `\`npx -y ${LIGHTHOUSE}\`, mobile form factor with Lighthouse's default simulated throttling (4× CPU slowdown), system Chromium ` +
        `headless, against \`astro preview\` of the build. ${LIGHTHOUSE_RUNS} runs per page; the table and the audit list are from the run with ` +
        'the median performance score, and "range" gives the lowest and highest performance score seen. "CPU index" is Lighthouse\'s ' +
        'benchmarkIndex for that run: below about 1,000 the machine was slow or busy, and performance (mostly Total Blocking Time) suffers. ' +
        'Goal: 100 in every score column.',
      '',
      '| Page | URL | Performance (range) | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | CPU index |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    const score = (s) => (s === null || s === undefined ? 'n/a' : String(Math.round(s * 100)));
    for (const run of lighthouseRuns) {
      if (run.error) {
        push(`| ${run.name} | \`${run.url}\` | error | | | | | | | | |`);
        continue;
      }
      const s = run.scores;
      const m = run.metrics;
      const range = run.performanceRange.map(score).join('–');
      push(
        `| ${run.name} | \`${run.url}\` | ${score(s.performance)} (${range}) | ${score(s.accessibility)} | ${score(s['best-practices'])} | ${score(s.seo)} | ` +
          `${m.fcp ?? ''} | ${m.lcp ?? ''} | ${m.tbt ?? ''} | ${m.cls ?? ''} | ${run.benchmarkIndex ? int(run.benchmarkIndex) : ''} |`,
      );
    }
    push('', 'Audits scoring below 1 (weight 0 means the audit is listed by Lighthouse but does not move the category score):', '');
    let any = false;
    for (const run of lighthouseRuns) {
      if (run.error) {
        any = true;
        push(`- ${run.name}: Lighthouse failed: ${run.error.split('\n')[0]}`);
        continue;
      }
      for (const a of run.failing) {
        any = true;
        push(`- ${run.name} — ${a.category}: **${a.title}** (\`${a.id}\`, score ${a.score}, weight ${a.weight}${a.display ? `, ${a.display}` : ''})`);
      }
      for (const w of run.warnings) push(`- ${run.name} — run warning: ${w.replace(/\s+/g, ' ')}`);
    }
    if (!any) push('- none');
    push('', 'Full reports: `bench/out/lighthouse-*.json` (not committed).', '');
  }

  push('## 3. Build time and Pagefind index time', '');
  const sites = [real, ...libraries];
  const busy = host.load.some((l) => l > host.cores);
  push(
    'Each build starts clean (dist/, .astro/, node_modules/.astro and node_modules/.vite removed). "Astro" is the time Astro logs in ' +
      '"N page(s) built in Xs" (it includes the Pagefind step); "wall" is the whole `astro build` process, start-up included; ' +
      '"CPU" is the user + sys time of the build and every process it ran (bash `times`), which hardly moves when other work shares ' +
      'the machine. "Pagefind" is the integration\'s "indexed N pages in X ms". Generated libraries are copies of the project in the ' +
      'temp dir holding the real exercises plus numbered clones (unique slugs and titles, easier/harder links kept valid). All figures are medians.',
    '',
    '"Marginal" is the cost of each extra page against the row above: (time − time above) ÷ (pages − pages above). ' +
      'A flat or falling marginal cost means per-page cost does not grow with the size of the library.',
    '',
  );
  if (busy) {
    push(
      `**The machine was busy** (load average ${host.load.map((l) => l.toFixed(1)).join(', ')} at the start and ` +
        `${host.loadAtEnd.map((l) => l.toFixed(1)).join(', ')} at the end, on ${host.cores} cores): wall and Astro times are inflated and noisy; ` +
        'compare CPU times.',
      '',
    );
  }
  // Per-page cost and marginal cost against the previous successful row.
  const perPage = (lib, key, pagesKey) => (lib[key] === null ? '' : (lib[key] / lib[pagesKey]).toFixed(1));
  const marginal = (lib, above, key, pagesKey) =>
    above && lib[key] !== null && above[key] !== null ? ((lib[key] - above[key]) / (lib[pagesKey] - above[pagesKey])).toFixed(1) : '';
  const ms = (v) => (v === null ? '' : `${int(v)} ms`);
  const rows = (render) => {
    let above = null;
    for (const lib of sites) {
      if (failed(lib)) {
        push(`| ${lib.label} | ${lib.exercises ?? ''} | error |`);
        above = null;
        continue;
      }
      push(render(lib, above));
      above = lib;
    }
  };
  push(
    '| Site | Exercises | Pages | Runs | Astro build | Wall | CPU | Astro ms/page | Marginal Astro ms/page | CPU ms/page | Marginal CPU ms/page |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  rows(
    (lib, above) =>
      `| ${lib.label} | ${int(lib.exercises)} | ${int(lib.pages)} | ${lib.runs} | ${ms(lib.buildMs)} | ${ms(lib.wallMs)} | ${ms(lib.cpuMs)} | ` +
      `${perPage(lib, 'buildMs', 'pages')} | ${marginal(lib, above, 'buildMs', 'pages')} | ` +
      `${perPage(lib, 'cpuMs', 'pages')} | ${marginal(lib, above, 'cpuMs', 'pages')} |`,
  );
  push(
    '',
    'The largest page of each build, by gzipped HTML (budget 30 KB): lists are split into pages of a fixed size, so this stays flat as the library grows.',
    '',
    '| Site | Pages | Largest page | HTML gzip |',
    '| --- | ---: | --- | ---: |',
  );
  rows((lib) => `| ${lib.label} | ${int(lib.pages)} | \`${lib.largestHtml.path}\` | ${int(lib.largestHtml.gzip)} B |`);
  push('', '| Site | Pages indexed | Pagefind | Pagefind ms/page | Marginal Pagefind ms/page |', '| --- | ---: | ---: | ---: | ---: |');
  rows(
    (lib, above) =>
      `| ${lib.label} | ${int(lib.indexedPages)} | ${ms(lib.indexMs)} | ${(lib.indexMs / lib.indexedPages).toFixed(2)} | ` +
      `${marginal(lib, above, 'indexMs', 'indexedPages')} |`,
  );
  for (const lib of [real, ...libraries].filter(failed)) push('', `${lib.label} failed:`, ...errorBlock(lib));
  push('', 'Build logs: `bench/out/build-*.log` (not committed).', '');

  push('## 4. Pagefind index size and first-search bytes', '');
  if (failed(index)) push(...errorBlock(index));
  else push(...indexSizeSection(index));
  if (failed(query)) push('First search:', ...errorBlock(query));
  else push(...firstSearchSection(query));

  push('## 5. Timer engine', '');
  if (failed(timer)) push(...errorBlock(timer));
  else {
    push(
      `\`snapshot(plan, state, now)\` on the back-and-core-circuit plan (5 steps, 2 each side, 3 rounds: ${timer.segments} segments, ` +
        `${(timer.workoutMs / 60000).toFixed(1)} min) from a freshly started state, \`now\` sweeping the whole workout in 997 ms steps. ` +
        `esbuild bundle of src/lib/timer/{plan,engine}.ts; ${int(timer.iterations)} calls per run after a warm-up; median of ${timer.runs} runs. ` +
        'Rates are per second of CPU time used by the bench process, so a busy machine slows the clock but not the figure.',
      '',
      `**${int(timer.perSecond)} snapshots/s** (runs ranged ${int(timer.min)} to ${int(timer.max)}/s).`,
      '',
    );
  }
  push('## 6. Battery: the guide page\'s moving figure', '');
  push(...(failed(figure) ? errorBlock(figure) : figureSection(figure)));
  push('## 7. Battery: a running workout', '');
  push(...(failed(workout) ? errorBlock(workout) : workoutSection(workout)));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Node ${process.version} is too old for Astro 7: run \`npm run bench\`, which uses the project's Node 24.`);
  process.exit(1);
}
/** Battery figures alone, against the current dist/: `-- --figure`, `-- --workout-cpu`, or both. */
if (process.argv.includes('--figure') || process.argv.includes('--workout-cpu')) {
  const preview = await startPreview();
  try {
    if (process.argv.includes('--figure')) console.log(figureSection(await figureCost(preview.origin)).join('\n'));
    if (process.argv.includes('--workout-cpu')) console.log(workoutSection(await workoutCpu(preview.origin)).join('\n'));
  } finally {
    preview.stop();
  }
  process.exit(0);
}
if (process.argv.includes('--first-search')) {
  const preview = await startPreview();
  try {
    console.log([...indexSizeSection(pagefindIndexSize()), ...firstSearchSection(await firstQueryBytes(preview.origin))].join('\n'));
  } finally {
    preview.stop();
  }
  process.exit(0);
}
const benchStarted = performance.now();
mkdirSync(OUT, { recursive: true });
const host = machine();
log(`${host.cpu}, ${host.cores} cores, Node ${host.node}`);

const real = await section(`real site: ${REAL_SITE_RUNS} clean builds`, async () => ({
  label: 'Real site',
  exercises: readdirSync(join(ROOT, 'content/exercises')).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).length,
  ...(await buildSeries(ROOT, REAL_SITE_RUNS, 'real')),
}));
if (failed(real)) real.label = 'Real site';

const bytes = await section('bytes per page type', () => Promise.all(PAGES.map(pageBytes)));
const index = await section('Pagefind index size', () => pagefindIndexSize());

let lighthouseRuns = { error: 'not run: the preview server did not start' };
let query = { error: 'not run: the preview server did not start' };
let figure = { error: 'not run: the preview server did not start' };
let workout = { error: 'not run: the preview server did not start' };
const preview = await section('astro preview', () => startPreview());
if (!failed(preview)) {
  try {
    lighthouseRuns = await section('Lighthouse', async () => {
      const runs = [];
      for (const page of PAGES.filter((p) => p.lighthouse)) {
        try {
          runs.push({ ...page, ...lighthouseMedianRun(page, preview.origin, LIGHTHOUSE_RUNS) });
        } catch (error) {
          runs.push({ ...page, error: String(error.message ?? error) });
        }
        log(`  ${page.url}: ${runs.at(-1).error ? 'failed' : JSON.stringify(runs.at(-1).scores)}`);
      }
      return runs;
    });
    query = await section('first-query bytes', () => firstQueryBytes(preview.origin));
    figure = await section('battery: the moving figure', () => figureCost(preview.origin));
    workout = await section('battery: a running workout', () => workoutCpu(preview.origin));
  } finally {
    preview.stop();
  }
}

const timer = await section('timer engine snapshots/s', () => timerSnapshotsPerSecond());

const libraries = [];
for (const exercises of LIBRARIES) {
  const label = `Generated, ${exercises.toLocaleString('en-US')} exercises`;
  const result = await section(`${label}: up to ${LIBRARY_RUNS} clean builds`, async () => {
    const dir = generateLibrary(exercises);
    try {
      return { label, exercises, ...(await buildSeries(dir, LIBRARY_RUNS, `gen-${exercises}`, benchStarted + BUDGET_MS)) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  if (failed(result)) Object.assign(result, { label, exercises });
  libraries.push(result);
}

host.loadAtEnd = os.loadavg();
const markdown = report({ host, real, bytes, index, lighthouseRuns, query, timer, libraries, figure, workout, totalSeconds: (performance.now() - benchStarted) / 1000 });
writeFileSync(RESULTS, `${markdown}\n`);
log(`wrote ${relative(ROOT, RESULTS)} in ${Math.round((performance.now() - benchStarted) / 1000)} s`);
