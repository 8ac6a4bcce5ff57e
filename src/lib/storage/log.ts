/**
 * What the log reads: the workouts the timer saved (one key each) and the weekly plan.
 * Kept apart from ./timer.ts so the routine page, which only writes records, does not ship this.
 */
import { WORKOUT_PREFIX } from './keys';
import { inRange, type Range } from '../routine/limits';
import { bad, isObj, isTime, ok, stamp, versioned, type Read } from './read';
import type { WorkoutRecord } from './workout';

/** A workout record's fields, checked: shared by the stored workouts and the log's export file. */
export function validRecord(v: unknown): v is WorkoutRecord {
  return (
    isObj(v) &&
    typeof v['id'] === 'string' &&
    v['id'].length > 0 &&
    v['id'].length <= 100 &&
    typeof v['routineId'] === 'string' &&
    typeof v['routineTitle'] === 'string' &&
    isTime(v['startedAt']) &&
    isTime(v['finishedAt']) &&
    (v['finishedAt'] as number) >= (v['startedAt'] as number) &&
    isTime(v['activeMs']) &&
    inRange(v['steps'], { min: 0, max: 10_000 }) &&
    inRange(v['rounds'], { min: 0, max: 100 }) &&
    typeof v['completed'] === 'boolean'
  );
}

export function readWorkout(raw: string | null): Read<WorkoutRecord> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r;
  const { v: _version, ...record } = r.value;
  if (!validRecord(record)) return bad('it is incomplete or malformed');
  return ok(record);
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
    if (r?.value) workouts.push(r.value);
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
