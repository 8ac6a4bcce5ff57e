import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';

const results = (page: Page) => page.getByRole('dialog', { name: 'Search' }).locator('[data-search-results] > li');
/** The address of each result shown, in order. */
const hrefs = (page: Page) => results(page).locator('a.search-hit').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

/** Searches from the dialog on the home page and waits until `first` heads the results. */
async function searchFor(page: Page, query: string, first: string | RegExp) {
  await page.goto('/');
  const dialog = await openSearch(page);
  await dialog.getByRole('searchbox', { name: 'Search' }).fill(query);
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', first);
  return dialog;
}

/**
 * How well a result's thumbnail stands out: the image drawn on a canvas over the colour behind
 * it, and the median WCAG contrast ratio against that colour of the pixels the figure covers.
 */
function thumbnailContrast(page: Page) {
  return results(page)
    .first()
    .locator('img')
    .evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      // The colour the figure is seen on: its own background, or the nearest one behind it.
      let behind = 'rgb(255, 255, 255)';
      for (let e: Element | null = img; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
          behind = bg;
          break;
        }
      }
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth * 2, img.naturalHeight * 2];
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.fillStyle = behind;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      const [br, bg, bb] = ctx.getImageData(0, 0, 1, 1).data;
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const lum = (r: number, g: number, b: number) =>
        [r, g, b].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((t, c, i) => t + c * [0.2126, 0.7152, 0.0722][i]!, 0);
      const back = lum(br!, bg!, bb!);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const ratios: number[] = [];
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - br!) + Math.abs(data[i + 1]! - bg!) + Math.abs(data[i + 2]! - bb!) < 40) continue;
        const l = lum(data[i]!, data[i + 1]!, data[i + 2]!);
        ratios.push((Math.max(l, back) + 0.05) / (Math.min(l, back) + 0.05));
      }
      ratios.sort((a, b) => a - b);
      return { behind, figurePixels: ratios.length, median: ratios[Math.floor(ratios.length / 2)] ?? 1 };
    });
}

/**
 * Types `query` into the open dialog, waits for its own results (not a prefix's typed on the
 * way) and expects `first` to head them.
 */
async function expectFirst(page: Page, query: string, first: string | RegExp) {
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox', { name: 'Search' }).fill(query);
  await expect(dialog.getByRole('status')).toContainText(`for “${query}”`);
  await expect(results(page).first().getByRole('link').first(), `first result for “${query}”`).toHaveAttribute('href', first);
}

async function openSearch(page: Page) {
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await expect(button).toBeEnabled();
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('search', () => {
  test('"glute bridge" finds the Glute bridge guide first @phone', async ({ page }) => {
    await page.goto('/');
    const dialog = await openSearch(page);
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('glute bridge');
    await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', '/exercises/glute-bridge/');
    await expect(results(page).first()).toContainText('Exercise');
    await expect(results(page).first().locator('mark').first()).toBeVisible();
    await results(page).first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/exercises\/glute-bridge\/$/);
  });

  test('what is typed before the search code has arrived is kept and searched for', async ({ page }) => {
    // A slow network (or the service worker's first download competing with it) holds the code back.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/search-ui.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    const dialog = await openSearch(page);
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('glute bridge');
    release();
    await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', '/exercises/glute-bridge/');
    await expect(dialog.getByRole('searchbox', { name: 'Search' })).toHaveValue('glute bridge');
  });

  test('an alias finds its exercise first: "superman" → locust pose, "bent-over row" → staggered-stance row', async ({ page }) => {
    await page.goto('/exercises/');
    const dialog = await openSearch(page);
    const box = dialog.getByRole('searchbox', { name: 'Search' });
    await box.fill('superman');
    await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', '/exercises/locust-pose/');
    await box.fill('bent-over row');
    await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', '/exercises/staggered-stance-row/');
  });

  test('"glut brige" is mended to "glute bridge": the Glute bridge first, then its variants @phone', async ({ page }) => {
    const dialog = await searchFor(page, 'glut brige', '/exercises/glute-bridge/');
    const shown = await hrefs(page);
    const at = (href: string) => shown.indexOf(href);
    expect(at('/exercises/single-leg-glute-bridge/')).toBeGreaterThan(0);
    expect(at('/exercises/marching-glute-bridge/')).toBeGreaterThan(0);
    await expect(dialog.getByRole('status')).toContainText('for “glute bridge” (you typed “glut brige”)');
  });

  test('"glute bridge" puts the guide with that whole name above the guides that say it more often', async ({ page }) => {
    await searchFor(page, 'glute bridge', '/exercises/glute-bridge/');
    expect((await hrefs(page)).slice(1, 3).sort()).toEqual(['/exercises/marching-glute-bridge/', '/exercises/single-leg-glute-bridge/']);
  });

  test('"7 minute" finds the Seven-minute core', async ({ page }) => {
    await searchFor(page, '7 minute', '/routines/seven-minute-core/');
    await searchFor(page, 'seven minute', '/routines/seven-minute-core/');
  });

  test('"no equipment" lists the routines that need none first', async ({ page }) => {
    // The routines browse page is the site's own list of them.
    await page.goto('/routines/equipment/none/');
    const none = await page
      .getByRole('main')
      .locator('a[href^="/routines/"]')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')).filter((h) => /^\/routines\/[a-z0-9-]+\/$/.test(h ?? '')))]);
    expect(none.length).toBeGreaterThan(1);
    await searchFor(page, 'no equipment', /^\/routines\//);
    // The first page is four results; "Show more" brings the rest of the routines into view.
    if ((await results(page).count()) < none.length) {
      await page.getByRole('dialog', { name: 'Search' }).getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => results(page).count()).toBeGreaterThanOrEqual(none.length);
    }
    const shown = await hrefs(page);
    expect(shown.slice(0, none.length).sort()).toEqual([...none].sort());
  });

  // Runners type what they feel or want, not titles. Each page's searchTerms (frontmatter,
  // weighted like an exercise's aliases) decide what comes first; the search code knows no query.
  test('a symptom finds the page that helps: "sore back" and "stiff back" the gentle mobility routine, pain after a run the back pain article, tight hips the hip flexor stretch @phone', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    const mobilityOrFlareUp = /^\/(routines\/gentle-back-mobility|articles\/back-pain-flare-up-and-returning-to-running)\/$/;
    await expectFirst(page, 'sore back', mobilityOrFlareUp);
    // What helps fills the first places, not a calf exercise whose guide mentions a sore Achilles.
    await expect.poll(async () => (await hrefs(page)).slice(0, 4)).toEqual([expect.stringMatching(/back|knee-to-chest|hip-roll/), expect.stringMatching(/back|knee-to-chest|hip-roll/), expect.stringMatching(/back|knee-to-chest|hip-roll/), expect.stringMatching(/back|knee-to-chest|hip-roll/)]);
    await expectFirst(page, 'stiff back', mobilityOrFlareUp);
    const backPainArticle = /^\/articles\/(lower-back-pain-when-to-see-a-professional|back-pain-flare-up-and-returning-to-running)\/$/;
    await expectFirst(page, 'pain after a run', backPainArticle);
    await expectFirst(page, 'back pain after running', backPainArticle);
    await expectFirst(page, 'weak glutes', '/exercises/glute-bridge/');
    await expectFirst(page, 'tight hips', /^\/(exercises\/half-kneeling-hip-flexor-stretch|routines\/after-your-run)\/$/);
  });

  test('red flags (tingling, numbness, pins and needles, sciatica) find when to see a professional first', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    // Every routine's "when to stop" names tingling and numbness too; the article must still lead.
    for (const query of ['tingling', 'numbness', 'pins and needles', 'sciatica', 'pain down my leg']) {
      await expectFirst(page, query, '/articles/lower-back-pain-when-to-see-a-professional/');
    }
  });

  test('a need finds the page that meets it: "beginner", "back and core workout", "10 minutes", "heavy weights", "after a run"', async ({ page }) => {
    await page.goto('/');
    await openSearch(page);
    await expectFirst(page, 'beginner', /^\/(routines\/core-basics|articles\/first-four-weeks)\/$/);
    await expectFirst(page, 'back and core workout', '/routines/back-and-core-circuit/');
    await expectFirst(page, '10 minutes', '/routines/core-basics/');
    await expectFirst(page, 'strength training for runners', '/routines/runner-strength-day/');
    await expectFirst(page, 'heavy weights', '/routines/strength-day-two/');
    await expectFirst(page, 'plyometrics', '/routines/plyometrics-primer/');
    await expectFirst(page, 'race season', '/routines/in-season-maintenance/');
    await expectFirst(page, 'after a run', '/routines/after-your-run/');
    await expectFirst(page, 'cool down', '/routines/after-your-run/');
    await expectFirst(page, 'big 3', '/routines/mcgill-big-three/');
  });

  test('the snippet of a result is its summary, a whole sentence, with the query words marked', async ({ page }) => {
    await searchFor(page, 'glute bridge', '/exercises/glute-bridge/');
    const guide = await (await page.request.get('/exercises/glute-bridge/')).text();
    const summary = guide.match(/<meta name="description" content="([^"]+)"/)![1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const snippet = results(page).first().locator('.search-excerpt');
    await expect(snippet).toHaveText(summary);
    expect(summary).toMatch(/^[A-Z].*\.$/);
    await expect(snippet.locator('mark').first()).toHaveText(/^glute/i);
  });

  test('only the results shown are fetched: four before the first paint, then eight for each "Show more"', async ({ page }) => {
    const fragments: string[] = [];
    page.on('request', (r) => new URL(r.url()).pathname.startsWith('/pagefind/fragment/') && fragments.push(r.url()));
    await page.goto('/');
    const dialog = await openSearch(page);
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('core');
    const status = dialog.getByRole('status');
    await expect(status).toContainText(/\d+ results for “core”, showing 4\./);
    const total = Number((await status.textContent())!.match(/(\d+) results/)![1]);
    expect(total).toBeGreaterThan(12);
    await expect(results(page)).toHaveCount(4);
    expect(fragments).toHaveLength(4);
    const more = dialog.getByRole('button', { name: 'Show more' });
    await more.click();
    await expect(results(page)).toHaveCount(12);
    await expect(status).toContainText('showing 12.');
    expect(fragments).toHaveLength(12);
    // Reading carries on at the first new result.
    await expect(results(page).nth(4).getByRole('link').first()).toBeFocused();
    // Each press adds eight; wait for them before the next, so no press lands on a button on its way out.
    for (let shown = 12; shown < total; ) {
      await more.click();
      shown = Math.min(total, shown + 8);
      await expect(results(page)).toHaveCount(shown);
    }
    await expect(more).toBeHidden();
    await expect(status).toHaveText(`${total} results for “core”.`);
  });

  test('a first search fetches no thumbnail and no filter data: thumbnails come inline, filters when Filters opens', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await searchFor(page, 'glute bridge', '/exercises/glute-bridge/');
    await expect(results(page).first().locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml,/);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/figures/') || p.startsWith('/pagefind/filter/'))).toEqual([]);
    await page.getByRole('dialog', { name: 'Search' }).getByRole('button', { name: 'Filters' }).click();
    await expect.poll(() => fetched.filter((p) => p.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
  });

  test('thumbnails read as figures on the dark card, no white tile, and the open dialog passes axe in both schemes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await searchFor(page, 'glute bridge', '/exercises/glute-bridge/');
    const img = results(page).first().locator('img');
    expect(await img.evaluate((i) => getComputedStyle(i).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    const dark = await thumbnailContrast(page);
    expect(dark.figurePixels).toBeGreaterThan(100);
    expect(dark.median, `figure on ${dark.behind}`).toBeGreaterThanOrEqual(4.5);
    // The check itself: the same figure drawn in its light-scheme colours on the dark card fails.
    await img.evaluate((i) => (i.style.colorScheme = 'light'));
    expect((await thumbnailContrast(page)).median).toBeLessThan(3);
    await img.evaluate((i) => i.style.removeProperty('color-scheme'));
    for (const scheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await axe(page, '.search-dialog');
      expect(violations.map((v) => `${scheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });

  test('fetches nothing from /pagefind/ until search is opened', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/exercises/glute-bridge/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await openSearch(page);
    await expect.poll(() => fetched.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
  });

  test('a filter narrows the results and a second value in the same group widens them @phone', async ({ page }) => {
    await page.goto('/');
    const dialog = await openSearch(page);
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('hold');
    const status = dialog.getByRole('status');
    await expect(status).toContainText('result');
    const count = async () => Number((await status.textContent())?.match(/(\d+) results? for/)?.[1] ?? NaN);
    const all = await count();
    // The filters wait behind one button.
    const filters = dialog.getByRole('button', { name: 'Filters' });
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(dialog.getByRole('group', { name: 'Type' })).toBeHidden();
    await filters.click();
    await expect(filters).toHaveAttribute('aria-expanded', 'true');
    await dialog.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Exercise/ }).check();
    await expect.poll(count).toBeLessThan(all);
    const exercisesOnly = await count();
    await dialog.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Routine/ }).check();
    await expect.poll(count).toBeGreaterThan(exercisesOnly);
    for (const hit of await results(page).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(hit).toMatch(/^\/(exercises|routines)\//);
    }
    // The button says how many are on, and closing it keeps them.
    await filters.click();
    await expect(dialog.getByRole('group', { name: 'Type' })).toBeHidden();
    await expect(dialog.getByRole('button', { name: 'Filters (2)' })).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(count).toBeGreaterThan(exercisesOnly);
  });

  test('the empty dialog offers starting points, not a wall of checkboxes, and each one finds something @phone', async ({ page }) => {
    await page.goto('/');
    const dialog = await openSearch(page);
    const box = dialog.getByRole('searchbox', { name: 'Search' });
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    const tries = dialog.getByRole('list', { name: 'Try' }).getByRole('link');
    await expect(tries.first()).toBeVisible();
    const names = (await tries.allTextContents()).map((n) => n.trim());
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      await dialog.getByRole('link', { name, exact: true }).click();
      await expect(box).toHaveValue(name);
      await expect(box).toBeFocused();
      await expect(dialog.getByRole('status')).toContainText(new RegExp(`^\\d+ results? for “${name}”`));
      await expect(results(page).first()).toBeVisible();
      // Emptying the box brings the starting points back.
      await box.fill('');
      await expect(tries.first()).toBeVisible();
    }
    await expect(dialog.getByRole('link', { name: 'routines', exact: true })).toHaveAttribute('href', '/routines/');
  });

  test('on a phone at least four results fit on the screen, and the dialog passes axe empty, with results and with filters open, light and dark @phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      const dialog = await openSearch(page);
      await expect(dialog.getByRole('link', { name: 'sore back', exact: true })).toBeVisible();
      expect((await axe(page, '.search-dialog')).map((v) => `${scheme}, empty: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      for (const query of ['core', 'glute bridge']) {
        await dialog.getByRole('searchbox', { name: 'Search' }).fill(query);
        await expect(dialog.getByRole('status')).toContainText(`for “${query}”`);
        await expect(results(page)).toHaveCount(4);
        for (let i = 0; i < 4; i++) await expect(results(page).nth(i), `${scheme}: result ${i + 1} for “${query}”`).toBeInViewport({ ratio: 1 });
      }
      expect((await axe(page, '.search-dialog')).map((v) => `${scheme}, results: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await dialog.getByRole('button', { name: 'Filters' }).click();
      await expect(dialog.getByRole('group', { name: 'Level' })).toBeVisible();
      expect((await axe(page, '.search-dialog')).map((v) => `${scheme}, filters: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });

  test('a routine result shows its length and level, and its Start link opens the routine at its timer @phone', async ({ page }) => {
    await searchFor(page, 'core basics', '/routines/core-basics/');
    const card = results(page).first();
    await expect(card).toContainText(/Routine\s*(About )?\d+ min · Beginner/i);
    // One Start link per routine, named after it, inside the routine's card.
    await expect(results(page).getByRole('link', { name: /^Start / })).toHaveCount(await results(page).filter({ hasText: /^Routine/i }).count());
    await card.getByRole('link', { name: 'Start Core basics' }).click();
    await expect(page).toHaveURL(/\/routines\/core-basics\/#timer-heading$/);
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('heading', { name: 'Workout timer' })).toBeInViewport();
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  });

  test('a "Section:" link sits inside its result\'s card and goes to that section @phone', async ({ page }) => {
    await searchFor(page, 'common mistakes', /^\/exercises\//);
    const card = results(page).first();
    const section = card.getByRole('link', { name: /^Section: Common mistakes/ });
    const [outer, inner] = [(await card.boundingBox())!, (await section.boundingBox())!];
    expect(inner.x).toBeGreaterThanOrEqual(outer.x);
    expect(inner.y).toBeGreaterThanOrEqual(outer.y);
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
    expect(inner.y + inner.height).toBeLessThanOrEqual(outer.y + outer.height);
    const href = await card.getByRole('link').first().getAttribute('href');
    await section.click();
    await expect(page).toHaveURL(new RegExp(`${href}#mistakes$`));
  });

  test('works from the keyboard: / opens, arrows move, Enter opens, Escape closes and returns focus', async ({ page }) => {
    await page.goto('/routines/');
    const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
    await expect(button).toBeEnabled();
    await expect(button).toHaveAttribute('aria-keyshortcuts', /Control\+K/);
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    const box = dialog.getByRole('searchbox', { name: 'Search' });
    await expect(box).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type('side plank');
    // Wait for the results of the whole query, not of a prefix typed on the way ("side plan"
    // puts the same guide first, and its list would be replaced under the focus).
    await expect(dialog.getByRole('status')).toContainText('for “side plank”');
    await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', '/exercises/side-plank/');
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first().getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/exercises\/side-plank\/$/);
    // The shortcut works once the new page's script has run, which enables the button.
    await expect(button).toBeEnabled();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
  });

  test('/search/?q=plank shows results on load and the back button restores the previous query', async ({ page }) => {
    await page.goto('/search/?q=plank');
    const panel = page.getByRole('main');
    const box = panel.getByRole('searchbox', { name: 'Search' });
    await expect(box).toHaveValue('plank');
    await expect(panel.locator('[data-search-results] > li').first()).toContainText(/plank/i);
    await box.fill('bird dog');
    await expect(page).toHaveURL(/\?q=bird\+dog$/);
    await expect(panel.locator('[data-search-results] > li').first().getByRole('link').first()).toHaveAttribute('href', '/exercises/bird-dog/');
    await page.goBack();
    await expect(box).toHaveValue('plank');
    await expect(page).toHaveURL(/\?q=plank$/);
  });

  test('says something useful when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=zzyzzx');
    await expect(page.getByRole('main').getByRole('status')).toContainText('Nothing found for “zzyzzx”');
    await expect(page.getByRole('main').getByRole('link', { name: 'Browse all exercise guides' })).toBeVisible();
  });

  test('without JavaScript the header link and the browse pages still work @phone', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/exercises/');
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.goto('/exercises/');
    const browse = page.getByRole('navigation', { name: 'Browse by' });
    await browse.getByRole('link', { name: /^Glutes/ }).click();
    await expect(page).toHaveURL(/\/exercises\/muscle\/glutes\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercises for the glutes');
    await expect(page.getByRole('link', { name: 'Glute bridge', exact: true })).toBeVisible();
    await page.getByRole('navigation', { name: 'Browse by' }).getByRole('link', { name: /^No equipment/ }).click();
    await expect(page.getByRole('link', { name: 'Stability ball pike' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Plank', exact: true })).toBeVisible();
    await page.goto('/routines/');
    await page.getByRole('navigation', { name: 'Browse by' }).getByRole('link', { name: /^Under 10 min/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('under 10 min');
    await context.close();
  });
});
