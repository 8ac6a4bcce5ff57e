import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';
import type { LibraryRoutine } from '../src/lib/plan/model';
import { dayOf, makePlan } from '../src/lib/plan/planner';

/**
 * Sessions that progress with the runner, and a back that is listened to (issue 19, section 5):
 * the finish screen's two questions, the dose they move on the routine page and in the floor
 * view, its Reset, the back score's advice, and a storage that refuses the answers.
 */

const ROUTINE = '/routines/core-basics/';
const timer = (page: Page) => page.getByRole('region', { name: 'Workout timer' });
const floor = (page: Page) => page.getByRole('dialog', { name: 'Workout' });
const start = (page: Page) => timer(page).getByRole('button', { name: 'Start', exact: true });

/** Opens the routine on a fake clock, at `hour` o'clock on 7 December 2026. */
async function open(page: Page, hour: number) {
  await page.clock.install({ time: new Date(2026, 11, 7, hour, 0) });
  await page.goto(ROUTINE);
  await expect(start(page)).toBeEnabled();
}

/** Starts the routine (the floor view opens) and lets the clock run it to the end: the finish screen, in the floor view. */
async function finish(page: Page, hour: number) {
  await page.clock.pauseAt(new Date(2026, 11, 7, hour, 1));
  await start(page).click();
  // Two rounds of about five minutes, and a minute between them: twenty minutes runs it all.
  await page.clock.runFor(20 * 60_000);
  await expect(floor(page).getByRole('heading', { name: 'Well done: workout complete' })).toBeVisible();
  await page.clock.resume();
  return floor(page);
}

type Scope = ReturnType<typeof floor>;
const rating = (scope: Scope) => scope.getByRole('group', { name: 'How was that?' });
const back = (scope: Scope) => scope.getByRole('group', { name: 'Your back today, 0 to 10' });

test.describe('sessions that progress, and a back that is listened to', () => {
  test('two "too easy" in a row move the dose up, said in words on the page and in the floor view; Reset puts it back; a back score of 6 swaps strength for gentle mobility, 7 links to a professional', async ({ page }) => {
    // Three workouts on the fake clock, and axe in two colour schemes twice.
    test.setTimeout(90_000);
    await open(page, 7);
    await expect(timer(page).getByText(/up from/)).toHaveCount(0);

    // First workout: too easy, back 1. Counted, not moved yet.
    let end = await finish(page, 7);
    await rating(end).getByRole('radio', { name: 'Too easy' }).check();
    await expect(end.getByRole('status').filter({ hasText: 'If it is too easy next time as well, it moves up a notch' })).toBeVisible();
    await back(end).getByRole('radio', { name: '1', exact: true }).check();
    await expect(end.getByText(/Noted\. After a few sessions/)).toBeVisible();
    await end.getByRole('button', { name: 'Close' }).click();
    // The finish screen moves to the page with its answers; changing one there counts it once.
    await expect(rating(timer(page)).getByRole('radio', { name: 'Too easy' })).toBeChecked();
    await expect(back(timer(page)).getByRole('radio', { name: '1', exact: true })).toBeChecked();
    await rating(timer(page)).getByRole('radio', { name: 'Just right' }).check();
    await rating(timer(page)).getByRole('radio', { name: 'Too easy' }).check();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('corestride:progress:core-basics')!))).toMatchObject({ notch: 0, easyInARow: 1 });
    await expect(timer(page).getByText(/up from/)).toHaveCount(0);

    // Second workout, after a reload: too easy again, back 2. The next session is a notch harder.
    await open(page, 9);
    await expect(timer(page).getByText(/up from/)).toHaveCount(0);
    end = await finish(page, 9);
    await rating(end).getByRole('radio', { name: 'Too easy' }).check();
    await expect(end.getByText('Next time, this routine is a notch harder')).toBeVisible();
    await back(end).getByRole('radio', { name: '2', exact: true }).check();
    await expect(end.getByText(/Noted: about your usual/)).toBeVisible();
    await end.getByRole('button', { name: 'Close' }).click();
    // The page says so at once, and the timer runs it.
    const dose = timer(page).getByRole('listitem');
    await expect(dose).toHaveText(['Glute bridge 65 s, up from 60 s', 'Bird dog holds 12 s, up from 10 s', 'Side plank 25 s, up from 20 s']);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axe(page, '.circuit-timer'), colorScheme).toEqual([]);
    }

    // A new visit: the routine page opens at the new dose, and the floor view says it as the workout gets ready.
    await open(page, 11);
    await expect(timer(page).getByText('Today’s dose, set by how you have rated it:')).toBeVisible();
    await expect(dose).toHaveText(['Glute bridge 65 s, up from 60 s', 'Bird dog holds 12 s, up from 10 s', 'Side plank 25 s, up from 20 s']);
    await page.clock.pauseAt(new Date(2026, 11, 7, 11, 1));
    await start(page).click();
    await expect(floor(page).getByText('Today: Glute bridge 65 s, up from 60 s; Bird dog holds 12 s, up from 10 s; Side plank 25 s, up from 20 s')).toBeVisible();
    // The glute bridge runs 65 s: a second into it (after the 5 s get-ready), 1:04 is left.
    await page.clock.runFor(5_000 + 1_000);
    await expect(floor(page).getByRole('timer')).toHaveText('1:04');
    await expect(floor(page).getByText(/up from/)).toHaveCount(0);
    await floor(page).getByRole('button', { name: 'Reset' }).click();
    await floor(page).getByRole('button', { name: 'Yes, reset' }).click();

    // Reset puts the routine back as written, and it stays so.
    await timer(page).getByRole('button', { name: 'Reset dose' }).click();
    await expect(timer(page).getByText(/up from/)).toHaveCount(0);
    await expect(start(page)).toBeFocused();
    await page.reload();
    await expect(start(page)).toBeEnabled();
    await expect(timer(page).getByText(/up from/)).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('corestride:progress:core-basics'))).toBeNull();

    // Third workout: back 6, after 1 and 2. Held, and gentle mobility instead of strength today.
    await open(page, 13);
    end = await finish(page, 13);
    await back(end).getByRole('radio', { name: '6', exact: true }).check();
    const advice = end.getByRole('status').filter({ hasText: 'gentle back mobility instead of strength work today' });
    await expect(advice).toContainText('6 is above 4, and 2 or more above your usual of 1.5');
    await expect(advice.getByRole('link', { name: 'gentle back mobility' })).toHaveAttribute('href', '/routines/gentle-back-mobility/');
    await expect(end.getByRole('link', { name: 'When to see a professional' })).toHaveCount(0);
    await rating(end).getByRole('radio', { name: 'Too easy' }).check();
    await expect(end.getByText('Noted, but with your back as it is today, the dose stays where it is for now.')).toBeVisible();

    // 7: also the link to when to see a professional.
    await back(end).getByRole('radio', { name: '7', exact: true }).check();
    await expect(end.getByRole('link', { name: 'When to see a professional' })).toHaveAttribute('href', '/articles/lower-back-pain-when-to-see-a-professional/');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axe(page, '.timer-floor'), colorScheme).toEqual([]);
    }
    const checkIns = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('corestride:check-in:'))
        .map((k) => JSON.parse(localStorage.getItem(k)!))
        .sort((a, b) => a.at - b.at)
        .map((c) => [c.routineId, c.kind, c.rating, c.back]),
    );
    expect(checkIns).toEqual([
      ['core-basics', 'core', 'too-easy', 1],
      ['core-basics', 'core', 'too-easy', 2],
      ['core-basics', 'core', 'too-easy', 7],
    ]);
    // Held: the third "too easy" did not count.
    expect(await page.evaluate(() => localStorage.getItem('corestride:progress:core-basics'))).toBeNull();
  });

  test('a storage that refuses the check-in says the answer was not saved, and the dose does not move', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('corestride:check-in:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await open(page, 7);
    const end = await finish(page, 7);
    await rating(end).getByRole('radio', { name: 'Too hard' }).check();
    await expect(end.getByRole('alert')).toHaveText(/^Your answer was not saved: this browser’s storage is full or turned off/);
    await expect(end.getByText('Next time, this routine is a notch easier.')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('corestride:progress:core-basics'))).toBeNull();
    // The workout itself is in the log.
    await expect(end.getByText('Saved on this device only.')).toBeVisible();
  });

  test('a routine page with nothing of the plan stored loads none of its code; a stored progress loads it and adjusts the dose before Start', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
    await page.goto(ROUTINE, { waitUntil: 'networkidle' });
    await expect(start(page)).toBeEnabled();
    expect(scripts.filter((u) => /\/(progress|schema|planner|storedPlan|WorkoutView)\.[^/]*\.js$/.test(u))).toEqual([]);

    await page.evaluate(() => localStorage.setItem('corestride:progress:core-basics', JSON.stringify({ v: 1, notch: -1, easyInARow: 0, updatedAt: Date.now() })));
    await page.reload();
    await expect(timer(page).getByRole('listitem')).toHaveText(['Glute bridge 55 s, down from 60 s', 'Bird dog holds 8 s, down from 10 s', 'Side plank 15 s, down from 20 s']);
    expect(scripts.some((u) => /\/progress\.[^/]*\.js$/.test(u))).toBe(true);

    // A progress that cannot be read: said, set aside, and the routine runs as written.
    await page.evaluate(() => localStorage.setItem('corestride:progress:core-basics', '{"v":1,"notch":99,"easyInARow":0,"updatedAt":1}'));
    await page.reload();
    await expect(timer(page).getByRole('status').filter({ hasText: 'Your progress on this routine could not be read' })).toContainText('It was set aside, not deleted.');
    await expect(timer(page).getByText(/up from|down from/)).toHaveCount(0);
    expect(await page.evaluate(() => [localStorage.getItem('corestride:progress:core-basics'), localStorage.getItem('corestride:set-aside:corestride:progress:core-basics')])).toEqual([
      null,
      '{"v":1,"notch":99,"easyInARow":0,"updatedAt":1}',
    ]);
  });

  test('Start waits for today\'s dose: with its code slow to arrive, a quick tap never runs the routine as written', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('corestride:progress:core-basics', JSON.stringify({ v: 1, notch: -1, easyInARow: 0, updatedAt: Date.now() })));
    // The dose's code held back, as on a slow phone, until the test lets it through.
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/progress\.[^/]*\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(ROUTINE);
    await page.waitForFunction(() => document.querySelector('.circuit-timer[data-hydrated]'));
    await expect(start(page)).toBeDisabled();
    release();
    await expect(start(page)).toBeEnabled();
    await start(page).click();
    await expect(floor(page).getByText(/^Today: Glute bridge 55 s, down from 60 s/)).toBeVisible();
  });

  test('a stored plan sets today\'s base dose: the routine page says which week of the plan, and the runner\'s ratings add to it', async ({ page, request }) => {
    // A regular's plan, started a week ago: today is in week 2, the first build week, one notch up.
    const settings = { runDays: ['tue', 'thu', 'sat', 'sun'], longRunDay: 'sun', hardDays: ['thu'], minutes: 20, start: 'regular', kit: [], startDate: '2026-11-30', raceDate: null } as const;
    const library = (await (await request.get('/plan/library.json')).json()) as LibraryRoutine[];
    const plan = makePlan({ ...settings, runDays: [...settings.runDays], hardDays: [...settings.hardDays], kit: [] }, library);
    const session = dayOf(plan, '2026-12-07')!.sessions.find((s) => s.notch > 0)!;
    expect(session).toBeDefined();
    await page.addInitScript((record) => {
      if (!localStorage.getItem('corestride:plan')) localStorage.setItem('corestride:plan', JSON.stringify(record));
    }, { v: 1, ...settings, slot: { time: '18:00', reminderMinutes: 30 }, madeAt: Date.UTC(2026, 10, 30) });
    await page.clock.install({ time: new Date(2026, 11, 7, 7, 0) });
    await page.goto(`/routines/${session.routineId}/`);
    await expect(timer(page).getByText('Today’s dose, set by week 2 of your plan:')).toBeVisible();
    await expect(timer(page).getByRole('listitem').first()).toContainText('up from');
    expect(await timer(page).getByRole('button', { name: 'Reset dose' }).count()).toBe(0);

    // Two notches of the runner's own on top.
    await page.evaluate((id) => localStorage.setItem(`corestride:progress:${id}`, JSON.stringify({ v: 1, notch: 2, easyInARow: 0, updatedAt: Date.now() })), session.routineId);
    await page.reload();
    await expect(timer(page).getByText('Today’s dose, set by week 2 of your plan and how you have rated it:')).toBeVisible();
    // Reset clears the ratings' part; the plan's week stays.
    await timer(page).getByRole('button', { name: 'Reset dose' }).click();
    await expect(timer(page).getByText('Today’s dose, set by week 2 of your plan:')).toBeVisible();
  });

  test('every answer is a thumb-sized target on a phone upright (390 px) and on its side (844 x 390), in the floor view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, 7);
    const end = await finish(page, 7);
    for (const [width, height] of [
      [390, 844],
      [844, 390],
    ] as const) {
      await page.setViewportSize({ width, height });
      const choices = end.locator('.timer-choice');
      await expect(choices).toHaveCount(3 + 11);
      for (const choice of await choices.all()) {
        await choice.scrollIntoViewIfNeeded();
        const box = (await choice.boundingBox())!;
        expect(box.width, `${width}x${height}`).toBeGreaterThanOrEqual(44);
        expect(box.height, `${width}x${height}`).toBeGreaterThanOrEqual(44);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      // One tap answers (the radio covers its whole label, so a tap anywhere on it is on the radio).
      const score = width < height ? '4' : '5';
      await back(end).getByRole('radio', { name: score, exact: true }).click();
      await expect(back(end).getByRole('radio', { name: score, exact: true })).toBeChecked();
    }
  });
});
