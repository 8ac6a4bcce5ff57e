import { expect, test, type Page } from '@playwright/test';

/**
 * Two tabs on one routine (issue 17, item 8): the second is told that a workout runs in the
 * first, and nothing it does clears that workout's saved progress unasked. Two pages in one
 * browser context share localStorage and BroadcastChannel, as two tabs do.
 */
const ROUTINE = '/routines/core-basics/';
const SESSION = 'corestride:session:core-basics';

async function open(page: Page) {
  await page.goto(ROUTINE);
  const timer = page.getByRole('region', { name: 'Workout timer' });
  await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  return timer;
}

test('a second tab is told the workout runs in the first, and never clears it unasked', async ({ context }) => {
  const first = await context.newPage();
  const a = await open(first);
  await a.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(a.getByRole('dialog', { name: 'Workout' })).toBeVisible();
  await expect.poll(() => first.evaluate((k) => localStorage.getItem(k), SESSION)).not.toBeNull();

  const second = await context.newPage();
  const b = await open(second);
  await expect(b.getByRole('status').filter({ hasText: 'A workout of this routine is running in another tab or window.' })).toBeVisible();
  // No offer to take it over or to start afresh over it.
  await expect(b.getByRole('button', { name: 'Resume workout' })).toHaveCount(0);
  await expect(b.getByRole('button', { name: 'Start fresh' })).toHaveCount(0);

  // A workout started and reset here leaves the first tab's saved progress alone.
  const saved = await first.evaluate((k) => localStorage.getItem(k), SESSION);
  await b.getByRole('button', { name: 'Start', exact: true }).click();
  await b.getByRole('button', { name: 'Exit full screen' }).click();
  await b.getByRole('button', { name: 'Reset' }).click();
  await b.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(b.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  const after = JSON.parse((await second.evaluate((k) => localStorage.getItem(k), SESSION))!);
  expect(after.state.startedAt).toBe(JSON.parse(saved!).state.startedAt);

  // The first tab closes with its workout unfinished: the second now offers it, and Start fresh clears it, as asked.
  await first.close({ runBeforeUnload: true });
  await second.reload();
  await expect(b.getByRole('button', { name: 'Resume workout' })).toBeVisible();
  await expect(b.getByText('running in another tab')).toHaveCount(0);
  await b.getByRole('button', { name: 'Start fresh' }).click();
  await expect.poll(() => second.evaluate((k) => localStorage.getItem(k), SESSION)).toBeNull();
});

test('a tab told of a workout elsewhere hears when it stops', async ({ context }) => {
  const first = await context.newPage();
  const a = await open(first);
  await a.getByRole('button', { name: 'Start', exact: true }).click();
  const second = await context.newPage();
  const b = await open(second);
  const told = b.getByRole('status').filter({ hasText: 'running in another tab or window' });
  await expect(told).toBeVisible();
  await a.getByRole('button', { name: 'Reset' }).click();
  await a.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(told).toHaveCount(0);
  // Reset before half the workout: nothing logged, and its saved progress cleared by the tab that wrote it.
  await expect.poll(() => second.evaluate((k) => localStorage.getItem(k), SESSION)).toBeNull();
});
