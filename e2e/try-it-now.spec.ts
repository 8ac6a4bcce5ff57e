import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';

/**
 * A shared link's preview, and "Try it now" from an exercise guide: the journeys a runner
 * takes from a message or a search engine to a running workout. Links are written out by
 * hand (share-link format 1), independently of the codec.
 */
const link = (json: unknown) => `/routines/build/#r=1.${Buffer.from(JSON.stringify(json), 'utf8').toString('base64url')}`;
const LUNCH = link(['Lunch core', 10, 2, 30, [['glute-bridge', 0, 15, 0, 40], ['side-plank', 1, 15, 0, 25], ['bird-dog', 1, 15, 2, 5, 10, 2], ['russian-twist', 0, 0, 1, 10, 2, 30]]]);

const startButton = (page: Page) => page.getByRole('region', { name: 'Workout timer' }).getByRole('button', { name: 'Start', exact: true });

test.describe('a shared link', () => {
  test('on a phone on its side, the preview still shows its title, length and Start without scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await page.goto(LUNCH);
    await expect(page.getByRole('heading', { level: 1, name: 'Lunch core' })).toBeInViewport();
    await expect(page.getByText('About 12 min · 4 exercises · 2 rounds')).toBeInViewport();
    await expect(startButton(page)).toBeEnabled();
    await expect(startButton(page)).toBeInViewport({ ratio: 1 });
    // Beside the first exercise, not below it.
    const first = await page.getByRole('region', { name: 'Workout timer' }).getByText('First up').boundingBox();
    const start = await startButton(page).boundingBox();
    expect(start!.x).toBeGreaterThan(first!.x + first!.width);
  });

  test('opens on a one-screen preview with Start in view, and Edit a copy leads to the editor @phone', async ({ page }) => {
    await page.goto(LUNCH);
    await expect(page.getByRole('heading', { level: 1, name: 'Lunch core' })).toBeVisible();
    await expect(page.getByText('Shared routine', { exact: true })).toBeVisible();
    await expect(page.getByText('About 12 min · 4 exercises · 2 rounds')).toBeVisible();
    // Start, ready to press, without scrolling.
    await expect(startButton(page)).toBeEnabled();
    await expect(startButton(page)).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Edit a copy' })).toBeInViewport();
    // Every step with its thumbnail, its dose, and a link to its guide.
    const steps = page.getByRole('region', { name: 'Steps' }).getByRole('listitem');
    await expect(steps).toHaveCount(4);
    await expect(steps.nth(2)).toContainText('Bird dog5 × 10 s holds, alternating sides');
    await expect(steps.nth(3)).toContainText('Russian twist2 × 10 reps');
    for (const [i, id] of ['glute-bridge', 'side-plank', 'bird-dog', 'russian-twist'].entries()) {
      await expect(steps.nth(i).locator('img')).toHaveAttribute('src', `/figures/${id}.svg`);
      await expect(steps.nth(i).getByRole('link')).toHaveAttribute('href', `/exercises/${id}/`);
    }
    // The first exercise's figure on the timer's "First up", from its file.
    await expect(page.getByRole('region', { name: 'Workout timer' }).locator('.timer-figure img')).toHaveAttribute('src', '/figures/glute-bridge.svg');
    // The editor is out of the way until asked for.
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Build your own routine' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Lunch core');
    await expect(page.getByRole('group', { name: /^Step \d/ })).toHaveCount(4);
    const twist = page.getByRole('group', { name: 'Step 4: Russian twist' });
    await expect(twist.getByRole('spinbutton', { name: 'Sets', exact: true })).toHaveValue('2');
    await expect(page.getByRole('status').filter({ hasText: 'A copy of “Lunch core” is ready to change.' })).toBeVisible();
  });

  test('an exercise the site does not have in a try link is refused, and the builder still works', async ({ page }) => {
    await page.goto('/routines/build/#try=moon-walk');
    await expect(page.getByRole('alert')).toContainText('This link asks to try an exercise this site does not have.');
    await expect(page.getByRole('searchbox', { name: 'Find an exercise' })).toBeEnabled();
  });
});

test.describe('Try it now', () => {
  test('runs a guide’s exercise at the guide’s dose in the floor view, logged as one exercise @phone', async ({ page }) => {
    test.setTimeout(60_000);
    await page.clock.install({ time: new Date('2026-11-22T07:00:00Z') });
    await page.goto('/exercises/glute-bridge/');
    await expect(page.getByRole('definition').filter({ hasText: '2 × 60 s' })).toBeVisible();
    const tryIt = page.getByRole('link', { name: 'Try it now' });
    await expect(tryIt).toBeInViewport();
    await tryIt.click();

    await expect(page).toHaveURL(/\/routines\/build\/#try=glute-bridge$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Glute bridge' })).toBeVisible();
    await expect(page.getByText('Try it now', { exact: true })).toBeVisible();
    // 10 s to get in place, two minutes of work, half a minute between the sets: 160 s.
    await expect(page.getByText('3 min · 1 exercise · 1 round')).toBeVisible();
    await expect(page.getByRole('region', { name: 'The exercise' }).getByRole('listitem')).toHaveText(['Glute bridge2 × 60 s']);
    await expect(startButton(page)).toBeInViewport();

    await page.clock.pauseAt(new Date('2026-11-22T07:01:00Z'));
    await startButton(page).click();
    const floor = page.getByRole('dialog', { name: 'Workout' });
    await expect(floor).toBeVisible();
    await page.clock.runFor(10_000);
    await expect(floor.getByRole('heading', { level: 3 })).toContainText('Glute bridge');
    await expect(floor.getByRole('heading', { level: 3 })).toContainText(/set 1 of 2/i);
    await expect(floor.getByRole('timer')).toHaveText('1:00');
    await expect(floor.locator('.timer-figure img')).toHaveAttribute('src', '/figures/glute-bridge.svg');

    // To the end: logged under the try's own id, which the log shows as one exercise.
    await page.clock.runFor(150_000);
    await expect(page.getByRole('heading', { name: 'Well done: workout complete' })).toBeVisible();
    const logged = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('corestride:workout:')));
    expect(logged).toHaveLength(1);
    expect(logged[0]![0]).toMatch(/^corestride:workout:try-glute-bridge-\d+$/);
    expect(JSON.parse(logged[0]![1])).toMatchObject({ routineId: 'try-glute-bridge', routineTitle: 'Glute bridge', completed: true });

    await page.goto('/log/');
    const entry = page.getByRole('region', { name: 'Every workout' }).getByRole('listitem');
    await expect(entry).toContainText('one exercise, tried from its guide');
    await expect(entry.getByRole('link', { name: 'Glute bridge' })).toHaveAttribute('href', '/exercises/glute-bridge/');
    // In this week's days, but no session: no strength session, no core day.
    await expect(page.getByText('0 of 2 sessions')).toBeVisible();
    await expect(page.getByText('0 of 7 days')).toBeVisible();
  });

  test('every guide links to its own try, the guide itself without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/exercises/bird-dog/');
    await expect(page.getByRole('link', { name: 'Try it now' })).toHaveAttribute('href', '/routines/build/#try=bird-dog');
    await page.goto('/exercises/glute-bridge/');
    await expect(page.getByRole('link', { name: 'Try it now' })).toHaveAttribute('href', '/routines/build/#try=glute-bridge');
    // Easier and harder versions as cards with their figures and doses; the routines that use it above the steps.
    const variations = page.getByRole('region', { name: 'Easier and harder', exact: true }).getByRole('listitem');
    await expect(variations).toHaveCount(2);
    await expect(variations.nth(0)).toContainText('EasierPelvic tilt bridge6 × 8 s holds');
    await expect(variations.nth(1).getByRole('link', { name: 'Marching glute bridge' })).toHaveAttribute('href', '/exercises/marching-glute-bridge/');
    for (const card of await variations.all()) await expect(card.locator('svg')).toBeVisible();
    const routinesTop = await page.getByRole('region', { name: 'In these routines' }).boundingBox();
    const howToTop = await page.getByRole('region', { name: 'How to do it' }).boundingBox();
    expect(routinesTop!.y).toBeLessThan(howToTop!.y);
    await context.close();
  });

  test('the bird dog’s try is its guide’s dose: ten holds of ten seconds a side', async ({ page }) => {
    await page.goto('/routines/build/#try=bird-dog');
    await expect(page.getByRole('region', { name: 'The exercise' }).getByRole('listitem')).toHaveText(['Bird dog10 × 10 s holds, alternating sides']);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    const step = page.getByRole('group', { name: 'Step 1: Bird dog' });
    await expect(step.getByRole('combobox', { name: 'Measure by' })).toHaveValue('hold-reps');
    await expect(step.getByRole('spinbutton', { name: 'Holds', exact: true })).toHaveValue('10');
    await expect(step.getByRole('spinbutton', { name: 'Seconds per hold' })).toHaveValue('10');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the preview of a try has no accessibility violations, ${colorScheme} mode`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto('/routines/build/#try=side-plank');
      await expect(startButton(page)).toBeEnabled();
      expect((await axe(page)).map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await context.close();
    });
  }
});

test.describe('the picker and sharing', () => {
  test('the picker narrows by muscle and equipment, with a thumbnail for each exercise', async ({ page }) => {
    await page.goto('/routines/build/');
    await expect(page.getByRole('searchbox', { name: 'Find an exercise' })).toBeEnabled();
    const picks = page.getByRole('list', { name: 'Add exercises' }).getByRole('listitem');
    const all = await picks.count();
    expect(all).toBeGreaterThan(20);
    await expect(picks.first().locator('img')).toHaveAttribute('src', /^\/figures\/[a-z0-9-]+\.svg$/);
    await page.getByRole('combobox', { name: 'Equipment' }).selectOption({ label: 'Stability ball' });
    await expect(picks.filter({ hasText: 'Stability ball' })).toHaveCount(await picks.count());
    await expect(page.getByRole('status').filter({ hasText: / of \d+ match$/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'Muscle' }).selectOption({ label: 'Lower back' });
    await expect(page.getByRole('button', { name: 'Add Stability ball back extension' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add Plank', exact: true })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Equipment' }).selectOption({ label: 'No equipment' });
    await expect(page.getByRole('button', { name: 'Add Bird dog' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add Stability ball back extension' })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Muscle' }).selectOption({ label: 'Any muscle' });
    await page.getByRole('combobox', { name: 'Equipment' }).selectOption({ label: 'Any equipment' });
    await expect(picks).toHaveCount(all);
  });

  test('Share opens the share sheet where the browser has one', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      (window as unknown as { __shared: ShareData[] }).__shared = shared;
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data), configurable: true });
    });
    await page.goto('/routines/build/');
    await page.getByRole('button', { name: 'Add Plank', exact: true }).click();
    const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([{ title: 'My routine', text: 'My routine: a routine for CoreStride’s workout timer', url }]);
  });

  test('without a share sheet, Copy link puts the link on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => void delete (Navigator.prototype as { share?: unknown }).share);
    await page.goto('/routines/build/');
    await page.getByRole('button', { name: 'Add Plank', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Share link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByRole('textbox', { name: 'Share link' }).inputValue());
  });
});
