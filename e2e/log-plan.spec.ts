/**
 * The honest log (issue 19, section 4; the back trend of section 5): this week measured against
 * the plan's sessions of each kind, builder routines counted as the kind they were saved with,
 * history entries that open their routine again, and the back score over the weeks. The clock
 * stands at Thursday 10 December 2026, 19:00 (e2e/support/log-plan.ts says what the plan asks).
 */
import { expect, test, type Page } from '@playwright/test';
import { customRoutineId } from '../src/lib/share/codec';
import { BACK_HISTORY, NOW, PLAN_RECORD, seedLogPlan } from './support/log-plan';

const week = (page: Page) => page.getByRole('region', { name: 'This week' });
const history = (page: Page) => page.getByRole('region', { name: 'Every workout' }).getByRole('listitem');

async function openLog(page: Page) {
  await page.goto('/log/');
  await expect(week(page)).toBeVisible();
}

/** The bar of one kind: its accessible name, value and maximum. */
async function expectBar(page: Page, kind: string, done: number, target: number) {
  const bar = week(page).getByRole('progressbar', { name: `${kind} this week` });
  await expect(bar).toHaveAttribute('value', String(Math.min(done, Math.max(1, target))));
  await expect(bar).toHaveAttribute('max', String(Math.max(1, target)));
  const unit = kind === 'Core' ? 'day' : 'session';
  await expect(week(page)).toContainText(new RegExp(`${kind}\\s*${done} of ${target} ${unit}${target === 1 ? '' : 's'}`));
}

test.describe('the log against the plan', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: NOW });
  });

  test('a stored plan and this week’s workouts show the right counts of each kind @phone', async ({ page }) => {
    await seedLogPlan(page, [
      { routineId: 'runner-strength-day', title: 'Runner strength day', at: '2026-12-07T18:30:00' },
      { routineId: 'seven-minute-core', title: 'Seven-minute core', at: '2026-12-08T07:10:00' },
      { routineId: 'seven-minute-core', title: 'Seven-minute core', at: '2026-12-08T19:10:00' },
      { routineId: 'back-and-core-circuit', title: 'Back and core circuit', at: '2026-12-09T07:10:00' },
      { routineId: 'try-dead-bug', title: 'Dead bug', at: '2026-12-10T07:00:00' },
      // Last week's strength day is not this week's.
      { routineId: 'runner-strength-day', title: 'Runner strength day', at: '2026-12-06T18:30:00' },
    ]);
    await openLog(page);
    await expect(week(page)).toContainText('Against your plan, week 4 of 12: Your first strength days.');
    // Core twice on Tuesday is one core day; the core circuit is core, not strength; the try is no session.
    await expectBar(page, 'Core', 2, 4);
    await expectBar(page, 'Strength', 1, 2);
    await expectBar(page, 'Mobility', 0, 1);
    // The old counters give way to the plan: their settings are not offered.
    await expect(page.getByText('Change your weekly plan')).toHaveCount(0);
    await expect(week(page).getByRole('link', { name: 'your plan' })).toHaveAttribute('href', '/plan/');
  });

  test('a gentle back mobility workout counts as mobility, never as strength', async ({ page }) => {
    await seedLogPlan(page, [{ routineId: 'gentle-back-mobility', title: 'Gentle back mobility', at: '2026-12-07T18:30:00' }]);
    await openLog(page);
    await expectBar(page, 'Strength', 0, 2);
    await expectBar(page, 'Mobility', 1, 1);
    await expect(week(page)).toContainText('1 of 1 session · done');
    await expect(history(page).first()).toContainText('Mobility ·');
  });

  test('a builder routine saved as strength counts as strength, and its entry opens it again', async ({ page }) => {
    await seedLogPlan(page, []);
    await page.goto('/routines/build/');
    await expect(page.getByRole('searchbox', { name: 'Find an exercise' })).toBeEnabled();
    await page.getByRole('searchbox', { name: 'Find an exercise' }).fill('glute bridge');
    await page.getByRole('button', { name: 'Add Glute bridge', exact: true }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Hill legs');
    const kind = page.getByRole('combobox', { name: 'Counts in your log as' });
    await expect(kind).toHaveValue('core');
    await kind.selectOption({ label: 'Strength' });
    await page.getByRole('button', { name: 'Save to My routines' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “Hill legs” to My routines. Your log counts it as strength.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'My routines' })).toContainText('Strength ·');

    // A workout of it, logged as the timer logs one: under the id of the routine's link.
    const link = await page.evaluate(() => JSON.parse(localStorage.getItem('corestride:my-routine:"hill legs"')!).link as string);
    const routineId = customRoutineId(link);
    await page.evaluate((routineId) => {
      const finishedAt = new Date('2026-12-09T18:00:00').getTime();
      const startedAt = finishedAt - 600_000;
      const id = `${routineId}-${startedAt}`;
      localStorage.setItem(`corestride:workout:${id}`, JSON.stringify({ v: 1, id, routineId, routineTitle: 'Hill legs', startedAt, finishedAt, activeMs: 590_000, steps: 4, rounds: 2, completed: true }));
    }, routineId);

    await openLog(page);
    await expectBar(page, 'Strength', 1, 2);
    await expectBar(page, 'Core', 0, 4);
    await history(page).getByRole('link', { name: 'Hill legs' }).click();
    await expect(page).toHaveURL(`/routines/build/#${link}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Hill legs' })).toBeVisible();
  });

  test('history entries open their routine: a library routine’s page, a try’s exercise guide', async ({ page }) => {
    await seedLogPlan(page, [
      { routineId: 'runner-strength-day', title: 'Runner strength day', at: '2026-12-07T18:30:00' },
      { routineId: 'try-dead-bug', title: 'Dead bug', at: '2026-12-10T07:00:00' },
    ]);
    await openLog(page);
    await expect(history(page).getByRole('link', { name: 'Dead bug' })).toHaveAttribute('href', '/exercises/dead-bug/');
    await history(page).getByRole('link', { name: 'Runner strength day' }).click();
    await expect(page).toHaveURL('/routines/runner-strength-day/');
    await expect(page.getByRole('heading', { level: 1, name: 'Runner strength day' })).toBeVisible();
  });

  test('the back score trend shows the last eight weeks, in a drawing and in words @phone', async ({ page }) => {
    await seedLogPlan(page, [...BACK_HISTORY, { routineId: 'gentle-back-mobility', title: 'Gentle back mobility', at: '2026-12-09T19:00:00', back: 2 }]);
    await openLog(page);
    const back = page.getByRole('region', { name: 'Your back' });
    const words = 'Back score, last 8 weeks: no score, 3, 2, 3, 4, 2, 1, 2 (oldest first; 0 is no pain, 10 the worst).';
    await expect(back.getByRole('img', { name: words })).toBeVisible();
    await expect(back).toContainText(words);
    // One dot for each week with a score.
    await expect(back.locator('circle')).toHaveCount(7);
    await expect(back.getByRole('link', { name: 'when to see a professional' })).toHaveAttribute('href', '/articles/lower-back-pain-when-to-see-a-professional/');
  });

  test('a check-in that cannot be read is set aside and said so; the plan and the rest still count', async ({ page }) => {
    const key = 'corestride:check-in:seven-minute-core-1765263000000';
    await seedLogPlan(page, [{ routineId: 'seven-minute-core', title: 'Seven-minute core', at: '2026-12-08T07:10:00' }], { extra: { [key]: '{"v":1,"back":11}' } });
    await openLog(page);
    await expect(page.getByRole('status').filter({ hasText: 'A workout’s check-in could not be read (' })).toContainText('so it was set aside, not deleted.');
    await expectBar(page, 'Core', 1, 4);
    expect(await page.evaluate((k) => [localStorage.getItem(k), localStorage.getItem(`corestride:set-aside:${k}`)], key)).toEqual([null, '{"v":1,"back":11}']);
  });

  test('without a plan, the weekly counters keep working; a plan takes over and leaves them stored', async ({ page }) => {
    await seedLogPlan(page, [{ routineId: 'gentle-back-mobility', title: 'Gentle back mobility', at: '2026-12-07T18:30:00' }], {
      plan: false,
      extra: { 'corestride:weekly-plan': JSON.stringify({ v: 1, corePerWeek: 5, strengthPerWeek: 3 }) },
    });
    await openLog(page);
    await expect(week(page)).toContainText('Against your weekly counters.');
    await expectBar(page, 'Core', 0, 5);
    await expectBar(page, 'Strength', 0, 3);
    await expect(week(page)).toContainText(/Mobility\s*1 session this week/);
    await expect(page.getByText('Change your weekly plan')).toBeVisible();

    await page.evaluate((plan) => localStorage.setItem('corestride:plan', JSON.stringify(plan)), PLAN_RECORD);
    await page.reload();
    await expectBar(page, 'Strength', 0, 2);
    await expect(page.getByText('Change your weekly plan')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('corestride:weekly-plan'))).toBe(JSON.stringify({ v: 1, corePerWeek: 5, strengthPerWeek: 3 }));
  });
});
