import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';

/**
 * The circuit timer, driven by a fake clock. The expected schedule below is written out by
 * hand from content/routines/back-and-core-circuit.mdx, independently of the compiler.
 */
const ROUND = [
  ['Stability ball back extension', null, 60],
  ['Stability ball Russian twist', null, 60],
  ['Side plank', 'Left side', 30],
  ['Switch sides', 'Right side next', 5],
  ['Side plank', 'Right side', 30],
  ['Glute bridge', null, 60],
  ['Side-lying clamshell', 'Left side', 30],
  ['Switch sides', 'Right side next', 5],
  ['Side-lying clamshell', 'Right side', 30],
] as const;
type Expected = { name: string; side: string | null; seconds: number; round: number };
const SCHEDULE: Expected[] = [{ name: 'Get ready', side: null, seconds: 10, round: 1 }];
for (let round = 1; round <= 3; round++) {
  for (const [name, side, seconds] of ROUND) SCHEDULE.push({ name, side, seconds, round });
  if (round < 3) SCHEDULE.push({ name: 'Rest between rounds', side: null, seconds: 60, round });
}
const mmss = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** Records what the page asks of the speakers and the voice, so tests can count beeps. */
async function recordSenses(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __beeps: number[]; __spoken: string[] };
    w.__beeps = [];
    w.__spoken = [];
    class FakeParam {
      value = 0;
      setValueAtTime() {}
      exponentialRampToValueAtTime() {}
    }
    class FakeOsc {
      type = 'sine';
      frequency = new FakeParam();
      onended: (() => void) | null = null;
      connect(n: unknown) {
        return n;
      }
      start(at: number) {
        w.__beeps.push(at);
      }
      stop() {}
    }
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      createOscillator() {
        return new FakeOsc();
      }
      createGain() {
        return { gain: new FakeParam(), connect: (n: unknown) => n };
      }
      resume() {
        return Promise.resolve();
      }
    }
    Object.defineProperty(window, 'AudioContext', { value: FakeAudioContext, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      value: { speak: (u: { text: string }) => w.__spoken.push(u.text), cancel: () => {} },
      configurable: true,
    });
  });
}

async function openTimer(page: Page, path = '/routines/back-and-core-circuit/') {
  await page.clock.install({ time: new Date('2026-11-22T07:00:00Z') });
  await recordSenses(page);
  await page.goto(path);
  const timer = page.getByRole('region', { name: 'Workout timer' });
  await timer.scrollIntoViewIfNeeded();
  // Controls render disabled until the island hydrates.
  await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  await expect(timer.getByText('The workout timer needs JavaScript')).toBeHidden();
  // From here on, time moves only when a test moves it.
  await page.clock.pauseAt(new Date('2026-11-22T07:01:00Z'));
  return timer;
}

/** Reloads with the clock running (hydration needs it), then stops time again. */
async function reload(page: Page) {
  await page.clock.resume();
  await page.reload();
  const timer = page.getByRole('region', { name: 'Workout timer' });
  await expect(timer.locator('[data-hydrated]')).toHaveCount(1);
  const t = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(t + 1000);
  return timer;
}

async function expectShowing(timer: ReturnType<Page['getByRole']>, e: Expected, remaining: number) {
  await expect(timer.getByRole('heading', { level: 3 })).toHaveText(e.name);
  await expect(timer.getByRole('timer')).toHaveText(mmss(remaining));
  await expect(timer.getByText(`Round ${e.round} of 3`)).toBeVisible();
  if (e.side) await expect(timer.getByText(e.side, { exact: true }).first()).toBeVisible();
}

test.describe('circuit timer', () => {
  test('runs the back-and-core circuit end to end with the right step, side, round and time at every boundary @phone', async ({ page }) => {
    test.setTimeout(120_000);
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    for (const e of SCHEDULE) {
      await expectShowing(timer, e, e.seconds);
      await page.clock.runFor(e.seconds * 1000 - 1000);
      await expectShowing(timer, e, 1);
      await page.clock.runFor(1000);
    }
    await expect(timer.getByRole('heading', { name: 'Well done: workout complete' })).toBeVisible();
    const total = SCHEDULE.reduce((s, e) => s + e.seconds, 0);
    await expect(timer.getByRole('region', { name: 'Well done: workout complete' })).toContainText(mmss(total));
    // The finished workout is recorded on the device for the workout log.
    const saved = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('corestride:workout:'))
        .map((k) => JSON.parse(localStorage.getItem(k)!)),
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ v: 1, routineId: 'back-and-core-circuit', completed: true, activeMs: total * 1000, rounds: 3 });
  });

  test('a throttled background tab that wakes once a minute still shows the exact step and time, and drops stale cues', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(100);
    const beepsAtStart = await page.evaluate(() => (window as unknown as { __beeps: number[] }).__beeps.length);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // Five throttled minutes: timers fire late, in one lump each minute.
    for (let i = 0; i < 5; i++) await page.clock.fastForward(60_000);
    // 300.1 s in: 10 get ready + 60 + 60 + 30 + 5 + 30 + 60 + 30 + 5 = 290, so 10.1 s into the clamshell's right side.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expectShowing(timer, { name: 'Side-lying clamshell', side: 'Right side', seconds: 30, round: 1 }, 20);
    // Around 25 boundary and countdown beeps were missed; none of them plays late in a burst.
    const beepsAfter = await page.evaluate(() => (window as unknown as { __beeps: number[] }).__beeps.length);
    expect(beepsAfter - beepsAtStart).toBeLessThanOrEqual(4);
  });

  test('pause holds the time, resume carries on, and next/previous move between steps', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(12_000); // 2 s into the back extension
    await timer.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(37_000);
    await expect(timer.getByRole('timer')).toHaveText('00:58');
    await timer.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(8_000);
    await expect(timer.getByRole('timer')).toHaveText('00:50');
    await timer.getByRole('button', { name: 'Next step' }).click();
    await expectShowing(timer, { name: 'Stability ball Russian twist', side: null, seconds: 60, round: 1 }, 60);
    await timer.getByRole('button', { name: 'Previous step' }).click();
    await expectShowing(timer, { name: 'Stability ball back extension', side: null, seconds: 60, round: 1 }, 60);
    await timer.getByRole('button', { name: 'Reset' }).click();
    await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();
  });

  test('works from the keyboard alone: Space, arrows and M', async ({ page }) => {
    const timer = await openTimer(page);
    const start = timer.getByRole('button', { name: 'Start' });
    await start.focus();
    await page.keyboard.press('Space');
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Get ready');
    await page.keyboard.press('ArrowRight');
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Stability ball back extension');
    await page.keyboard.press('ArrowRight');
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Stability ball Russian twist');
    await page.keyboard.press('ArrowLeft');
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Stability ball back extension');
    await expect(timer.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('m');
    await expect(timer.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'false');
    // Space on the focused Pause button pauses (the primary button keeps focus as it changes name).
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(timer.getByRole('button', { name: 'Resume' })).toBeVisible();
    // Focus is visible on every control.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('announces each change once through a polite live region, never every second', async ({ page }) => {
    const timer = await openTimer(page);
    const live = timer.locator('[aria-live="polite"]');
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(live).toHaveText('Get ready, 10 seconds. Up next: Stability ball back extension.');
    await page.clock.runFor(5_000);
    await expect(live).toHaveText('Get ready, 10 seconds. Up next: Stability ball back extension.');
    await page.clock.runFor(5_000);
    await expect(live).toHaveText('Stability ball back extension, 60 seconds.');
    await expect(timer.getByRole('timer')).not.toHaveAttribute('aria-live', /polite|assertive/);
  });

  test('speaks the step names and the form cue at halfway when the voice is on', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Voice' }).click();
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(10_000 + 30_000 + 500);
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
    expect(spoken[0]).toMatch(/^Get ready/);
    expect(spoken[1]).toBe('Stability ball back extension, 60 seconds.');
    expect(spoken).toHaveLength(3); // the halfway form cue
  });

  test('timings can be changed before starting, and the total updates', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByText('Adjust timing').click();
    const total = timer.getByText(/Total with these settings/);
    const before = await total.textContent();
    await timer.getByRole('spinbutton', { name: 'Rounds' }).fill('2');
    await timer.getByRole('spinbutton', { name: 'Rounds' }).press('Enter');
    await expect(total).not.toHaveText(before!);
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(timer.getByText('Round 1 of 2')).toBeVisible();
    // Remembered for this routine.
    const again = await reload(page);
    await again.getByRole('button', { name: 'Start fresh' }).click();
    await expect(again.getByText('Round 1 of 2')).toBeVisible();
  });

  test('after a reload mid-workout, offers to resume where it was', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(25_000); // 15 s into the back extension
    const again = await reload(page);
    await again.getByRole('button', { name: 'Resume workout' }).click();
    await expect(again.getByRole('heading', { level: 3 })).toHaveText('Stability ball back extension');
    await expect(again.getByRole('timer')).toHaveText('00:45');
    await page.clock.runFor(5_000);
    await expect(again.getByRole('timer')).toHaveText('00:40');
  });

  test('malformed saved data is ignored with a notice and set aside, never a crash', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('corestride:prefs', '{not json');
      localStorage.setItem('corestride:settings:back-and-core-circuit', JSON.stringify({ v: 1, settings: { rounds: 'lots' } }));
      localStorage.setItem('corestride:session:back-and-core-circuit', JSON.stringify({ v: 7 }));
    });
    const timer = await openTimer(page);
    const notices = timer.getByRole('status');
    await expect(notices).toHaveCount(3);
    await expect(notices.filter({ hasText: 'sound and voice settings could not be read (it is not valid JSON)' })).toHaveCount(1);
    await expect(notices.filter({ hasText: 'saved timings for this routine could not be read' })).toHaveCount(1);
    await expect(notices.filter({ hasText: 'unfinished workout could not be read (it has version 7' })).toHaveCount(1);
    // Set aside, not deleted (e2e/saved-data.spec.ts has values that are not JSON at all).
    const aside = await page.evaluate(() =>
      ['prefs', 'settings:back-and-core-circuit', 'session:back-and-core-circuit'].map((k) => [localStorage.getItem(`corestride:${k}`), localStorage.getItem(`corestride:set-aside:corestride:${k}`)]),
    );
    expect(aside).toEqual([
      [null, '{not json'],
      [null, JSON.stringify({ v: 1, settings: { rounds: 'lots' } })],
      [null, JSON.stringify({ v: 7 })],
    ]);
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(timer.getByText('Round 1 of 3')).toBeVisible();
  });

  test('focus mode shows big digits and the step, and Escape returns to the page @phone', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    const open = timer.getByRole('button', { name: 'Focus mode' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Focus mode' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Get ready');
    const size = await dialog.getByText(/^\d\d:\d\d$/).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(96);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
  });

  test('has no accessibility violations while running', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(12_000);
    await page.clock.resume(); // axe needs timers of its own
    const violations = await axe(page, '[aria-labelledby="timer-heading"]');
    expect(violations).toEqual([]);
  });

  test('reps steps wait for Done', async ({ page }) => {
    const timer = await openTimer(page, '/routines/seven-minute-core/');
    await timer.getByRole('button', { name: 'Start' }).click();
    // Skip to the Russian twist.
    for (let i = 0; i < 12; i++) {
      if ((await timer.getByRole('heading', { level: 3 }).textContent()) === 'Russian twist') break;
      await timer.getByRole('button', { name: 'Next step' }).click();
    }
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Russian twist');
    await page.clock.runFor(120_000);
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Russian twist');
    await timer.getByRole('button', { name: 'Done' }).click();
    await expect(timer.getByRole('heading', { level: 3 })).not.toHaveText('Russian twist');
  });
});
