/**
 * This week, honestly: each workout counted by its routine's kind (core, strength, mobility),
 * measured against the plan's sessions of that kind, or, without a plan, against the old
 * weekly counters (`corestride:weekly-plan`). Mobility is never strength; a try of one exercise
 * is no session; a workout whose kind cannot be known counts as nothing. Pure: times in,
 * counts out. Weeks are Monday to Sunday, in the runner's local days (./history.ts).
 */
import { ROUTINE_KINDS, type RoutineKind } from '../content/vocabulary';
import { localDate, type LocalDate } from '../plan/dates';
import { planDays, type Plan, type PlannedSession } from '../plan/model';
import { isTry } from '../routine/try';
import type { WeeklyPlan } from '../storage/log';
import type { WorkoutRecord } from '../storage/workout';
import { calendarDaysBetween } from './days';
import { dayAfter, startOfWeek } from './history';

/** Where a workout's kind is learnt, most trusted first. */
export interface KindSources {
  /** Each library routine's kind (its content file: the library JSON the plan reads). */
  library: ReadonlyMap<string, RoutineKind>;
  /** Each saved builder routine's kind, by its timer id (`custom-<hash>`): the runner's choice when saving. */
  builder: ReadonlyMap<string, RoutineKind>;
  /** The kind a check-in recorded for a workout, by workout id. */
  checkIns: ReadonlyMap<string, RoutineKind>;
}

/** The id prefix of a builder routine's workouts (src/lib/share/codec.ts, customRoutineId). */
const CUSTOM_PREFIX = 'custom-';
/** A builder routine's kind when the runner chose none (routines saved before the choice existed). */
export const DEFAULT_BUILDER_KIND: RoutineKind = 'core';

/**
 * A workout's kind: its library routine's; for a builder routine, the kind it was saved with,
 * else the one its check-in recorded, else core; null for a try (no session) and for a routine
 * the site no longer has and nothing recorded (counted as nothing rather than guessed).
 */
export function workoutKind(w: Pick<WorkoutRecord, 'id' | 'routineId'>, sources: KindSources): RoutineKind | null {
  if (isTry(w.routineId)) return null;
  const known = sources.library.get(w.routineId) ?? sources.builder.get(w.routineId) ?? sources.checkIns.get(w.id);
  if (known) return known;
  return w.routineId.startsWith(CUSTOM_PREFIX) ? DEFAULT_BUILDER_KIND : null;
}

/** How a kind is counted: core once a day (it is a daily set), the others once a session. */
export const COUNTED_BY: Record<RoutineKind, 'day' | 'session'> = { core: 'day', strength: 'session', mobility: 'session' };

export interface KindCount {
  kind: RoutineKind;
  /** Sessions (core: days) of this kind done in the counted days. */
  done: number;
  /** What the plan (or the counters) asks for this week; null when nothing is asked (mobility without a plan). */
  target: number | null;
}

export interface HonestWeek {
  /** Local midnight of each day, Monday first, with the workouts finished that day and the kinds they count as. */
  days: { start: number; date: LocalDate; workouts: WorkoutRecord[]; planned: RoutineKind[] }[];
  /** One count per kind, in ROUTINE_KINDS order. */
  counts: KindCount[];
  /** What the week is measured against. */
  against: 'plan' | 'counters';
  /** The first day counted: Monday, or the plan's first day when it started this week. */
  from: LocalDate;
}

/**
 * Counts the workouts of days `from` to Sunday by kind. Each workout counts at most once, for
 * one kind, so no count exceeds the workouts of its kind done in those days.
 */
export function countKinds(workouts: readonly WorkoutRecord[], kindOf: (w: WorkoutRecord) => RoutineKind | null): Record<RoutineKind, number> {
  const sessions: Record<RoutineKind, number> = { core: 0, strength: 0, mobility: 0 };
  const coreDays = new Set<LocalDate>();
  for (const w of workouts) {
    const kind = kindOf(w);
    if (kind === null) continue;
    if (COUNTED_BY[kind] === 'day') {
      const day = localDate(w.finishedAt);
      if (coreDays.has(day)) continue;
      coreDays.add(day);
    }
    sessions[kind]++;
  }
  return sessions;
}

/**
 * This week (Monday to Sunday, of `now`) against the plan's sessions when `planned` is given
 * (the plan's sessions dated this week: none before its first day), else against `counters`.
 * With a plan that started mid-week, only the days from its first day are counted, so work done
 * before the plan is not measured against it.
 */
export function honestWeek(
  workouts: readonly WorkoutRecord[],
  sources: KindSources,
  now: number,
  against: { planned: readonly PlannedSession[]; from: LocalDate } | { counters: WeeklyPlan },
): HonestWeek {
  const monday = startOfWeek(now);
  const days = Array.from({ length: 7 }, (_, i) => {
    const start = dayAfter(monday, i);
    return { start, date: localDate(start), workouts: [] as WorkoutRecord[], planned: [] as RoutineKind[] };
  });
  for (const w of workouts) days[calendarDaysBetween(monday, w.finishedAt)]?.workouts.push(w);
  const kindOf = (w: WorkoutRecord) => workoutKind(w, sources);
  const mondayDate = days[0]!.date;
  const from = 'planned' in against && against.from > mondayDate ? against.from : mondayDate;
  const counted = days.filter((d) => d.date >= from).flatMap((d) => d.workouts);
  const done = countKinds(counted, kindOf);
  if ('planned' in against) {
    const target: Record<RoutineKind, number> = { core: 0, strength: 0, mobility: 0 };
    const coreDays = new Set<LocalDate>();
    for (const s of against.planned) {
      const day = days.find((d) => d.date === s.date);
      if (!day) continue;
      day.planned.push(s.kind);
      if (COUNTED_BY[s.kind] === 'day') {
        if (coreDays.has(s.date)) continue;
        coreDays.add(s.date);
      }
      target[s.kind]++;
    }
    return { days, counts: ROUTINE_KINDS.map((kind) => ({ kind, done: done[kind], target: target[kind] })), against: 'plan', from };
  }
  const { corePerWeek, strengthPerWeek } = against.counters;
  const targets: Record<RoutineKind, number | null> = { core: corePerWeek, strength: strengthPerWeek, mobility: null };
  return { days, counts: ROUTINE_KINDS.map((kind) => ({ kind, done: done[kind], target: targets[kind] })), against: 'counters', from };
}

/**
 * The plan's sessions dated in the week of `now` (Monday to Sunday), and the first day the plan
 * covers in it; null when the plan covers no day of this week (not started yet, or ended), so the
 * log falls back to the weekly counters.
 */
export function plannedThisWeek(plan: Plan, now: number): { planned: PlannedSession[]; from: LocalDate } | null {
  const monday = startOfWeek(now);
  const week = new Set(Array.from({ length: 7 }, (_, i) => localDate(dayAfter(monday, i))));
  const days = planDays(plan).filter((d) => week.has(d.date));
  if (days.length === 0) return null;
  return { planned: days.flatMap((d) => d.sessions), from: days[0]!.date };
}
