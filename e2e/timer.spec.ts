import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';

/**
 * The circuit timer, driven by a fake clock. The expected schedule below is written out by
 * hand from content/routines/back-and-core-circuit.mdx, independently of the compiler. At a
 * changeover (get ready, switching sides, a rest) the headline is the exercise coming next.
 */
const ROUND = [
  ['Stability ball back extension', 'work', 60],
  ['Stability ball Russian twist', 'work', 60],
  ['Side plank · left', 'work', 30],
  ['Next: Side plank · right', 'switch', 5],
  ['Side plank · right', 'work', 30],
  ['Glute bridge', 'work', 60],
  ['Side-lying clamshell · left', 'work', 30],
  ['Next: Side-lying clamshell · right', 'switch', 5],
  ['Side-lying clamshell · right', 'work', 30],
] as const;
type Expected = { name: string; phase: string; seconds: number; round: number };
const FIRST = 'Next: Stability ball back extension';
const SCHEDULE: Expected[] = [{ name: FIRST, phase: 'get-ready', seconds: 10, round: 1 }];
for (let round = 1; round <= 3; round++) {
  for (const [name, phase, seconds] of ROUND) SCHEDULE.push({ name, phase, seconds, round });
  if (round < 3) SCHEDULE.push({ name: FIRST, phase: 'rest', seconds: 60, round });
}
/** The big clock: bare seconds under a minute, m:ss above. */
const clock = (s: number) => (s < 60 ? String(s) : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`);
const mmss = (s: number) => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** Records what the page asks of the speakers and the voice, so tests can count beeps and see the audio clock sleep. */
async function recordSenses(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __beeps: number[]; __spoken: string[]; __audio: string[] };
    w.__beeps = [];
    w.__spoken = [];
    w.__audio = [];
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
      /** Ends when told, on the page's (fake) clock: the audio clock's currentTime stays 0, so `at` is a delay. */
      stop(at = 0) {
        setTimeout(() => this.onended?.(), at * 1000);
      }
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
        if (this.state !== 'running') w.__audio.push('running');
        this.state = 'running';
        return Promise.resolve();
      }
      suspend() {
        if (this.state !== 'suspended') w.__audio.push('suspended');
        this.state = 'suspended';
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

/** The step as the floor view shows it: name and side, phase colour, round and bare seconds. */
async function expectShowing(timer: ReturnType<Page['getByRole']>, e: Expected, remaining: number) {
  await expect(timer.getByRole('heading', { level: 3 })).toHaveText(e.name);
  await expect(timer.getByRole('timer')).toHaveText(clock(remaining));
  await expect(timer.getByText(`Round ${e.round} of 3 · Step`)).toBeVisible();
  await expect(timer.getByRole('dialog', { name: 'Workout' })).toHaveAttribute('data-phase', e.phase);
}

/** The announcer: the timer's polite live region (the timing fields have small ones of their own). */
const announcer = (timer: ReturnType<Page['getByRole']>) => timer.locator('p[aria-live="polite"]');

/** axe on a page whose clock is paused: time moves a millisecond at a time, only while axe's own timers need it. */
async function axeWhileStill(page: Page, include: string) {
  let done = false;
  const run = axe(page, include).finally(() => (done = true));
  while (!done) await page.clock.runFor(1);
  return run;
}

/** Presses Next until the heading matches, as a runner skipping ahead would. */
async function skipTo(timer: ReturnType<Page['getByRole']>, heading: RegExp, max = 40) {
  for (let i = 0; i < max; i++) {
    if (heading.test((await timer.getByRole('heading', { level: 3 }).textContent()) ?? '')) return;
    await timer.getByRole('button', { name: 'Next step' }).click();
  }
  await expect(timer.getByRole('heading', { level: 3 })).toHaveText(heading);
}

test.describe('circuit timer', () => {
  test('runs the back-and-core circuit end to end with the right step, side, phase, round and time at every boundary @phone', async ({ page }) => {
    test.setTimeout(120_000);
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    for (const e of SCHEDULE) {
      await expectShowing(timer, e, e.seconds);
      await page.clock.runFor(e.seconds * 1000 - 1000);
      await expectShowing(timer, e, 1);
      await page.clock.runFor(1000);
    }
    // The finish screen: time, steps, streak, what next, and the way to the log.
    const finish = timer.getByRole('region', { name: 'Well done: workout complete' });
    await expect(finish).toBeVisible();
    const total = SCHEDULE.reduce((s, e) => s + e.seconds, 0);
    await expect(finish).toContainText(mmss(total));
    await expect(finish.getByText('Streak')).toBeVisible();
    await expect(finish).toContainText('1 day');
    await expect(finish).toContainText('What next');
    // With no plan, the rule for its kind: core work may be daily, never 'give your core a day off'.
    await expect(finish).toContainText('What next: a short core set can be done most days');
    await expect(finish.getByRole('link', { name: 'See your log' })).toHaveAttribute('href', '/log/');
    // The finished workout is recorded on the device for the workout log.
    const saved = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('corestride:workout:'))
        .map((k) => JSON.parse(localStorage.getItem(k)!)),
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ v: 1, routineId: 'back-and-core-circuit', completed: true, activeMs: total * 1000, rounds: 3 });
    await timer.getByRole('button', { name: 'Close' }).click();
    await expect(timer.getByRole('dialog', { name: 'Workout' })).toBeHidden();
    await expect(timer.getByRole('region', { name: 'Well done: workout complete' })).toBeVisible();
  });

  test('pressing Next through every step reaches the end but logs nothing', async ({ page }) => {
    test.setTimeout(90_000); // 64 presses, each redrawing the floor view
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    const next = timer.getByRole('button', { name: 'Next step' });
    for (let i = 0; i < SCHEDULE.length; i++) await next.click();
    const finish = timer.getByRole('region', { name: 'End of the routine' });
    await expect(finish).toBeVisible();
    await expect(finish).toContainText('not in your log');
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('corestride:workout:')));
    expect(keys).toEqual([]);
  });

  test('a hidden page (a locked phone) gets the next minutes of beeps on the audio clock; throttled, it still shows the exact step and time, and drops stale words', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    // the workout's views (and its beeps) have arrived
    await expect(timer.getByRole('dialog', { name: 'Workout' })).toBeVisible();
    await page.clock.runFor(100);
    const senses = () =>
      page.evaluate(() => {
        const w = window as unknown as { __beeps: number[]; __spoken: string[]; __audio: string[] };
        return { beeps: [...w.__beeps], spoken: [...w.__spoken], audio: [...w.__audio] };
      });
    const atStart = await senses();
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // Hidden: the beeps of the next five minutes are on the audio clock at once, each at its time
    // (the fake clock's currentTime is 0: a beep's time is its delay). The first is the get-ready
    // countdown's 3, at 7 s; none is later than five minutes.
    const hidden = await senses();
    const ahead = hidden.beeps.slice(atStart.beeps.length);
    expect(ahead.length).toBeGreaterThan(20);
    expect(ahead[0]).toBeCloseTo(6.9, 1);
    expect(Math.max(...ahead)).toBeGreaterThan(240);
    expect(Math.max(...ahead)).toBeLessThanOrEqual(300.1);
    // and the audio clock is never put to sleep while they are due
    expect(hidden.audio).not.toContain('suspended');
    // Five throttled minutes: timers fire late, in one lump each minute.
    for (let i = 0; i < 5; i++) await page.clock.fastForward(60_000);
    const throttled = await senses();
    expect(throttled.audio).not.toContain('suspended');
    // Words cannot be put on a clock: the late ones are dropped, never said in a burst.
    expect(throttled.spoken.length - hidden.spoken.length).toBeLessThanOrEqual(1);
    // 300.1 s in: 10 get ready + 60 + 60 + 30 + 5 + 30 + 60 + 30 + 5 = 290, so 10.1 s into the clamshell's right side.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expectShowing(timer, { name: 'Side-lying clamshell · right', phase: 'work', seconds: 30, round: 1 }, 20);
    // Visible again: no burst of beeps either, only what is due in the next moment.
    const visible = await senses();
    expect(visible.beeps.length - throttled.beeps.length).toBeLessThanOrEqual(4);
  });

  test('setting the device clock back or forward an hour mid-step changes nothing: the step keeps its time, and the log its length', async ({ page }) => {
    test.setTimeout(90_000);
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(25_000); // 15 s into the 60 s back extension
    await expectShowing(timer, SCHEDULE[1]!, 45);
    const wall = () => page.evaluate(() => Date.now());
    // Back an hour, while the page is on screen: the monotonic clock carries the step on.
    await page.clock.setSystemTime((await wall()) - 3_600_000);
    await page.clock.runFor(1_000);
    await expectShowing(timer, SCHEDULE[1]!, 44);
    // Forward an hour: nothing is skipped.
    await page.clock.setSystemTime((await wall()) + 3_600_000);
    await page.clock.runFor(1_000);
    await expectShowing(timer, SCHEDULE[1]!, 43);
    // To the end: logged once, its active time the workout's planned length, never more than start to finish.
    const total = SCHEDULE.reduce((sum, e) => sum + e.seconds, 0);
    await page.clock.runFor((total - 27) * 1000);
    await expect(timer.getByRole('region', { name: 'Well done: workout complete' })).toBeVisible();
    const saved = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('corestride:workout:'))
        .map((k) => JSON.parse(localStorage.getItem(k)!) as { activeMs: number; startedAt: number; finishedAt: number }),
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]!.activeMs).toBe(total * 1000);
    expect(saved[0]!.activeMs).toBeLessThanOrEqual(saved[0]!.finishedAt - saved[0]!.startedAt);
  });

  test('the audio clock sleeps while no beep is near, while paused and after the finish, and wakes ahead of the next beep', async ({ page }) => {
    const timer = await openTimer(page);
    const audio = () => page.evaluate(() => (window as unknown as { __audio: string[] }).__audio.at(-1) ?? 'running');
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(timer.getByRole('dialog', { name: 'Workout' })).toBeVisible();
    // Get ready (10 s): its countdown is near, so the clock runs.
    await page.clock.runFor(1_000);
    expect(await audio()).toBe('running');
    // 2 s into the 60 s back extension: the next beep (its countdown's 3) is 55 s away.
    await page.clock.runFor(11_000);
    await expect.poll(audio).toBe('suspended');
    // 9 s before that beep it is awake again, and the beep is scheduled on time.
    await page.clock.runFor(46_000);
    await expect.poll(audio).toBe('running');
    await page.clock.runFor(9_000);
    await expect(timer.getByRole('timer')).toHaveText('3');
    // Paused: asleep.
    await timer.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(audio).toBe('suspended');
    await timer.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(audio).toBe('running');
    await page.clock.runFor(500);
    // Reset: asleep.
    await timer.getByRole('button', { name: 'Reset' }).click();
    await timer.getByRole('button', { name: 'Yes, reset' }).click();
    await expect.poll(audio).toBe('suspended');
  });

  test('pause holds the time, resume carries on, next/previous move between steps, and Reset asks first', async ({ page }) => {
    const timer = await openTimer(page);
    const floor = timer.getByRole('dialog', { name: 'Workout' });
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(12_000); // 2 s into the back extension
    await timer.getByRole('button', { name: 'Pause' }).click();
    await expect(floor).toHaveAttribute('data-phase', 'paused');
    await expect(floor.getByText('Paused', { exact: true })).toBeVisible();
    await page.clock.runFor(37_000);
    await expect(timer.getByRole('timer')).toHaveText('58');
    await timer.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(8_000);
    await expect(timer.getByRole('timer')).toHaveText('50');
    await timer.getByRole('button', { name: 'Next step' }).click();
    await expectShowing(timer, { name: 'Stability ball Russian twist', phase: 'work', seconds: 60, round: 1 }, 60);
    await timer.getByRole('button', { name: 'Previous step' }).click();
    await expectShowing(timer, { name: 'Stability ball back extension', phase: 'work', seconds: 60, round: 1 }, 60);
    // Reset asks first, with the safe answer focused; keeping going changes nothing.
    await timer.getByRole('button', { name: 'Reset' }).click();
    const ask = timer.getByRole('group', { name: 'Reset the workout?' });
    await expect(ask).toContainText('not logged');
    await expect(ask.getByRole('button', { name: 'Keep going' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(ask).toBeHidden();
    await page.clock.runFor(5_000);
    await expect(timer.getByRole('timer')).toHaveText('55');
    await timer.getByRole('button', { name: 'Reset' }).click();
    await ask.getByRole('button', { name: 'Yes, reset' }).click();
    await expect(floor).toBeHidden();
    await expect(timer.getByRole('button', { name: 'Start' })).toBeVisible();
  });

  test('works from the keyboard alone, wherever focus is on the page: Space, arrows, M and Escape', async ({ page }) => {
    const timer = await openTimer(page);
    // Focus on the page itself, nowhere near the timer's buttons.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Space');
    const floor = timer.getByRole('dialog', { name: 'Workout' });
    await expect(floor).toBeVisible();
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText(FIRST);
    // The floor view opens with its big button focused, and Space on it pauses.
    await expect(floor.getByRole('button', { name: 'Pause' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Stability ball back extension');
    await page.keyboard.press('ArrowRight');
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Stability ball Russian twist');
    await page.keyboard.press('ArrowLeft');
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Stability ball back extension');
    // Escape leaves the floor view; focus comes back to the button in Start's place.
    await page.keyboard.press('Escape');
    await expect(floor).toBeHidden();
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeFocused();
    // Back on the page, with focus on the page's text: the keys still work.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('ArrowRight');
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Stability ball Russian twist');
    await expect(timer.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('m');
    await expect(timer.getByRole('button', { name: 'Sound' })).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Space');
    await expect(timer.getByRole('button', { name: 'Resume' })).toBeVisible();
    // Typing in a field is never taken for a shortcut.
    await timer.getByText('Adjust timing').click();
    await timer.getByRole('spinbutton', { name: 'Rounds' }).press('ArrowRight');
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Stability ball Russian twist');
    // Focus is visible on every control.
    await timer.getByRole('button', { name: 'Resume' }).focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('announces each change once through a polite live region, never every second', async ({ page }) => {
    const timer = await openTimer(page);
    const live = announcer(timer);
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(live).toHaveText('Get ready, 10 seconds. Next: Stability ball back extension.');
    await page.clock.runFor(5_000);
    await expect(live).toHaveText('Get ready, 10 seconds. Next: Stability ball back extension.');
    await page.clock.runFor(5_000);
    await expect(live).toHaveText('Stability ball back extension, 60 seconds.');
    await expect(timer.getByRole('timer')).not.toHaveAttribute('aria-live', /polite|assertive/);
  });

  test('speaks the step names and the form cue at halfway: the voice is on until the runner turns it off', async ({ page }) => {
    const timer = await openTimer(page);
    await expect(timer.getByRole('button', { name: 'Voice' })).toHaveAttribute('aria-pressed', 'true');
    await timer.getByRole('button', { name: 'Start' }).click();
    // The words travel with the workout's views; a fake clock must not run past them before they arrive.
    await expect(timer.getByRole('dialog', { name: 'Workout' })).toBeVisible();
    await page.clock.runFor(10_000 + 30_000 + 500);
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
    expect(spoken[0]).toBe('Get ready, 10 seconds. Next: Stability ball back extension.');
    expect(spoken[1]).toBe('Stability ball back extension, 60 seconds.');
    expect(spoken).toHaveLength(3); // the halfway form cue
    // The runner's own choice is kept: voice off stays off after a reload.
    await page.keyboard.press('Escape');
    await timer.getByRole('button', { name: 'Voice' }).click();
    const again = await reload(page);
    await expect(again.getByRole('button', { name: 'Voice' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('at a changeover the coming exercise and its side are the headline, said as "Next: Side plank, right side"', async ({ page }) => {
    const timer = await openTimer(page);
    const floor = timer.getByRole('dialog', { name: 'Workout' });
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(floor).toBeVisible(); // the workout's views, and with them its words, have arrived
    await page.clock.runFor(10_000 + 60_000 + 60_000 + 30_000);
    await expect(floor).toHaveAttribute('data-phase', 'switch');
    await expect(floor.getByText('Switch sides', { exact: true })).toBeVisible();
    await expect(floor.getByRole('heading', { level: 3 })).toHaveText('Next: Side plank · right');
    await expect(announcer(timer)).toHaveText('Switch sides. Next: Side plank, right side.');
    // The words wait on their own timer, set from a reading in whole ms, so it may fall a ms after the screen changed.
    await page.clock.runFor(5);
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
    expect(spoken.at(-1)).toBe('Switch sides. Next: Side plank, right side.');
    // the time left in the whole workout: 17:40 planned, 2:40 done
    await expect(floor.getByText('15 min left')).toBeVisible();
  });

  test('on the floor only the step clock changes every second: the time left is whole minutes, the bar moves a whole percent at a time', async ({ page }) => {
    const timer = await openTimer(page);
    const floor = timer.getByRole('dialog', { name: 'Workout' });
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(floor).toBeVisible();
    // Into the first exercise (a 60 s bridge, after 10 s of get ready): 17:40 planned, 1% is 10.6 s.
    await page.clock.runFor(12_000);
    const bar = floor.getByRole('progressbar', { name: 'Workout progress' });
    const seen = { clock: new Set<string>(), left: new Set<string>(), bar: new Set<string>() };
    for (let s = 0; s < 12; s++) {
      const [clock, left, now, scale] = await floor.evaluate((f) => {
        const fill = f.querySelector<HTMLElement>('[role=progressbar] > span')!;
        return [
          f.querySelector('[role=timer]')!.textContent!,
          f.querySelector('.timer-left')!.textContent!,
          f.querySelector('[role=progressbar]')!.getAttribute('aria-valuenow')!,
          new DOMMatrix(getComputedStyle(fill).transform).a,
        ] as const;
      });
      // the bar shows what it says
      expect(scale).toBeCloseTo(Number(now) / 100, 5);
      seen.clock.add(clock);
      seen.left.add(left);
      seen.bar.add(now);
      await page.clock.runFor(1000);
    }
    expect(seen.clock.size).toBe(12);
    expect([...seen.left]).toEqual(['18 min left']); // 17:28 to 17:17 left, rounded up
    expect(seen.bar.size).toBeLessThanOrEqual(2);
    await expect(bar).toHaveAttribute('aria-valuenow', /^[12]$/);
  });

  test('holds read as name, hold number and side, and the short gap between them is "Relax", not "Reset"', async ({ page }) => {
    test.setTimeout(90_000); // presses Next through a dozen steps
    const timer = await openTimer(page, '/routines/seven-minute-core/');
    await timer.getByRole('button', { name: 'Start' }).click();
    await skipTo(timer, /^Bird dog · hold 3 of \d+ · right$/);
    await timer.getByRole('button', { name: 'Next step' }).click();
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText(/^Next: Bird dog · hold 4 of \d+ · left$/);
    await expect(timer.getByRole('dialog', { name: 'Workout' }).getByText('Relax', { exact: true })).toBeVisible();
    await expect(timer.getByRole('dialog', { name: 'Workout' })).toHaveAttribute('data-phase', 'rest');
    await expect(announcer(timer)).toHaveText(/^Relax(\.|, \d+ seconds\.)/);
    await expect(timer).not.toContainText('Reset,');
  });

  test('timings can be changed before starting, the total updates, and a value out of range says so', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByText('Adjust timing').click();
    const total = timer.getByText(/Total with these settings/);
    const before = await total.textContent();
    const rounds = timer.getByRole('spinbutton', { name: 'Rounds' });
    await rounds.fill('50');
    await rounds.press('Enter');
    await expect(rounds).toHaveValue('10');
    await expect(timer.getByText('1 to 10 only, so it is set to 10.')).toBeVisible();
    await rounds.fill('');
    await rounds.press('Enter');
    await expect(rounds).toHaveValue('10');
    await expect(timer.getByText('Not a number, so it stays 10. Use 1 to 10.')).toBeVisible();
    await rounds.fill('2');
    await rounds.press('Enter');
    await expect(timer.getByText(/only, so it is set to|Not a number/)).toHaveCount(0);
    await expect(total).not.toHaveText(before!);
    await timer.getByRole('button', { name: 'Start' }).click();
    await expect(timer.getByText('Round 1 of 2 · Step')).toBeVisible();
    // Remembered for this routine.
    const again = await reload(page);
    await again.getByRole('button', { name: 'Start fresh' }).click();
    await expect(again.getByText(/· 2 rounds$/)).toBeVisible();
  });

  test('after a reload mid-workout, offers to resume where it was', async ({ page }) => {
    const timer = await openTimer(page);
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(25_000); // 15 s into the back extension
    const again = await reload(page);
    await again.getByRole('button', { name: 'Resume workout' }).click();
    await expect(again.getByRole('heading', { level: 3 })).toHaveText('Stability ball back extension');
    await expect(again.getByRole('timer')).toHaveText('45');
    await page.clock.runFor(5_000);
    await expect(again.getByRole('timer')).toHaveText('40');
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

  test('on a phone, Start is on screen without scrolling, and the floor view fills the screen with bare seconds @phone', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-22T07:00:00Z') });
    await page.goto('/routines/back-and-core-circuit/');
    const timer = page.getByRole('region', { name: 'Workout timer' });
    const start = timer.getByRole('button', { name: 'Start', exact: true });
    await expect(start).toBeEnabled();
    await expect(start).toBeInViewport({ ratio: 1 });
    await page.clock.pauseAt(new Date('2026-11-22T07:01:00Z'));
    await start.click();
    const floor = page.getByRole('dialog', { name: 'Workout' });
    await expect(floor).toBeVisible();
    await expect(floor.getByText('Get ready', { exact: true }).first()).toBeVisible();
    const digits = floor.getByRole('timer');
    await expect(digits).toHaveText('10');
    const viewport = page.viewportSize()!;
    const box = (await digits.boundingBox())!;
    const size = await digits.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(Math.min(viewport.width, viewport.height) / 4);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    // The exercise coming up is drawn large; every control is on the one screen.
    const figure = (await floor.locator('.timer-figure').boundingBox())!;
    expect(figure.height).toBeGreaterThanOrEqual(100);
    for (const name of ['Previous step', 'Pause', 'Next step', 'Reset', 'Exit full screen']) {
      await expect(floor.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    // The bar of the whole workout keeps its name full screen, where its line of words is not drawn.
    await expect(floor.getByRole('progressbar', { name: 'Workout progress' })).toBeVisible();
    await expect(floor.getByText(/done · .* to go/)).toHaveCount(0);
    // A tap anywhere that is not a button pauses; another carries on.
    await digits.click();
    await expect(floor).toHaveAttribute('data-phase', 'paused');
    await expect(floor.getByRole('button', { name: 'Resume' })).toBeVisible();
    await floor.getByRole('heading', { level: 3 }).click();
    await expect(floor).toHaveAttribute('data-phase', 'get-ready');
    // Working through the exercise: the next one is shown small beside "Up next".
    await page.clock.runFor(10_000);
    await expect(floor).toHaveAttribute('data-phase', 'work');
    await expect(floor.locator('.timer-next-figure svg')).toBeVisible();
    await floor.getByRole('button', { name: 'Exit full screen' }).click();
    await expect(floor).toBeHidden();
    await timer.getByRole('button', { name: 'Full screen' }).click();
    await expect(floor).toBeVisible();
  });

  test('has no accessibility violations in any phase, in light and dark mode', async ({ page }) => {
    test.setTimeout(60_000);
    // Time stands still, but for the milliseconds axe's own timers need, so no phase ends under axe.
    const timer = await openTimer(page, '/routines/core-basics/');
    const floor = timer.getByRole('dialog', { name: 'Workout' });
    await timer.getByRole('button', { name: 'Start' }).click();
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < 5; i++) {
      const phase = (await floor.getAttribute('data-phase'))!;
      if (!seen.has(phase)) {
        seen.add(phase);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          expect(await axeWhileStill(page, '.timer-floor'), `${phase}, ${colorScheme}`).toEqual([]);
        }
      }
      if (phase === 'work' && !seen.has('paused')) await timer.getByRole('button', { name: 'Pause' }).click();
      else if (phase === 'paused') await timer.getByRole('button', { name: 'Resume' }).click();
      else await timer.getByRole('button', { name: 'Next step' }).click();
    }
    expect([...seen].sort()).toEqual(['get-ready', 'paused', 'rest', 'switch', 'work']);
  });

  test('reps steps wait for Done, which is the big button, and the count fits the screen @phone', async ({ page }) => {
    const timer = await openTimer(page, '/routines/seven-minute-core/');
    await timer.getByRole('button', { name: 'Start' }).click();
    await skipTo(timer, /^Russian twist/);
    await page.clock.runFor(120_000);
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText(/^Russian twist/);
    await expect(timer.getByRole('timer')).toHaveText(/^\d+ reps$/);
    const box = (await timer.getByRole('timer').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    const scroll = await timer.getByRole('timer').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    const done = timer.getByRole('button', { name: 'Done' });
    await expect(done).toHaveClass(/timer-primary/);
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
    const before = await timer.getByRole('heading', { level: 3 }).textContent();
    await done.click();
    await expect(timer.getByRole('heading', { level: 3 })).not.toHaveText(before!);
  });
});
