/**
 * The workout clock in the browser: readings of `performance.now()` and `Date.now()` fed to
 * the pure clock in src/lib/timer/clock.ts, gaps marked when the page is hidden or frozen,
 * and one wake at `due` (a time on the clock), or at once when the page comes back.
 *
 * Layout effects, not effects: they run with the render, so a wake is never held back until
 * an animation frame that a throttled or hidden tab may not get.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { advance, markGap, notBefore, startClock, type Reading } from '../../lib/timer/clock';

export interface WorkoutClock {
  /** The time now, on the workout's timeline. */
  read(): number;
  /** Never earlier than `t` from now on: a restored workout was saved at `t`. */
  notBefore(t: number): void;
  /** The page was hidden or frozen. */
  gap(): void;
}

const reading = (): Reading => ({ mono: performance.now(), wall: Date.now() });
const visible = () => document.visibilityState === 'visible';
/** Page Lifecycle: hidden or shown, frozen or resumed (pageshow, after the back-forward cache, is on window). */
const PAGE_EVENTS = ['visibilitychange', 'freeze', 'resume'];

export function createWorkoutClock(): WorkoutClock {
  let c = startClock(reading());
  return {
    read: () => (c = advance(c, reading(), visible())).at,
    notBefore: (t) => void (c = notBefore(c, t)),
    gap: () => void (c = markGap(c)),
  };
}

/**
 * What a wake is told: the time, and whether the page has just been hidden, frozen or shown again
 * (then the island draws, so a page being left saves where its workout is). It may return the next
 * wake it wants: the clock is then set again without the island drawing, as a running workout's
 * face counts its own seconds and the island wakes to draw only when the step changes.
 */
export type OnWake = (at: number, paged?: boolean) => number | null | void;

/** Who hears the island's wakes within a step (the face, the cues), which draw nothing else. */
export type Ticks = Set<(at: number) => void>;

/** The clock, and `onWake(time)` at `due` (null: no wake wanted), at the wake it returns, or as soon as the page is shown again. */
export function useWorkoutClock(due: number | null, onWake: OnWake): WorkoutClock {
  const [clock] = useState(createWorkoutClock);
  // The page's events are listened to once; they read the wake wanted now, so a tick re-arms only the timer.
  const wantRef = useRef({ due, onWake });
  useLayoutEffect(() => {
    wantRef.current = { due, onWake };
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timer's delay is whole milliseconds (WebIDL `long`: 995.8 is cut to 995), so it is rounded
    // up, or about half the wakes would come a hair early and have to wait out the rest (a second
    // timer a second). performance.now() is coarsened and jittered, so now and then one still reads
    // early: it waits, since a wake before `due` would ask for the same `due`, this effect would not
    // run again, and the clock would stop. (A delay below 0 is 0: the HTML standard.)
    const arm = (due: number | null | void) => {
      if (due != null) timer = setTimeout(() => arm(clock.read() < due ? due : wantRef.current.onWake(clock.read())), Math.ceil(due - clock.read()));
    };
    arm(due);
    return () => clearTimeout(timer);
  }, [clock, due, onWake]);
  useLayoutEffect(() => {
    // Hidden or frozen: a gap the wall clock may bridge. Either way, wake now if a wake is due:
    // shown again, to catch up; hidden, so the cues of the next minutes are scheduled before the
    // page may freeze (useCues). The timer stays set: a wake in the same second re-runs nothing.
    const change = () => {
      if (!visible()) clock.gap();
      const { due, onWake } = wantRef.current;
      if (due !== null) onWake(clock.read(), true);
    };
    for (const type of PAGE_EVENTS) document.addEventListener(type, change);
    addEventListener('pageshow', change);
    return () => {
      for (const type of PAGE_EVENTS) document.removeEventListener(type, change);
      removeEventListener('pageshow', change);
    };
  }, [clock]);
  return clock;
}
