/**
 * The plan's storage keys, named in ./keys.ts's list and exported from it like every other key;
 * written here, in a module of their own, so that a bundle puts them only with the code that uses
 * them. On a routine page that is the lazily loaded dose and check-in (src/islands/timer/progress.tsx);
 * were they in ./keys.ts, they would ride in the first chunk the timer shares with the log.
 */
import { PREFIX } from './prefix';

const PROGRESS_PREFIX = `${PREFIX}progress:`;
const CHECK_IN_PREFIX = `${PREFIX}check-in:`;

export const PLAN_KEYS = {
  /** The start of every progress key and every check-in key, to find them all in storage. */
  progressPrefix: PROGRESS_PREFIX,
  checkInPrefix: CHECK_IN_PREFIX,
  plan: `${PREFIX}plan`,
  progress: (routineId: string) => `${PROGRESS_PREFIX}${routineId}`,
  /** A check-in's key, beside its workout's (`workoutId`). */
  checkIn: (workoutId: string) => `${CHECK_IN_PREFIX}${workoutId}`,
} as const;

/**
 * The keys whose presence means a routine's dose may differ from the routine as written: its
 * progress, and the plan (whose week sets a base notch). The routine page looks for them on
 * opening before it loads anything of the plan.
 */
export const doseKeys = (routineId: string): string[] => [PLAN_KEYS.progress(routineId), PLAN_KEYS.plan];
