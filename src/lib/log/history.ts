/**
 * The workout log, read from what the timer saved: days, weeks, the streak, durations. Pure:
 * times in, summaries out. Days are the runner's local calendar days and weeks start on Monday.
 * This week against the plan or the weekly counters, by kind: ./week.ts.
 */
import type { WeeklyPlan } from '../storage/log';
import type { WorkoutRecord } from '../storage/workout';
import { addDays } from 'date-fns/addDays';
import { startOfDay as dayStart } from 'date-fns/startOfDay';
import { startOfWeek as weekStart } from 'date-fns/startOfWeek';
import { streakOfDays } from './days';

/** Local midnight at the start of the day containing `ms`. */
export const startOfDay = (ms: number): number => dayStart(ms).getTime();

/** Local midnight starting the Monday of the week containing `ms`. */
export const startOfWeek = (ms: number): number => weekStart(ms, { weekStartsOn: 1 }).getTime();

/** Local midnight `n` calendar days after the day containing `ms`. */
export const dayAfter = (ms: number, n: number): number => startOfDay(addDays(ms, n).getTime());

/** "7 min 10 s", "45 s": how long a workout took, for the history list. */
export function durationText(ms: number): string {
  const total = Math.round(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m === 0 ? `${s} s` : s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** Days in a row with at least one workout (see streakOfDays). */
export function currentStreak(workouts: readonly WorkoutRecord[], now: number): number {
  return streakOfDays(workouts.map((w) => w.finishedAt), now);
}

/** The weekly counters before the runner changes them. */
export const DEFAULT_PLAN: WeeklyPlan = { corePerWeek: 7, strengthPerWeek: 2 };
