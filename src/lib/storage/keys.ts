/**
 * Every storage key's name, written and read back here and nowhere else. Everything the site
 * keeps is under `corestride:` in localStorage:
 *
 * - `corestride:prefs`                  sound, voice and vibration toggles
 * - `corestride:settings:<routine>`     adjusted timings for one routine
 * - `corestride:session:<routine>`      a workout in progress, as timestamps
 * - `corestride:workout:<routine>-<startedAt>`  one logged workout. One key per workout, so
 *                                       saving one never reads, rewrites or risks the others;
 *                                       the start time is in the name so "last done" and the
 *                                       streak need no record read (lastStartedFromKeys).
 * - `corestride:weekly-plan`            the plan the log measures a week against
 * - `corestride:my-routine:"<title>"`   a routine saved from the builder, under its title
 *                                       (lower case, NFC) as a JSON string, so two titles never
 *                                       share a key. The release before used a 32-bit hash of
 *                                       the title (`corestride:my-routine:1x2y3z`); those keys
 *                                       are moved by migrateMyRoutines (./my-routines.ts).
 * - `corestride:plan`                   the 12-week plan's settings (the plan is made again from them)
 * - `corestride:progress:<routine>`     where the runner's ratings have moved one routine's dose
 * - `corestride:check-in:<workout id>`  the finish screen's answers for one workout, beside its record
 * - `corestride:set-aside:<key>[#n]`    an unreadable value, moved aside (./store.ts)
 *
 * Every key with its reader and writer: ./table.ts.
 */

import { PREFIX } from './prefix';

export const WORKOUT_PREFIX = `${PREFIX}workout:`;
export const MY_ROUTINE_PREFIX = `${PREFIX}my-routine:`;
const SET_ASIDE_PREFIX = `${PREFIX}set-aside:`;

export const KEYS = {
  prefs: `${PREFIX}prefs`,
  settings: (routineId: string) => `${PREFIX}settings:${routineId}`,
  session: (routineId: string) => `${PREFIX}session:${routineId}`,
  /** A workout's key from its id (workoutId: `<routine>-<startedAt>`). */
  workout: (id: string) => `${WORKOUT_PREFIX}${id}`,
  weeklyPlan: `${PREFIX}weekly-plan`,
  /** A saved routine's key: its title, compared as the runner reads it (any case, any Unicode form). */
  myRoutine: (title: string) => `${MY_ROUTINE_PREFIX}${JSON.stringify(title.trim().normalize('NFC').toLowerCase())}`,
  /** Where an unreadable value of `key` is moved; the second and later copies get `#2`, `#3`… */
  setAside: (key: string, copy = 1) => `${SET_ASIDE_PREFIX}${key}${copy > 1 ? `#${copy}` : ''}`,
} as const;

/**
 * The plan's keys live in ./plan-keys.ts, a module of their own: a bundler places a whole module
 * in one chunk, so pages that do not show the plan (the routine page, near its budget) never
 * ship them. Re-exported here, where every key is looked up.
 */
export { doseKeys, PLAN_KEYS } from './plan-keys';

/** The earliest and latest start a workout key may name: anything outside is a damaged name, not a date. */
export const EARLIEST_WORKOUT = Date.UTC(2000, 0, 1);
export const LATEST_WORKOUT = Date.UTC(2100, 0, 1);

/** A workout's id: its routine and the moment it started, in ms since the epoch. */
export const workoutId = (routineId: string, startedAt: number) => `${routineId}-${startedAt}`;

/**
 * The routine and start time a workout key names, or null for any other key, or one whose
 * date is not a plausible start (year 2400, 9999999999999999, a fraction).
 */
export function parseWorkoutKey(key: string): { routineId: string; startedAt: number } | null {
  if (!key.startsWith(WORKOUT_PREFIX)) return null;
  const m = /^(.+)-(\d{1,16})$/.exec(key.slice(WORKOUT_PREFIX.length));
  if (!m) return null;
  const startedAt = Number(m[2]);
  if (startedAt < EARLIEST_WORKOUT || startedAt >= LATEST_WORKOUT) return null;
  return { routineId: m[1]!, startedAt };
}

/**
 * When this routine was last started, from storage keys alone: the routine page need not read
 * and check every record. Only the calendar day is shown, so start time stands in for finish time.
 * A start after `now` (a key dated 2099, or a clock set back since) is no "last done": it would read "today".
 */
export function lastStartedFromKeys(keys: readonly string[], routineId: string, now: number): number | null {
  let last: number | null = null;
  for (const key of keys) {
    const w = parseWorkoutKey(key);
    if (w && w.routineId === routineId && w.startedAt <= now && (last === null || w.startedAt > last)) last = w.startedAt;
  }
  return last;
}

/** Start times of every logged workout, any routine, from the keys alone (see lastStartedFromKeys). */
export function workoutStartsFromKeys(keys: readonly string[]): number[] {
  const starts: number[] = [];
  for (const key of keys) {
    const w = parseWorkoutKey(key);
    if (w) starts.push(w.startedAt);
  }
  return starts;
}
