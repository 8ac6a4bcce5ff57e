/**
 * The plan's storage keys (documented with every other key in ./keys.ts, which re-exports them):
 * a module of their own so that only pages that show the plan ship them.
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
