/**
 * The plan's keys, named in ./keys.ts's list and exported from it like every other key; written
 * here, in a module of their own, so that a bundle puts them only with the code that uses them.
 * On a routine page that is the lazily loaded dose and check-in (src/islands/timer/progress.tsx);
 * were they in ./keys.ts, they would ride in the first chunk the timer shares with the log.
 */
import { PREFIX } from './prefix';

/** The plan's keys: an object of their own, so pages that do not show the plan do not ship them. */
export const PLAN_KEYS = {
  plan: `${PREFIX}plan`,
  progress: (routineId: string) => `${PREFIX}progress:${routineId}`,
  /** A check-in's key, beside its workout's (`workoutId`). */
  checkIn: (workoutId: string) => `${PREFIX}check-in:${workoutId}`,
} as const;

/**
 * The keys whose presence means a routine's dose may differ from the routine as written: its
 * progress, and the plan (whose week sets a base notch). The routine page looks for them on
 * opening before it loads anything of the plan.
 */
export const doseKeys = (routineId: string): string[] => [PLAN_KEYS.progress(routineId), PLAN_KEYS.plan];

