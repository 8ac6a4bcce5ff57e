/**
 * What the log reads: the workouts the timer saved (one key each) and the weekly plan.
 * Kept apart from ./timer.ts so the routine page, which only writes records, does not ship this.
 */
import { titleProblem } from '../routine/model';
import { EARLIEST_WORKOUT, KEYS, LATEST_WORKOUT, WORKOUT_PREFIX, workoutId } from './keys';
import { inRange, type Range } from '../routine/limits';
import { bad, isObj, isTime, ok, stamp, versioned, type Read } from './read';
import type { WorkoutRecord } from './workout';

/** The fields of a workout record, all required, and no others. */
const RECORD_FIELDS = ['id', 'routineId', 'routineTitle', 'startedAt', 'finishedAt', 'activeMs', 'steps', 'rounds', 'completed'];
/** Routine ids are slugs: a content routine's file name, or `custom-<hash>`. */
export const ROUTINE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What is wrong with a workout record, as a phrase that fits "could not be read (…)" and
 * "Workout 3 in this file cannot be used: …", or null. The one check for a stored workout and
 * for every workout in an import file, so that whatever an import accepts, the log reads back:
 * no field it does not know (an extra `"v": 2` once slipped through and was set aside on the
 * next load), an id that is its routine and start (the key's name, which "Last done" reads),
 * and dates a workout can have (an id ending 9999999999999999 once read as "NaN days ago"),
 * and an active time no longer than the time from start to finish (the timer names both in
 * whole ms, rounded down, so the active time may pass their difference by under 1 ms; 1e15 ms
 * was once listed as "16666666666 min 40 s").
 */
export function recordProblem(v: unknown): string | null {
  if (!isObj(v)) return 'it is not an object';
  const extra = Object.keys(v).find((k) => !RECORD_FIELDS.includes(k));
  if (extra !== undefined) return `it has a field a workout does not have (${JSON.stringify(extra.slice(0, 40))})`;
  const missing = RECORD_FIELDS.find((k) => !(k in v));
  if (missing !== undefined) return `it has no ${missing}`;
  const { id, routineId, routineTitle, startedAt, finishedAt, activeMs, steps, rounds, completed } = v;
  if (typeof routineId !== 'string' || routineId.length > 100 || !ROUTINE_ID.test(routineId)) return 'its routine id is not one this site makes';
  if (typeof routineTitle !== 'string') return 'its routine title is not text';
  const title = titleProblem(routineTitle);
  if (title) return `its routine title cannot be shown: ${title}`;
  const plausible = (t: unknown): t is number => Number.isInteger(t) && (t as number) >= EARLIEST_WORKOUT && (t as number) < LATEST_WORKOUT;
  if (!plausible(startedAt)) return 'its start time is not a date a workout can have';
  if (id !== workoutId(routineId, startedAt)) return 'its id is not its routine and start time';
  if (!plausible(finishedAt) || finishedAt < startedAt) return 'its finish time is not a date after its start';
  if (!isTime(activeMs)) return 'its active time is not a length of time';
  if (activeMs > finishedAt - startedAt + 1) return 'its active time is longer than the time from its start to its finish';
  if (!inRange(steps, { min: 0, max: 10_000 }) || !inRange(rounds, { min: 0, max: 100 })) return 'its steps or rounds are not whole numbers in range';
  if (typeof completed !== 'boolean') return 'whether it was completed is not true or false';
  return null;
}

/** A workout record's fields, checked (recordProblem gives the reason). */
export const validRecord = (v: unknown): v is WorkoutRecord => recordProblem(v) === null;

/** A stored workout: its version, then the same check an imported one gets. */
export function readWorkout(raw: string | null): Read<WorkoutRecord> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r;
  const { v: _version, ...record } = r.value;
  const problem = recordProblem(record);
  return problem === null ? ok(record as unknown as WorkoutRecord) : bad(problem);
}

/**
 * Every saved workout from (key, value) pairs of storage, oldest first, and the keys that
 * could not be read (for the page to report and set aside).
 */
export function readWorkouts(entries: Iterable<[string, string | null]>): { workouts: WorkoutRecord[]; unreadable: string[] } {
  const workouts: WorkoutRecord[] = [];
  const unreadable: string[] = [];
  for (const [key, raw] of entries) {
    if (!key.startsWith(WORKOUT_PREFIX)) continue;
    const r = readWorkout(raw);
    // Under another workout's name, it would be listed but never deleted with the log.
    if (r?.value && key === KEYS.workout(r.value.id)) workouts.push(r.value);
    else unreadable.push(key);
  }
  workouts.sort((a, b) => a.finishedAt - b.finishedAt);
  return { workouts, unreadable };
}

// ---- corestride:weekly-plan ----------------------------------------------------------

/** How often, each week, the runner means to do each kind of session. */
export interface WeeklyPlan {
  /** The daily core set (the seven-minute core routine). */
  corePerWeek: number;
  /** Any other routine: strength and longer back sessions. */
  strengthPerWeek: number;
}

/** How many of each a week may hold: the plan's number fields and its reader both keep to these. */
export const WEEKLY_PLAN_RANGES: Record<keyof WeeklyPlan, Range> = { corePerWeek: { min: 0, max: 7 }, strengthPerWeek: { min: 0, max: 14 } };

export function readWeeklyPlan(raw: string | null): Read<WeeklyPlan> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r;
  const { corePerWeek, strengthPerWeek } = r.value;
  if (!inRange(corePerWeek, WEEKLY_PLAN_RANGES.corePerWeek) || !inRange(strengthPerWeek, WEEKLY_PLAN_RANGES.strengthPerWeek)) {
    return bad('a number in it is missing or out of range');
  }
  return ok({ corePerWeek, strengthPerWeek });
}

export const writeWeeklyPlan: (plan: WeeklyPlan) => string = stamp;
