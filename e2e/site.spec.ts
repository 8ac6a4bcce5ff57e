import { expect, test } from '@playwright/test';

test.describe('every page type', () => {
  test('home → exercises → an exercise guide, with the guide complete @phone', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/CoreStride/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exercises' }).click();
    await expect(page).toHaveURL(/\/exercises\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise guides' })).toBeVisible();
    await page.getByRole('link', { name: 'Glute bridge', exact: true }).click();
    await expect(page).toHaveURL(/\/exercises\/glute-bridge\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Glute bridge' })).toBeVisible();
    for (const section of ['How to do it', 'Form cues', 'Common mistakes', 'Muscles', 'Equipment', 'Easier and harder', 'In these routines']) {
      await expect(page.getByRole('heading', { name: section })).toBeVisible();
    }
    const steps = page.getByRole('region', { name: 'How to do it' }).getByRole('listitem');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByText(/Fix:/).first()).toBeVisible();
  });

  test('the guide\'s moving figure plays a few cycles and rests, and can be paused and played again', async ({ page, browser }) => {
    await page.goto('/exercises/glute-bridge/');
    const toggle = page.getByRole('button', { name: 'Pause the movement' });
    // each moving part has its own animation: they all share one state
    const state = () => page.evaluate(() => [...new Set(document.querySelector('figure svg')!.getAnimations({ subtree: true }).map((a) => a.playState))].join());
    await expect(toggle).toBeVisible();
    expect(await state()).toBe('running');
    await toggle.click();
    expect(await state()).toBe('paused');
    await page.getByRole('button', { name: 'Play the movement' }).click();
    expect(await state()).toBe('running');
    // It stops on its own after its cycles (jumped to here), and then plays from the start.
    await page.evaluate(() => document.querySelector('figure svg')!.getAnimations({ subtree: true }).forEach((a) => a.finish()));
    expect(await state()).toBe(''); // a finished CSS animation is no longer listed
    await page.getByRole('button', { name: 'Play the movement' }).click();
    expect(await state()).toBe('running');
    await expect(page.getByRole('button', { name: 'Pause the movement' })).toBeVisible();
    // Off screen it waits where it is; back on screen it carries on.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(state).toBe('paused');
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(state).toBe('running');

    // Nothing moves with reduced motion, so there is nothing to pause.
    const calm = await browser.newContext({ reducedMotion: 'reduce' });
    const still = await calm.newPage();
    await still.goto('/exercises/glute-bridge/');
    await expect(still.getByRole('heading', { level: 1, name: 'Glute bridge' })).toBeVisible();
    await expect(still.getByRole('button', { name: /the movement/ })).toBeHidden();
    await calm.close();
  });

  test('an exercise guide links to the routines that use it, and back', async ({ page }) => {
    await page.goto('/exercises/side-plank/');
    const usedIn = page.getByRole('region', { name: 'In these routines' });
    const link = usedIn.getByRole('link').first();
    const routineName = (await link.textContent())!.trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: routineName })).toBeVisible();
    await page.getByRole('region', { name: 'The steps' }).getByRole('link', { name: 'Side plank' }).first().click();
    await expect(page).toHaveURL(/\/exercises\/side-plank\/$/);
  });

  test('a routine page lists every step, total time and equipment without JavaScript @phone', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/routines/');
    await page.getByRole('link', { name: 'Core basics' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Core basics' })).toBeVisible();
    await expect(page.getByText('Total time')).toBeVisible();
    await expect(page.getByText(/^Equipment:/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Workout timer' })).toContainText('needs JavaScript');
    const steps = page.getByRole('region', { name: 'The steps' }).getByRole('listitem');
    await expect(steps).toHaveCount(3);
    await context.close();
  });

  test('the routines browse by kind without JavaScript: core, strength and mobility, each page listing only its own', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/routines/');
    const browse = page.getByRole('navigation', { name: 'Browse by' });
    await expect(browse.getByRole('link', { name: /^(Core|Strength|Mobility)\b/ })).toHaveCount(3);
    await browse.getByRole('link', { name: /^Mobility/ }).click();
    await expect(page).toHaveURL(/\/routines\/kind\/mobility\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mobility routines');
    const cards = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) await expect(card.getByText('Mobility', { exact: true })).toBeVisible();
    await cards.getByRole('link', { name: 'Gentle back mobility' }).click();
    await expect(page.getByText('Mobility routine', { exact: true })).toBeVisible();
    await context.close();
  });

  test('articles list → article, with links to the exercises it mentions', async ({ page }) => {
    await page.goto('/articles/');
    const first = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /bridge|plank|bird dog/i }).first()).toBeVisible();
  });

  test('a long article opens with its dates and a contents list; the red-flag article puts In short first and its emergency signs in a box @phone', async ({ page }) => {
    await page.goto('/articles/lower-back-pain-when-to-see-a-professional/');
    const main = page.getByRole('main');
    await expect(main.getByText(/^Published 20 October 2026 · Updated \d{1,2} \w+ 20\d\d$/)).toBeVisible();
    const contents = main.getByRole('navigation', { name: 'Contents' });
    const sections = main.locator('.prose-run h2');
    await expect(contents.getByRole('link')).toHaveCount(await sections.count());
    await expect(sections.first()).toHaveText('In short');
    await contents.getByRole('link', { name: 'How much pain is acceptable when you exercise' }).click();
    await expect(page).toHaveURL(/#how-much-pain-is-acceptable-when-you-exercise$/);
    const emergency = main.getByRole('region', { name: 'Emergency signs: get care now' });
    await expect(emergency).toContainText('emergency department');
    await expect(emergency.getByRole('listitem')).toHaveCount(5);
  });

  test('an unknown address shows a real 404 page with ways back', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('wrong turn');
    await page.getByRole('link', { name: 'Browse exercise guides' }).click();
    await expect(page).toHaveURL(/\/exercises\/$/);
  });
});

test.describe('every page', () => {
  for (const path of ['/', '/exercises/', '/exercises/bird-dog/', '/routines/', '/routines/core-basics/', '/articles/', '/articles/why-runners-need-core-strength/']) {
    test(`${path} has a title, description, canonical and one h1`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(/\S.*CoreStride|CoreStride.*\S/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/\//g, '\\/')}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    });
  }

  test('the skip link is the first stop for the keyboard and moves focus to the content @phone', async ({ page }) => {
    await page.goto('/exercises/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the footer carries the medical disclaimer', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('contentinfo')).toContainText('General guidance, not a personal plan');
  });

  test('the footer sends the emergency signs to emergency care, on every kind of page', async ({ page }) => {
    for (const path of ['/', '/exercises/plank/', '/routines/core-basics/', '/articles/first-four-weeks/']) {
      await page.goto(path);
      const footer = page.getByRole('contentinfo');
      await expect(footer).toContainText('Get emergency care now');
      for (const sign of ['numbness around the genitals or buttocks', 'new bladder or bowel problems', 'loss of sexual function', 'symptoms in both legs']) {
        await expect(footer).toContainText(sign);
      }
    }
  });
});
