/**
 * The workout log, read from what the timer saved: this week against a plan, the streak,
 * "last done". Pure: times in, summaries out. Days are the runner's local calendar days and
 * weeks start on Monday.
 */
import { isTry } from '../routine/try';
import type { WeeklyPlan } from '../storage/log';
import type { WorkoutRecord } from '../storage/workout';
import { addDays } from 'date-fns/addDays';
import { startOfDay as dayStart } from 'date-fns/startOfDay';
import { startOfWeek as weekStart } from 'date-fns/startOfWeek';
import { calendarDaysBetween, streakOfDays } from './days';

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

export const DEFAULT_PLAN: WeeklyPlan = { corePerWeek: 7, strengthPerWeek: 2 };
export const CORE_ROUTINE = 'seven-minute-core';

export interface WeekSummary {
  /** Local midnight of each day, Monday first, with the workouts finished that day. */
  days: { start: number; workouts: WorkoutRecord[] }[];
  core: { done: number; target: number };
  strength: { done: number; target: number };
}

/**
 * This week (Monday to Sunday) against the plan. Core counts once a day, as it is a daily set.
 * A try of one exercise (src/lib/routine/try.ts) is in the days and the streak, but is no session.
 */
export function weekSummary(workouts: readonly WorkoutRecord[], plan: WeeklyPlan, now: number): WeekSummary {
  const monday = startOfWeek(now);
  const days = Array.from({ length: 7 }, (_, i) => ({ start: dayAfter(monday, i), workouts: [] as WorkoutRecord[] }));
  for (const w of workouts) days[calendarDaysBetween(monday, w.finishedAt)]?.workouts.push(w);
  const coreDays = days.filter((d) => d.workouts.some((w) => w.routineId === CORE_ROUTINE)).length;
  const strength = days.reduce((n, d) => n + d.workouts.filter((w) => w.routineId !== CORE_ROUTINE && !isTry(w.routineId)).length, 0);
  return {
    days,
    core: { done: coreDays, target: plan.corePerWeek },
    strength: { done: strength, target: plan.strengthPerWeek },
  };
}
