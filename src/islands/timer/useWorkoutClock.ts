/**
 * The workout clock in the browser: readings of `performance.now()` and `Date.now()` fed to
 * the pure clock in src/lib/timer/clock.ts, gaps marked when the page is hidden or frozen,
 * and one wake at `due` (a time on the clock), or at once when the page comes back.
 *
 * Layout effects, not effects: they run with the render, so a wake is never held back until
 * an animation frame that a throttled or hidden tab may not get.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
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

export function createWorkoutClock(): WorkoutClock {
  let c = startClock(reading());
  return {
    read: () => (c = advance(c, reading(), visible())).at,
    notBefore: (t) => void (c = notBefore(c, t)),
    gap: () => void (c = markGap(c)),
  };
}

/** The clock, and `onWake(time)` at `due` (null: no wake wanted) or as soon as the page is shown again. */
export function useWorkoutClock(due: number | null, onWake: (at: number) => void): WorkoutClock {
  const [clock] = useState(createWorkoutClock);

  useLayoutEffect(() => {
    const away = () => (visible() ? undefined : clock.gap());
    document.addEventListener('visibilitychange', away);
    document.addEventListener('freeze', clock.gap);
    return () => {
      document.removeEventListener('visibilitychange', away);
      document.removeEventListener('freeze', clock.gap);
    };
  }, [clock]);

  useLayoutEffect(() => {
    if (due === null) return;
    const wake = () => onWake(clock.read());
    const back = () => {
      if (!visible()) return;
      clearTimeout(timer);
      wake();
    };
    const timer = setTimeout(wake, Math.max(0, due - clock.read()));
    document.addEventListener('visibilitychange', back);
    document.addEventListener('resume', back);
    window.addEventListener('pageshow', back);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', back);
      document.removeEventListener('resume', back);
      window.removeEventListener('pageshow', back);
    };
  }, [clock, due, onWake]);

  return clock;
}
