/**
 * The Today card (issue 19, section 3) on the home page and /log/: with no plan and no
 * JavaScript, plain links; with a stored plan, today's sessions on a fixed date (page.clock),
 * started from the card into the routine page's floor view, finished, and the finish screen's
 * "what next" agreeing with the plan; a rest day; an unfinished workout; the back heard.
 * A plan is stored as the plan page stores it (planRecord + writePlan), not through that page.
 */
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { axe } from './axe';
import type { PlanSettings } from '../src/lib/plan/model';
import { planRecord } from '../src/lib/plan/schema';
import { PLAN_KEYS } from '../src/lib/storage/keys';
import { writeCheckIn, writePlan } from '../src/lib/storage/plan';
import { sampleWeek } from '../tests/fixtures/sample-week';

// Dates are the runner's own: one time zone for every test, whatever the machine's.
test.use({ timezoneId: 'Europe/London' });

/** Runs Monday, Wednesday, Friday and Saturday, the long run Saturday, a hard session Wednesday; from Monday 1 March 2027. */
const settings = (start: PlanSettings['start']): PlanSettings => sampleWeek({ minutes: 20, start });
/** Strength on Monday and Thursday, the seven-minute core on most other days. */
const REGULAR = writePlan(planRecord(settings('regular'), { time: '18:00', reminderMinutes: 30 }, Date.parse('2027-03-01T08:00:00Z')));
/** Week 1: core basics on Tuesday, Thursday and Sunday, nothing on other days. */
const NEW = writePlan(planRecord(settings('new'), { time: '18:00', reminderMinutes: 30 }, Date.parse('2027-03-01T08:00:00Z')));

/** Stores `entries` before any page script runs, on every page of the test (the card reads them as it loads). */
async function store(page: Page, entries: Record<string, string>) {
  await page.addInitScript((e) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

/** A check-in after a workout on `date`, with a back score. */
function checkIn(date: string, back: number, routineId = 'seven-minute-core') {
  const at = Date.parse(`${date}T18:00:00Z`);
  const workoutId = `${routineId}-${at - 600_000}`;
  return { [PLAN_KEYS.checkIn(workoutId)]: writeCheckIn({ v: 1, workoutId, routineId, kind: 'core', at, date, rating: 'just-right', back }) };
}

const today = (page: Page) => page.getByRole('region', { name: 'Today' });

test.describe('no plan', () => {
  test('the card offers "Make your plan" and a short session, and loads nothing more', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => (r.resourceType() === 'script' || r.resourceType() === 'fetch') && scripts.push(new URL(r.url()).pathname));
    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(today(page).getByRole('link', { name: 'Make your plan' })).toHaveAttribute('href', '/plan/');
    await expect(today(page).getByRole('link', { name: 'Seven-minute core' })).toHaveAttribute('href', '/routines/seven-minute-core/');
    await expect(today(page)).toContainText(/Seven-minute core \(8 min\)/);
    expect(scripts.filter((s) => /card|library\.json/.test(s))).toEqual([]);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the card is plain links, on the home page and /log/', async ({ page }) => {
      for (const url of ['/', '/log/']) {
        await page.goto(url);
        await expect(today(page).getByRole('heading', { name: 'Today' })).toBeVisible();
        await expect(today(page).getByRole('link', { name: 'Make your plan' })).toBeVisible();
        await expect(today(page).getByRole('link', { name: 'Seven-minute core' })).toBeVisible();
      }
    });
  });
});

test.describe('with a plan', () => {
  test("a plan day: start today's session from the card, finish it, and the finish screen agrees with the plan @phone", async ({ page }) => {
    // Some 27 steps, each a few presses or clock moves: generous on a loaded machine.
    test.setTimeout(120_000);
    await page.clock.install({ time: new Date('2027-03-03T07:30:00Z') });
    await store(page, { [PLAN_KEYS.plan]: REGULAR });
    await page.goto('/');
    const card = today(page);
    await expect(card).toContainText('Wednesday 3 March · week 1 of 12');
    await expect(card.getByRole('heading', { name: 'Seven-minute core' })).toBeVisible();
    await expect(card).toContainText('Core · 8 min');
    await expect(card).toContainText('Next: Strength day tomorrow (Runner strength day, 19 min).');
    await expect(card.getByRole('link', { name: 'Make your plan' })).toHaveCount(0);

    await card.getByRole('link', { name: 'Start Seven-minute core' }).click();
    await expect(page).toHaveURL(/\/routines\/seven-minute-core\/#start$/);
    // The floor view, ready: one big Start, whose tap starts the sound and the voice.
    const ready = page.getByRole('dialog', { name: 'Seven-minute core' });
    await expect(ready.getByRole('button', { name: 'Start', exact: true })).toBeFocused();
    await page.clock.pauseAt(new Date('2027-03-03T07:31:00Z'));
    await ready.getByRole('button', { name: 'Start', exact: true }).click();
    const floor = page.getByRole('dialog', { name: 'Workout' });
    await expect(floor).toBeVisible();
    await expect(ready).toHaveCount(0);
    // The address no longer asks for the ready view: a reload offers to resume instead.
    expect(new URL(page.url()).hash).toBe('');

    // Through the whole routine: the clock runs the timed steps, Done ends each reps step.
    const done = floor.getByRole('heading', { name: 'Well done: workout complete' });
    for (let i = 0; i < 300 && !(await done.isVisible()); i++) {
      const reps = floor.getByRole('button', { name: 'Done', exact: true });
      if (await reps.isVisible()) await reps.click();
      else await page.clock.runFor(15_000);
    }
    await expect(done).toBeVisible();
    await expect(floor).toContainText('Next: strength day tomorrow (Runner strength day, 19 min).');
    await expect(floor).not.toContainText('give your core a day off');

    // axe needs time to move; the finish screen stays as it is.
    await page.clock.resume();
    // A back score of concern, given on the same screen: what comes next is read again, and heeds it.
    await floor.getByRole('group', { name: 'Your back today, 0 to 10' }).getByRole('radio', { name: '6', exact: true }).check();
    await expect(floor).toContainText('Next: mobility day tomorrow (Gentle back mobility, 8 min).');
    await expect(floor).not.toContainText('Runner strength day, 19 min');
    expect((await axe(page)).map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

    // Back home, the card knows it is done, and says what is next.
    await page.goto('/');
    await expect(card.getByText('Done today')).toBeVisible();
    await expect(card).toContainText('All done for today.');
    await expect(card.getByRole('link', { name: /^Start/ })).toHaveCount(0);
  });

  test('a rest day says what is next and when, on the home page and /log/', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-03-05T12:00:00Z') });
    await store(page, { [PLAN_KEYS.plan]: NEW });
    for (const url of ['/', '/log/']) {
      await page.goto(url);
      await expect(today(page)).toContainText('A rest day: nothing planned.');
      await expect(today(page)).toContainText('Next: Core day on Sunday (Core basics, 10 min).');
      await expect(today(page).getByRole('link', { name: /^Start/ })).toHaveCount(0);
      await expect(today(page).getByRole('link', { name: 'See your whole plan' })).toHaveAttribute('href', '/plan/');
    }
  });

  test('an unfinished workout of today\'s routine shows Resume, which opens it ready to carry on', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-03-03T07:30:00Z') });
    await store(page, { [PLAN_KEYS.plan]: REGULAR });
    await page.goto('/routines/seven-minute-core/');
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.runFor(60_000);
    await page.getByRole('dialog', { name: 'Workout' }).getByRole('button', { name: 'Pause' }).first().click();

    await page.goto('/');
    const card = today(page);
    await expect(card.getByRole('link', { name: 'Resume Seven-minute core' })).toHaveAttribute('href', '/routines/seven-minute-core/#start');
    await card.getByRole('link', { name: 'Resume Seven-minute core' }).click();
    const ready = page.getByRole('dialog', { name: 'Seven-minute core' });
    await ready.getByRole('button', { name: 'Resume workout' }).click();
    await expect(page.getByRole('dialog', { name: 'Workout' }).getByText('Round 1 of 1')).toBeVisible();
  });

  test('a back score that advises it swaps strength for gentle mobility, says why, and a 7 links to a professional', async ({ page }) => {
    // Thursday 4 March is a strength day.
    await page.clock.install({ time: new Date('2027-03-04T07:30:00Z') });
    await store(page, { [PLAN_KEYS.plan]: REGULAR, ...checkIn('2027-03-02', 2), ...checkIn('2027-03-03', 6) });
    await page.goto('/');
    const card = today(page);
    await expect(card.getByRole('heading', { name: 'Gentle back mobility' })).toBeVisible();
    await expect(card).toContainText('Mobility · 8 min · for your back');
    await expect(card).toContainText('Your last back score was 6 out of 10. So today is gentle back mobility instead of strength work');
    await expect(card.getByRole('heading', { name: 'Runner strength day' })).toHaveCount(0);
    // The runner may still choose the planned session.
    await expect(card.getByRole('link', { name: 'Runner strength day' })).toHaveAttribute('href', '/routines/runner-strength-day/');
    await expect(card.getByRole('link', { name: 'When to see a professional' })).toHaveCount(0);
    await expect(card.getByRole('link', { name: 'Start Gentle back mobility' })).toHaveAttribute('href', '/routines/gentle-back-mobility/#start');

    await page.evaluate((e) => Object.entries(e).forEach(([k, v]) => localStorage.setItem(k, v)), checkIn('2027-03-03', 7, 'after-your-run'));
    await page.reload();
    await expect(card).toContainText('Your last back score was 7 out of 10.');
    await expect(card.getByRole('link', { name: 'When to see a professional' })).toHaveAttribute('href', '/articles/lower-back-pain-when-to-see-a-professional/');
  });

  test('the card with the back heard, and the ready floor view, are accessible in light and dark mode', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-03-04T07:30:00Z') });
    await store(page, { [PLAN_KEYS.plan]: REGULAR, ...checkIn('2027-03-03', 8) });
    const violations: string[] = [];
    const check = async (where: string) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const v of await axe(page)) violations.push(`${where} (${scheme}): ${v.id} ${v.nodes[0]?.target.join(' ')}`);
      }
    };
    await page.goto('/');
    await expect(today(page).getByRole('link', { name: 'When to see a professional' })).toBeVisible();
    await check('home');
    await page.goto('/routines/gentle-back-mobility/#start');
    await expect(page.getByRole('dialog', { name: 'Gentle back mobility' }).getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    await check('ready');
    expect(violations).toEqual([]);
  });

  test('without a back score of concern, the strength day stands', async ({ page }) => {
    await page.clock.install({ time: new Date('2027-03-04T07:30:00Z') });
    await store(page, { [PLAN_KEYS.plan]: REGULAR, ...checkIn('2027-03-03', 2) });
    await page.goto('/');
    await expect(today(page).getByRole('heading', { name: 'Runner strength day' })).toBeVisible();
    await expect(today(page)).toContainText('Strength · 19 min');
    await expect(today(page).getByRole('heading', { name: 'Gentle back mobility' })).toHaveCount(0);
  });

  test('an unreadable plan says so, sets it aside and offers the plan page', async ({ page }) => {
    await store(page, { [PLAN_KEYS.plan]: '{"v":1,"runDays":"often"}' });
    await page.goto('/');
    await expect(today(page).getByRole('alert')).toContainText(/Your plan could not be read \(.+\)\. It was set aside, not deleted\./);
    await expect(today(page).getByRole('link', { name: 'Make your plan again' })).toHaveAttribute('href', '/plan/');
    await expect(today(page).getByRole('link', { name: 'Seven-minute core' })).toBeVisible();
    expect(await page.evaluate((k) => localStorage.getItem(`corestride:set-aside:${k}`), PLAN_KEYS.plan)).toBe('{"v":1,"runDays":"often"}');
  });

  test("the home page's JavaScript: the card's module only with a plan", async ({ browser }) => {
    const bytes = async (entries: Record<string, string>) => {
      const page = await browser.newPage();
      await store(page, entries);
      const sizes: Promise<[string, number]>[] = [];
      page.on('response', (r) => r.request().resourceType() === 'script' && sizes.push(r.body().then((b) => [new URL(r.url()).pathname, gzipSync(b).length])));
      await page.goto('/', { waitUntil: 'networkidle' });
      await expect(today(page).getByText('Reading your plan…')).toBeHidden();
      const files = await Promise.all(sizes);
      await page.close();
      return { files: files.map(([f]) => f), total: files.reduce((n, [, b]) => n + b, 0) };
    };
    const without = await bytes({});
    const withPlan = await bytes({ [PLAN_KEYS.plan]: REGULAR });
    test.info().annotations.push({ type: 'bytes', description: `home page scripts, gzip: ${without.total} B without a plan, ${withPlan.total} B with one` });
    expect(without.files.some((f) => f.includes('/card.'))).toBe(false);
    expect(withPlan.files.some((f) => f.includes('/card.'))).toBe(true);
    expect(without.total).toBeLessThan(withPlan.total);
  });
});
