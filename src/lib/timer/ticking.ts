/**
 * What a running face writes each second, from a snapshot: pure. A module of its own, so that
 * only the workout's views (src/islands/timer/WorkoutView.tsx) carry it, not a routine page's first script.
 */
import type { Snapshot } from './engine';
import { formatClock, formatMinutesLeft, formatSeconds } from '../content/format-clock';

/**
 * What a running face shows that changes within a step, from a snapshot: the clock (null on a reps
 * step, which counts no time), the time left in the workout (full screen, and under the bar on the
 * page) and the progress bar's whole percent.
 */
export interface Ticking {
  clock: string | null;
  left: string;
  done: string;
  percent: number;
}

export function ticking(snap: Snapshot): Ticking {
  return {
    clock: snap.remainingMs === null ? null : formatSeconds(snap.remainingMs),
    left: `${formatMinutesLeft(snap.remainingTotalMs)} left`,
    done: `${formatClock(snap.elapsedMs)} done · ${formatClock(snap.remainingTotalMs)} to go`,
    percent: Math.floor(snap.progress * 100),
  };
}
