import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { emptyStorageFiller, fillStorage } from './support/full-storage';

/**
 * A browser whose storage is full (issue 17, item 2): a workout finished then is not lost and
 * not reported as saved, and every setting says when it could not be saved. Storage is filled
 * for real, as a runner's would be, not mocked.
 */
const QUICK = `/routines/build/#r=1.${Buffer.from(JSON.stringify(['Quick core', 0, 1, 0, [['plank', 0, 0, 0, 30]]])).toString('base64url')}`;

test.describe('storage full', () => {
  test('a finished workout is kept, said plainly not to be saved, and downloads as a file the log imports', async ({ page }, testInfo) => {
    const seen: string[] = [];
    page.on('pageerror', (e) => seen.push(e.message));
    await page.clock.install({ time: new Date('2026-11-22T07:00:00') });
    await page.goto(QUICK);
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await fillStorage(page);

    // A toggle that cannot be kept says so.
    await timer.getByRole('button', { name: 'Voice' }).click();
    await expect(timer.getByRole('alert').filter({ hasText: 'Your sound and voice settings could not be saved: this browser’s storage is full or turned off.' })).toBeVisible();

    await page.clock.pauseAt(new Date('2026-11-22T07:01:00'));
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(timer.getByRole('alert').filter({ hasText: 'This workout cannot be kept for resuming' })).toHaveCount(1);
    await page.clock.runFor(31_000);
    const finish = timer.getByRole('region', { name: 'Well done: workout complete' });
    await expect(finish).toBeVisible();
    await expect(finish.getByRole('alert')).toContainText('This workout was not saved: this browser’s storage is full or turned off, so it is not in your log.');
    await expect(finish.getByText('Saved on this device only.')).toHaveCount(0);
    await expect(timer.getByText(/Last done/)).toHaveCount(0);

    const download = page.waitForEvent('download');
    await finish.getByRole('button', { name: 'Download this workout' }).click();
    const file = testInfo.outputPath('workout.json');
    await (await download).saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ format: 'corestride-workout-log', v: 2, workouts: [{ routineTitle: 'Quick core', completed: true, activeMs: 30_000 }] });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('corestride:workout:')))).toEqual([]);

    // Room again: the log's import takes the file.
    await page.clock.resume();
    await emptyStorageFiller(page);
    await page.goto('/log/');
    await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
    await page.getByLabel('Import a log file').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1 workout.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Every workout' }).getByRole('listitem')).toContainText('Quick core');
    expect(seen).toEqual([]);
  });

  test('the weekly plan and the timer’s timings say when they could not be saved', async ({ page }) => {
    await page.goto('/log/');
    await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
    // With setItem refusing, as a full storage does.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByText('Change your weekly plan').click();
    const core = page.getByRole('spinbutton', { name: 'Core, days a week' });
    await core.fill('4');
    await core.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Your weekly plan could not be saved: this browser’s storage is full or turned off. The change applies until you leave this page.');
    await expect(page.getByRole('region', { name: 'This week' })).toContainText('0 of 4 days');

    await page.goto('/routines/core-basics/');
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await fillStorage(page);
    await timer.getByText('Adjust timing').click();
    const rounds = timer.getByRole('spinbutton', { name: 'Rounds' });
    await rounds.fill('3');
    await rounds.press('Enter');
    await expect(timer.getByRole('alert').filter({ hasText: 'Your timings for this routine could not be saved' })).toBeVisible();
  });
});
