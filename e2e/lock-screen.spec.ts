import { expect, test, type Page } from '@playwright/test';

/**
 * The workout on the lock screen: a spy on navigator.mediaSession (Chromium) records the metadata,
 * playback state, position and action handlers the timer sets, and a spy on media elements records
 * the quiet loop that lets a phone show them (src/islands/timer/senses.ts, useMediaSession.ts).
 */
interface Spied {
  handlers: Record<string, boolean>;
  metadata: ({ title: string; artist: string; album: string; artwork: number } | null)[];
  states: string[];
  positions: { duration: number; position: number; playbackRate: number }[];
  media: [string, string, boolean][];
}

async function spy(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __spied: Spied; __handlers: Record<string, (() => void) | null> };
    w.__spied = { handlers: {}, metadata: [], states: [], positions: [], media: [] };
    w.__handlers = {};
    const session = navigator.mediaSession;
    const setActionHandler = session.setActionHandler.bind(session);
    session.setActionHandler = (action, handler) => {
      w.__handlers[action] = handler as (() => void) | null;
      w.__spied.handlers[action] = !!handler;
      setActionHandler(action, handler);
    };
    let metadata: MediaMetadata | null = null;
    Object.defineProperty(session, 'metadata', {
      configurable: true,
      get: () => metadata,
      set: (m: MediaMetadata | null) => {
        metadata = m;
        w.__spied.metadata.push(m && { title: m.title, artist: m.artist, album: m.album, artwork: m.artwork.length });
      },
    });
    let state: MediaSessionPlaybackState = 'none';
    Object.defineProperty(session, 'playbackState', {
      configurable: true,
      get: () => state,
      set: (s: MediaSessionPlaybackState) => {
        state = s;
        w.__spied.states.push(s);
      },
    });
    const setPositionState = session.setPositionState.bind(session);
    session.setPositionState = (p) => {
      w.__spied.positions.push({ duration: p!.duration!, position: p!.position!, playbackRate: p!.playbackRate! });
      setPositionState(p);
    };
    const { play, pause } = HTMLMediaElement.prototype;
    HTMLMediaElement.prototype.play = function () {
      w.__spied.media.push(['play', new URL(this.src).pathname, this.loop]);
      return play.call(this).catch(() => undefined);
    };
    HTMLMediaElement.prototype.pause = function () {
      w.__spied.media.push(['pause', new URL(this.src).pathname, this.loop]);
      pause.call(this);
    };
  });
}

const spied = (page: Page) => page.evaluate(() => (window as unknown as { __spied: Spied }).__spied);
const press = (page: Page, action: string) => page.evaluate((a) => (window as unknown as { __handlers: Record<string, () => void> }).__handlers[a]!(), action);

test('a running workout is on the lock screen: routine, exercise and time left, with play, pause, next and previous working from there', async ({ page }) => {
  await spy(page);
  await page.clock.install({ time: new Date('2026-11-22T07:00:00Z') });
  await page.goto('/routines/back-and-core-circuit/');
  const timer = page.getByRole('region', { name: 'Workout timer' });
  await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  await page.clock.pauseAt(new Date('2026-11-22T07:01:00Z'));
  expect((await spied(page)).metadata).toEqual([]);
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  const floor = page.getByRole('dialog', { name: 'Workout' });

  // Get ready: what comes next, the routine, the step and the time left (17:40 planned).
  await expect.poll(async () => (await spied(page)).metadata.at(-1)).toEqual({
    title: 'Get ready · Next: Stability ball back extension',
    artist: 'Back and core circuit',
    album: 'Step 1 of 21 · 17:40 left',
    artwork: 2,
  });
  let s = await spied(page);
  expect(s.handlers).toEqual({ play: true, pause: true, nexttrack: true, previoustrack: true });
  expect(s.states.at(-1)).toBe('playing');
  expect(s.positions.at(-1)).toEqual({ duration: 1060, position: 0, playbackRate: 1 });
  // The quiet loop plays, started in the Start tap itself.
  expect(s.media[0]).toEqual(['play', '/sounds/quiet-loop.wav', true]);

  // The exercise, once it starts; the lock screen's bar is set again at each step.
  await page.clock.runFor(10_000);
  await expect.poll(async () => (await spied(page)).metadata.at(-1)?.title).toBe('Stability ball back extension');
  s = await spied(page);
  expect(s.metadata.at(-1)?.album).toBe('Step 1 of 21 · 17:30 left');
  expect(s.positions.at(-1)).toEqual({ duration: 1060, position: 10, playbackRate: 1 });
  // The metadata is written once per step, not every second.
  const written = s.metadata.length;
  await page.clock.runFor(5_000);
  expect((await spied(page)).metadata.length).toBe(written);

  // Pause and play from the lock screen.
  await press(page, 'pause');
  await expect(floor).toHaveAttribute('data-phase', 'paused');
  await expect.poll(async () => (await spied(page)).states.at(-1)).toBe('paused');
  expect((await spied(page)).media.at(-1)).toEqual(['pause', '/sounds/quiet-loop.wav', true]);
  await press(page, 'play');
  await expect(floor).toHaveAttribute('data-phase', 'work');
  await expect.poll(async () => (await spied(page)).states.at(-1)).toBe('playing');
  expect((await spied(page)).media.at(-1)?.[0]).toBe('play');

  // Next and previous.
  await press(page, 'nexttrack');
  await expect(floor.getByRole('heading', { level: 3 })).toHaveText('Stability ball Russian twist');
  await expect.poll(async () => (await spied(page)).metadata.at(-1)?.title).toBe('Stability ball Russian twist');
  await press(page, 'previoustrack');
  await expect(floor.getByRole('heading', { level: 3 })).toHaveText('Stability ball back extension');

  // Reset: the lock screen lets go, and the quiet loop stops.
  await floor.getByRole('button', { name: 'Reset' }).click();
  await floor.getByRole('button', { name: 'Yes, reset' }).click();
  await expect.poll(async () => (await spied(page)).metadata.at(-1)).toBeNull();
  s = await spied(page);
  expect(s.handlers).toEqual({ play: false, pause: false, nexttrack: false, previoustrack: false });
  expect(s.states.at(-1)).toBe('none');
  expect(s.media.at(-1)?.[0]).toBe('pause');
});

test('with sound and voice both off, the quiet loop stays off (other apps keep the phone’s audio)', async ({ page }) => {
  await spy(page);
  await page.addInitScript(() => localStorage.setItem('corestride:prefs', JSON.stringify({ v: 1, sound: false, voice: false, vibrate: true })));
  await page.goto('/routines/back-and-core-circuit/');
  const timer = page.getByRole('region', { name: 'Workout timer' });
  await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await expect.poll(async () => (await spied(page)).metadata.length).toBeGreaterThan(0);
  expect((await spied(page)).media.filter(([what]) => what === 'play')).toEqual([]);
});
