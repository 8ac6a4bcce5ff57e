import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.getByRole('dialog', { name: 'Search' }).locator('[data-search-results] > li');

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

  test('fetches nothing from /pagefind/ until search is opened', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/exercises/glute-bridge/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await openSearch(page);
    await expect.poll(() => fetched.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
  });

  test('a filter narrows the results and a second value in the same group widens them', async ({ page }) => {
    await page.goto('/');
    const dialog = await openSearch(page);
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('hold');
    const status = dialog.getByRole('status');
    await expect(status).toContainText('result');
    const count = async () => Number((await status.textContent())?.match(/(\d+) results? for/)?.[1] ?? NaN);
    const all = await count();
    await dialog.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Exercise/ }).check();
    await expect.poll(count).toBeLessThan(all);
    const exercisesOnly = await count();
    await dialog.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /^Routine/ }).check();
    await expect.poll(count).toBeGreaterThan(exercisesOnly);
    for (const hit of await results(page).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(hit).toMatch(/^\/(exercises|routines)\//);
    }
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
    // Wait for the results of the whole query, not of a prefix typed on the way.
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
