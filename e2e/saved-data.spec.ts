import { expect, test, type Page } from '@playwright/test';
import { fillStorage } from './support/full-storage';

/**
 * Saved data that is not JSON at all, in every key a page reads: each page must still work,
 * say what it could not read, and move the raw value to `corestride:set-aside:<key>` so the
 * next load is clean and nothing is lost. Keys a page does not read are left as they were.
 */
const ROUTINE = 'back-and-core-circuit';
const DAMAGED: Record<string, string> = {
  'corestride:prefs': '{broken',
  [`corestride:settings:${ROUTINE}`]: 'xxx',
  [`corestride:session:${ROUTINE}`]: '{broken',
  // Named like a workout of this routine, so the routine page's "Last done" looks at it too.
  [`corestride:workout:${ROUTINE}-1763794800000`]: '',
  'corestride:weekly-plan': '{"v":1,',
  'corestride:my-routine:a1b2c3': 'xxx',
};

/** Stores the damaged values before the first page load only, so reloads show what the page left. */
async function damageStorage(page: Page, values: Record<string, string> = DAMAGED) {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('damaged')) return;
    sessionStorage.setItem('damaged', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, values);
}

const storage = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

/** The keys a page read are empty now, their raw values set aside; every other key is as it was. */
async function expectSetAside(page: Page, read: string[]) {
  const expected: Record<string, string> = {};
  for (const [key, value] of Object.entries(DAMAGED)) expected[read.includes(key) ? `corestride:set-aside:${key}` : key] = value;
  expect(await storage(page)).toEqual(expected);
}

/** Records uncaught page errors for the life of the page. */
function errors(page: Page) {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(e.message));
  return seen;
}

test.describe('damaged saved data', () => {
  test('the routine page: the timer starts, says what it could not read, and sets it aside once', async ({ page }) => {
    const seen = errors(page);
    await damageStorage(page);
    await page.goto(`/routines/${ROUTINE}/`);
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    const notices = timer.getByRole('status');
    await expect(notices.filter({ hasText: 'Your sound and voice settings could not be read (it is not valid JSON), so the defaults are back.' })).toHaveCount(1);
    await expect(notices.filter({ hasText: 'Your saved timings for this routine could not be read (it is not valid JSON)' })).toHaveCount(1);
    await expect(notices.filter({ hasText: 'Your unfinished workout could not be read (it is not valid JSON)' })).toHaveCount(1);
    await expect(notices.filter({ hasText: 'set aside' })).toHaveCount(3);
    await expectSetAside(page, ['corestride:prefs', `corestride:settings:${ROUTINE}`, `corestride:session:${ROUTINE}`]);

    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText(/^Next: /);
    await expect(timer.getByText('Round 1 of 3 · Step')).toBeVisible();
    await timer.getByRole('button', { name: 'Reset' }).click();
    await timer.getByRole('button', { name: 'Yes, reset' }).click();

    // Set aside once: the next load is clean, and the copies are still there.
    await page.reload();
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await expect(timer.locator('[data-hydrated]')).toHaveCount(1);
    await expect(timer.getByText('could not be read')).toHaveCount(0);
    await expectSetAside(page, ['corestride:prefs', `corestride:settings:${ROUTINE}`, `corestride:session:${ROUTINE}`]);
    expect(seen).toEqual([]);
  });

  test('the log: it shows, reports the workout and the plan it could not read, and sets them aside once', async ({ page }) => {
    const seen = errors(page);
    await damageStorage(page);
    await page.goto('/log/');
    await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '1 saved workout could not be read, so it was set aside.' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Your weekly plan could not be read (it is not valid JSON), so the default plan is back.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Every workout' })).toContainText('No workouts yet');
    await expectSetAside(page, ['corestride:weekly-plan', `corestride:workout:${ROUTINE}-1763794800000`]);

    // Usable: the plan can be changed and is kept.
    await page.getByText('Change your weekly plan').click();
    const core = page.getByRole('spinbutton', { name: 'Core, days a week' });
    await core.fill('5');
    await core.press('Enter');
    await expect(page.getByText('0 of 5 days')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
    await expect(page.getByText('could not be read')).toHaveCount(0);
    await expect(page.getByText('0 of 5 days')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('corestride:set-aside:corestride:weekly-plan'))).toBe('{"v":1,');
    expect(seen).toEqual([]);
  });

  test('the builder: exercises can be added and run, and what it could not read is reported and set aside once', async ({ page }) => {
    const seen = errors(page);
    await damageStorage(page);
    await page.goto('/routines/build/');
    await expect(page.getByRole('searchbox', { name: 'Find an exercise' })).toBeEnabled();
    const mine = page.getByRole('region', { name: 'My routines' });
    await expect(mine.getByRole('status').filter({ hasText: 'A saved routine could not be read (it is not valid JSON), so it was set aside, not deleted.' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Find an exercise' }).fill('plank');
    await page.getByRole('button', { name: 'Add Plank', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Step 1: Plank' })).toBeVisible();
    // The routine's timer reads the shared sound and voice settings.
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('status').filter({ hasText: 'Your sound and voice settings could not be read (it is not valid JSON)' })).toBeVisible();
    await expectSetAside(page, ['corestride:my-routine:a1b2c3', 'corestride:prefs']);

    // The custom routine's own timings and unfinished workout, damaged too: start it to learn its key.
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    const id = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('corestride:session:custom-'))!.slice('corestride:session:'.length));
    await timer.getByRole('button', { name: 'Reset' }).click();
    await timer.getByRole('button', { name: 'Yes, reset' }).click();
    await page.evaluate((id) => {
      localStorage.setItem(`corestride:settings:${id}`, '{broken');
      localStorage.setItem(`corestride:session:${id}`, '');
    }, id);
    const shareUrl = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    // The link (a change of fragment on this page) opens on its preview, whose timer is the same
    // routine's: it reads the same saved timings and workout, and reports them once.
    await page.goto(shareUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'My routine' })).toBeVisible();
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await expect(timer.getByRole('status').filter({ hasText: 'Your saved timings for this routine could not be read (it is not valid JSON)' })).toBeVisible();
    await expect(timer.getByRole('status').filter({ hasText: 'Your unfinished workout could not be read (it is not valid JSON)' })).toBeVisible();
    await page.reload();
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await expect(timer.getByText('could not be read')).toHaveCount(0);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page.getByRole('group', { name: 'Step 1: Plank' })).toBeVisible();
    await expect(mine.getByRole('heading', { name: 'My routines' })).toBeVisible();
    await expect(mine.getByText('could not be read')).toHaveCount(0);
    const after = await storage(page);
    expect([after[`corestride:settings:${id}`], after[`corestride:session:${id}`]]).toEqual([undefined, undefined]);
    expect([after[`corestride:set-aside:corestride:settings:${id}`], after[`corestride:set-aside:corestride:session:${id}`]]).toEqual(['{broken', '']);
    expect(after['corestride:set-aside:corestride:my-routine:a1b2c3']).toBe('xxx');

    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText(/^Next: /);
    expect(seen).toEqual([]);
  });

  test('with no room to set a copy aside, every page says the value was left where it was, and deletes nothing', async ({ page }) => {
    const seen = errors(page);
    // A damaged unfinished workout too big to copy beside itself, and the rest of storage full.
    const big = `{${'x'.repeat(400_000)}`;
    const values = { ...DAMAGED, [`corestride:session:${ROUTINE}`]: big };
    await page.goto('/offline/');
    await page.evaluate((values) => {
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    }, values);
    await fillStorage(page);
    const ours = async () => Object.fromEntries(Object.entries(await storage(page)).filter(([k]) => k.startsWith('corestride:')));

    await page.goto(`/routines/${ROUTINE}/`);
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    const notices = timer.getByRole('status');
    await expect(notices.filter({ hasText: 'Your unfinished workout could not be read (it is not valid JSON), so the timer starts afresh. It was left where it was, not deleted: storage is too full to set a copy aside' })).toHaveCount(1);
    await expect(notices.filter({ hasText: 'left where it was, not deleted' })).toHaveCount(3);
    await expect(timer.getByText('set aside, not deleted')).toHaveCount(0);
    // Nothing deleted at start-up, nothing copied, nothing saved over by a toggle.
    await timer.getByRole('button', { name: 'Voice' }).click();
    expect(await ours()).toEqual(values);

    await page.goto('/log/');
    await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '1 saved workout could not be read. It was left where it was, not deleted: storage is too full to set a copy aside' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Your weekly plan could not be read (it is not valid JSON), so the default plan is back. It was left where it was, not deleted' })).toBeVisible();
    await page.getByText('Change your weekly plan').click();
    const core = page.getByRole('spinbutton', { name: 'Core, days a week' });
    await core.fill('5');
    await core.press('Enter');

    await page.goto('/routines/build/');
    await expect(page.getByRole('searchbox', { name: 'Find an exercise' })).toBeEnabled();
    await expect(page.getByRole('region', { name: 'My routines' }).getByRole('status')).toHaveText(
      'A saved routine could not be read (it is not valid JSON), so it was left where it was, not deleted: storage is too full to set a copy aside, so this shows on each visit until there is room.',
    );
    expect(await ours()).toEqual(values);
    expect(seen).toEqual([]);
  });
});
