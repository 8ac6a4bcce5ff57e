/**
 * The workout's clock: one timeline in ms (epoch-like, so saved workouts and log entries keep
 * their meaning) that starts at the wall clock and then only ever moves forward. Pure: the
 * browser side (src/islands/timer/useWorkoutClock.ts) feeds it readings.
 *
 * - While the page is visible it moves by the monotonic clock (`performance.now()`), so a
 *   wall-clock jump (the phone syncing its time, someone changing it) never shortens or
 *   stretches a step.
 * - Across a gap (the page hidden or frozen, the device asleep, when the monotonic clock may
 *   have stood still) it moves by the larger of the two clocks, so time away still counts.
 * - A reload starts again from the wall clock, but never before the last time the workout
 *   was saved (`notBefore`).
 */

/** Both clocks read at one moment, in ms. */
export interface Reading {
  /** `performance.now()`: monotonic, but it may stop while the device sleeps. */
  mono: number;
  /** `Date.now()`: keeps counting through sleep, but may jump either way. */
  wall: number;
}

export interface Clock {
  /** The timeline's time at the last reading. */
  at: number;
  /** The reading it was taken from. */
  mono: number;
  wall: number;
  /** The page was hidden or frozen since: the next reading may bridge with the wall clock. */
  gap: boolean;
}

export function startClock(r: Reading, notBefore = -Infinity): Clock {
  return { at: Math.max(r.wall, notBefore), mono: r.mono, wall: r.wall, gap: false };
}

/** The clock after reading `r`, taken while the page was `visible` or not. Never earlier than `c.at`. */
export function advance(c: Clock, r: Reading, visible: boolean): Clock {
  const mono = Math.max(0, r.mono - c.mono);
  const step = c.gap || !visible ? Math.max(mono, r.wall - c.wall) : mono;
  return { at: c.at + step, mono: r.mono, wall: r.wall, gap: !visible };
}

/** The page was hidden or frozen: whatever time passes until the next reading may be wall time. */
export const markGap = (c: Clock): Clock => (c.gap ? c : { ...c, gap: true });

/** The clock moved up to `t` if it is behind it (a restored workout saved at `t`). */
export const notBefore = (c: Clock, t: number): Clock => (t > c.at ? { ...c, at: t } : c);
