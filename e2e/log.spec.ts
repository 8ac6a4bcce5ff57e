import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';
import { readFileSync } from 'node:fs';
import { emptyStorageFiller, fillStorage } from './support/full-storage';

/** Puts workouts straight into storage, as the timer would have saved them, then reloads. */
async function seed(page: Page, workouts: { routineId: string; title: string; daysAgo: number }[]) {
  await page.evaluate((list) => {
    for (const w of list) {
      const finishedAt = Date.now() - w.daysAgo * 86_400_000;
      const startedAt = finishedAt - 480_000;
      const id = `${w.routineId}-${startedAt}`;
      const record = { v: 1, id, routineId: w.routineId, routineTitle: w.title, startedAt, finishedAt, activeMs: 470_000, steps: 9, rounds: 1, completed: true };
      localStorage.setItem(`corestride:workout:${id}`, JSON.stringify(record));
    }
  }, workouts);
  await page.reload();
}

/** Opens the log and waits for it to have read storage, so later writes are not raced. */
async function openLog(page: Page) {
  await page.goto('/log/');
  await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
}

const history = (page: Page) => page.getByRole('region', { name: 'Every workout' }).getByRole('listitem');

test.describe('workout log', () => {
  test('a workout finished with the timer shows on the routine page and in the log @phone', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-22T07:00:00') });
    await page.goto('/routines/back-and-core-circuit/');
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await timer.scrollIntoViewIfNeeded();
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await expect(timer.getByText(/^Last done/)).toHaveCount(0);
    await page.clock.pauseAt(new Date('2026-11-22T07:01:00'));
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    // 10 s get ready, three rounds of 5 minutes 10 seconds, two minute-long rests.
    await page.clock.runFor((10 + 3 * 310 + 2 * 60) * 1000);
    await expect(timer.getByRole('heading', { name: 'Well done: workout complete' })).toBeVisible();
    await expect(timer.getByText('Last done: today')).toBeVisible();

    await page.clock.resume();
    // The finish screen leads to the log.
    await timer.getByRole('link', { name: 'See your log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your workout log' })).toBeVisible();
    await expect(history(page)).toHaveCount(1);
    await expect(history(page).first().getByRole('link', { name: 'Back and core circuit' })).toHaveAttribute('href', '/routines/back-and-core-circuit/');
    await expect(history(page).first()).toContainText('17 min 40 s');
    await expect(history(page).first()).toContainText('Completed');
    const week = page.getByRole('region', { name: 'This week' });
    // The back and core circuit is a core routine (issue 19): a core day, not a strength session.
    await expect(week).toContainText(/Core\s*1 of 7 days/);
    await expect(week).toContainText(/Strength\s*0 of 2 sessions/);
    await expect(week).toContainText('Current streak: 1 day');
  });

  test('the plan can be changed and is remembered', async ({ page }) => {
    await openLog(page);
    await page.getByText('Change your weekly plan').click();
    const core = page.getByRole('spinbutton', { name: 'Core, days a week' });
    await core.fill('4');
    await core.press('Enter');
    await page.reload();
    await expect(page.getByRole('region', { name: 'This week' })).toContainText('0 of 4 days');
  });

  test('export, delete and import the log, merging without duplicates', async ({ page }, testInfo) => {
    await openLog(page);
    await expect(page.getByText('No workouts yet')).toBeVisible();
    await seed(page, [
      { routineId: 'seven-minute-core', title: 'Seven-minute core', daysAgo: 0 },
      { routineId: 'core-basics', title: 'Core basics', daysAgo: 2 },
    ]);
    await expect(history(page)).toHaveCount(2);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export log' }).click();
    const file = testInfo.outputPath('log.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'corestride-workout-log', v: 2 });
    expect(exported.workouts).toHaveLength(2);

    await page.getByRole('button', { name: 'Delete log…' }).click();
    await page.getByRole('group', { name: 'Confirm deleting the log' }).getByRole('button', { name: 'Delete 2 workouts' }).click();
    await expect(page.getByText('No workouts yet')).toBeVisible();

    const importer = page.getByLabel('Import a log file');
    await importer.setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2 workouts.' })).toBeVisible();
    await expect(history(page)).toHaveCount(2);
    await importer.setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported 0 workouts; 2 already in your log.' })).toBeVisible();
    await expect(history(page)).toHaveCount(2);
  });

  test('a truncated, foreign or newer file is refused and the log is left as it was', async ({ page }) => {
    await openLog(page);
    await seed(page, [{ routineId: 'core-basics', title: 'Core basics', daysAgo: 1 }]);
    const good = JSON.stringify({ format: 'corestride-workout-log', v: 1, workouts: [] });
    const cases = [
      [good.slice(0, 20), 'cut short or damaged'],
      ['{"some":"thing else"}', 'not a CoreStride workout log'],
      [good.replace('"v":1', '"v":3'), 'newer version of CoreStride'],
    ] as const;
    for (const [text, reason] of cases) {
      await page.getByLabel('Import a log file').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(page.getByRole('alert')).toContainText(`Nothing was imported. `);
      await expect(page.getByRole('alert')).toContainText(reason);
      await expect(history(page)).toHaveCount(1);
    }
  });

  test('an import this browser has no room for is not half-saved: what it wrote is taken out, and it says why', async ({ page }) => {
    await openLog(page);
    await seed(page, [{ routineId: 'core-basics', title: 'Core basics', daysAgo: 1 }]);
    const day = 86_400_000;
    const start = Date.UTC(2025, 0, 1, 7);
    const workouts = Array.from({ length: 200 }, (_, i) => {
      const startedAt = start + i * day;
      return { id: `seven-minute-core-${startedAt}`, routineId: 'seven-minute-core', routineTitle: 'Seven-minute core', startedAt, finishedAt: startedAt + 420_000, activeMs: 420_000, steps: 9, rounds: 1, completed: true };
    });
    const file = { name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'corestride-workout-log', v: 1, workouts })) };
    // Room for a few dozen of the 200.
    await fillStorage(page, 20_000);
    const keys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('corestride:')).sort());
    const before = await keys();
    await page.getByLabel('Import a log file').setInputFiles(file);
    await expect(page.getByRole('alert')).toContainText(/^Nothing was imported\. This browser’s storage is full: it took \d+ of the 200 new workouts and refused the next, so they were taken out again and your log is as it was\.$/);
    const took = Number(/took (\d+)/.exec((await page.getByRole('alert').textContent())!)![1]);
    expect(took).toBeGreaterThan(10);
    expect(took).toBeLessThan(200);
    expect(await keys()).toEqual(before);
    await expect(history(page)).toHaveCount(1);

    // With room again, the same file goes in whole.
    await emptyStorageFiller(page);
    await page.getByLabel('Import a log file').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported 200 workouts.' })).toBeVisible();
    await expect(history(page)).toHaveCount(201);
  });

  test('a record the log could not read back is refused on import with its reason, and the log is left as it was', async ({ page }) => {
    await openLog(page);
    await seed(page, [{ routineId: 'core-basics', title: 'Core basics', daysAgo: 1 }]);
    const startedAt = Date.UTC(2026, 10, 20, 7);
    const good = { id: `seven-minute-core-${startedAt}`, routineId: 'seven-minute-core', routineTitle: 'Seven-minute core', startedAt, finishedAt: startedAt + 480_000, activeMs: 470_000, steps: 9, rounds: 1, completed: true };
    const cases = [
      [{ ...good, v: 2 }, 'it has a field a workout does not have ("v")'],
      [{ ...good, id: 'seven-minute-core-9999999999999999' }, 'its id is not its routine and start time'],
      [{ ...good, id: `seven-minute-core-${Date.UTC(2400, 0, 1)}`, startedAt: Date.UTC(2400, 0, 1), finishedAt: Date.UTC(2400, 0, 1) + 1 }, 'its start time is not a date a workout can have'],
    ] as const;
    // The same file as text with a duplicate "v" in the second record (JSON keeps the last), and one with an absurd active time.
    const fields = JSON.stringify(good).slice(1, -1);
    const texts: (readonly [string, string])[] = [
      ...cases.map(([bad, reason]) => [JSON.stringify({ format: 'corestride-workout-log', v: 1, workouts: [good, bad] }), reason] as const),
      [`{"format":"corestride-workout-log","v":1,"workouts":[{${fields}},{"v":1,${fields},"v":2}]}`, 'it has a field a workout does not have ("v")'],
      [JSON.stringify({ format: 'corestride-workout-log', v: 1, workouts: [good, { ...good, activeMs: 1e15 }] }), 'its active time is longer than the time from its start to its finish'],
    ];
    for (const [text, reason] of texts) {
      await page.getByLabel('Import a log file').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(page.getByRole('alert')).toContainText(`Nothing was imported. Workout 2 in this file cannot be used: ${reason}.`);
      await expect(history(page)).toHaveCount(1);
    }
    // All or nothing: the good workout of those files was not written either.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('corestride:workout:')).length)).toBe(1);
  });

  test('a routine page never reads a workout key with an absurd or future date as "Last done"', async ({ page }) => {
    await page.addInitScript(() => {
      const record = { v: 1, routineId: 'seven-minute-core', routineTitle: 'Seven-minute core', activeMs: 1, steps: 1, rounds: 1, completed: true };
      // an absurd id, the year 2400, and a start still to come (2099): none is a "last done"
      for (const start of ['9999999999999999', String(Date.UTC(2400, 0, 1)), String(Date.UTC(2099, 11, 31))]) {
        localStorage.setItem(`corestride:workout:seven-minute-core-${start}`, JSON.stringify({ ...record, id: `seven-minute-core-${start}`, startedAt: Number(start), finishedAt: Number(start) }));
      }
    });
    await page.goto('/routines/seven-minute-core/');
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await expect(timer.getByText(/Last done/)).toHaveCount(0);
    await expect(page.getByText(/NaN/)).toHaveCount(0);
    // Beside a real workout three days ago, that one is "last done", not any of those.
    await page.evaluate(() => {
      const startedAt = Date.now() - 3 * 86_400_000;
      const id = `seven-minute-core-${startedAt}`;
      localStorage.setItem(`corestride:workout:${id}`, JSON.stringify({ v: 1, id, routineId: 'seven-minute-core', routineTitle: 'Seven-minute core', startedAt, finishedAt: startedAt + 1, activeMs: 1, steps: 1, rounds: 1, completed: true }));
    });
    await page.reload();
    await expect(timer.getByText(/^Last done:/)).toHaveText('Last done: 3 days ago');
  });

  test('a workout timed by the real clock is named in whole milliseconds, so "Last done" finds it after a reload', async ({ page }) => {
    // No fake clock here: performance.now() has fractions of a millisecond, which a key cannot carry.
    const routine = `/routines/build/#r=1.${Buffer.from(JSON.stringify(['Quick', 0, 1, 0, [['plank', 0, 0, 0, 5]]])).toString('base64url')}`;
    await page.goto(routine);
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(timer.getByRole('heading', { name: 'Well done: workout complete' })).toBeVisible({ timeout: 15_000 });
    const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('corestride:workout:')));
    expect(key).toMatch(/^corestride:workout:custom-[a-z0-9]+-\d{13}$/);
    await page.reload();
    await expect(timer.getByText('Last done: today')).toBeVisible();
  });

  test('a damaged saved workout is reported and set aside, and the rest still shows', async ({ page }) => {
    await openLog(page);
    await page.evaluate(() => localStorage.setItem('corestride:workout:broken', '{"v":1,"id":'));
    await seed(page, [{ routineId: 'core-basics', title: 'Core basics', daysAgo: 0 }]);
    await expect(page.getByRole('status').filter({ hasText: '1 saved workout could not be read, so it was set aside.' })).toBeVisible();
    await expect(history(page)).toHaveCount(1);
    const kept = await page.evaluate(() => [localStorage.getItem('corestride:workout:broken'), localStorage.getItem('corestride:set-aside:corestride:workout:broken')]);
    expect(kept).toEqual([null, '{"v":1,"id":']);
  });

  test('has no accessibility violations with workouts in it', async ({ page }) => {
    await openLog(page);
    await seed(page, [
      { routineId: 'seven-minute-core', title: 'Seven-minute core', daysAgo: 0 },
      { routineId: 'runner-strength-day', title: 'Runner strength day', daysAgo: 1 },
    ]);
    await page.getByText('Change your weekly plan').click();
    const violations = await axe(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
});
