/**
 * What a plan is made from and what it is made of: the runner's settings, the routine library
 * the planner draws on (an input, so the planner stays pure and testable), and the plan itself.
 * Pure types and vocabularies; the planner is in planner.ts, the rules in rules.ts.
 */
import type { Level, RoutineKind } from '../content/vocabulary';
import type { LocalDate, Weekday } from './dates';

/** Minutes a runner has on a normal day (not a strength day). */
export const DAY_MINUTES = [10, 15, 20, 30] as const;
export type DayMinutes = (typeof DAY_MINUTES)[number];

/** Where a runner starts: new to strength work, some experience, or doing it regularly. */
export const STARTING_POINTS = ['new', 'some', 'regular'] as const;
export type StartingPoint = (typeof STARTING_POINTS)[number];

export const STARTING_POINT_LABELS: Record<StartingPoint, string> = {
  new: 'New to strength work',
  some: 'Some strength work',
  regular: 'Regular strength work',
};

/**
 * Kit a runner may have, in the runner's words. A mat is comfort, not kit; having nothing is
 * the empty list. Dumbbells and a kettlebell count as one item: every loaded exercise on the
 * site takes either.
 */
export const RUNNER_KIT = ['dumbbells-or-kettlebell', 'stability-ball', 'band'] as const;
export type RunnerKit = (typeof RUNNER_KIT)[number];

export const RUNNER_KIT_LABELS: Record<RunnerKit, string> = {
  'dumbbells-or-kettlebell': 'Dumbbells or a kettlebell',
  'stability-ball': 'A stability ball',
  band: 'A resistance band',
};

/**
 * The kit a routine's equipment list asks for, in the runner's words (vocabulary `EQUIPMENT`
 * values, plus `band` should the vocabulary gain it). `none` and `mat` ask for nothing.
 */
export function runnerKitFor(equipment: readonly string[]): RunnerKit[] {
  const kit = new Set<RunnerKit>();
  for (const e of equipment) {
    if (e === 'dumbbell' || e === 'kettlebell') kit.add('dumbbells-or-kettlebell');
    else if (e === 'stability-ball') kit.add('stability-ball');
    else if (e === 'band') kit.add('band');
  }
  return RUNNER_KIT.filter((k) => kit.has(k));
}

/** What the planner needs to know of a content routine (src/content.ts gathers it). */
export interface RoutineForPlan {
  id: string;
  title: string;
  kind: RoutineKind;
  level: Level;
  /** Every piece of equipment its exercises list (vocabulary `EQUIPMENT` values). */
  equipment: readonly string[];
  /** Its length as the routine page shows it, in ms. */
  durationMs: number;
}

/**
 * A content routine as the planner sees it. A ball or a band cannot be stood in for, so a
 * routine that uses one needs it. A beginner routine's loaded moves start with bodyweight
 * (their steps say so: learn the hinge with no weight first), so it needs no weights; above
 * beginner, a routine whose moves use dumbbells or a kettlebell needs one of them.
 */
export function libraryRoutine(r: RoutineForPlan): LibraryRoutine {
  const kit = runnerKitFor(r.equipment);
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    level: r.level,
    needs: r.level === 'beginner' ? kit.filter((k) => k !== 'dumbbells-or-kettlebell') : kit,
    minutes: Math.round(r.durationMs / 6000) / 10,
  };
}

/** What the runner tells the planner. Stored as it is; the plan is made again from it (see schema.ts). */
export interface PlanSettings {
  /** Days the runner runs. */
  runDays: Weekday[];
  /** The long run: one of `runDays`, or null with no long run. */
  longRunDay: Weekday | null;
  /** Hard sessions (intervals, tempo): some of `runDays`; may be empty. */
  hardDays: Weekday[];
  /** Minutes the runner has on a normal day. */
  minutes: DayMinutes;
  /** Where the runner starts. */
  start: StartingPoint;
  /** Kit the runner has; empty for none. */
  kit: RunnerKit[];
  /** First day of the plan (the day it was made or remade). */
  startDate: LocalDate;
  /** A race to be ready for, or null. */
  raceDate: LocalDate | null;
}

/** One routine of the library, as the planner sees it. */
export interface LibraryRoutine {
  /** The routine's id (its slug). */
  id: string;
  /** Display name, for calendar titles and the plan page. */
  title: string;
  kind: RoutineKind;
  level: Level;
  /** Kit the routine cannot be done without (a routine that starts with bodyweight needs none). */
  needs: RunnerKit[];
  /** Its length in minutes, as the routine page shows it. */
  minutes: number;
}

/** What a run day is, or a rest day; `race` is the race date. */
export type DayRole = 'long' | 'hard' | 'easy' | 'rest' | 'race';

/** Why a session is on a day: the plan page and the Today card can say so. */
export type SessionPurpose =
  | 'basics'
  | 'daily-core'
  | 'longer-core'
  | 'strength'
  | 'plyometrics'
  | 'mobility-after-long-run'
  | 'mobility'
  | 'mobility-after-race'
  /** Offered instead of strength work when the back score says so (progression.ts). */
  | 'mobility-for-back';

export interface PlannedSession {
  date: LocalDate;
  routineId: string;
  kind: RoutineKind;
  /** The routine's length in minutes (before any notches). */
  minutes: number;
  /** The base dose the week sets, in notches (see progression.ts); 0 is the routine as written. */
  notch: number;
  purpose: SessionPurpose;
}

export interface PlanDay {
  date: LocalDate;
  weekday: Weekday;
  role: DayRole;
  /** In the order they are done: plyometrics before strength, core before mobility. */
  sessions: PlannedSession[];
}

/**
 * Where a week sits: the four weeks of "Your first four weeks" (`basics`, `daily`, `mobility`,
 * `first-strength`), then building after the first month (`build`), with `lighter` weeks.
 */
export type Stage = 'basics' | 'daily' | 'mobility' | 'first-strength' | 'build' | 'lighter';

/** A week's heading on the plan page. */
export const STAGE_LABELS: Record<Stage, string> = {
  basics: 'Learn the basics',
  daily: 'Make it daily',
  mobility: 'Add mobility',
  'first-strength': 'Your first strength days',
  build: 'Build',
  lighter: 'Lighter week',
};

export interface PlanWeek {
  /** 1 to 12. */
  week: number;
  stage: Stage;
  /** Weeks since the first month ended (1 for the first week after it), or 0 within it. */
  buildWeek: number;
  /** The notch this week's core and strength sessions start from. */
  notch: number;
  /** Seven days from the plan's start date; week 1 starts on the start date's weekday. */
  days: PlanDay[];
}

/** The rules the plan keeps (rules.ts documents each). */
export const RULE_IDS = [
  'strength-twice',
  'strength-on-easy-or-rest-day',
  'strength-not-before-key-session',
  'strength-not-consecutive',
  'core-most-days',
  'core-skipped-on-strength-day',
  'mobility-after-long-run',
  'fits-minutes',
  'race-taper',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A rule the plan could not keep for this runner's week, where, and why. */
export interface BentRule {
  rule: RuleId;
  /** Days where it is bent (for `strength-twice`, the first day of each week concerned). */
  dates: LocalDate[];
  /** Plan weeks concerned. */
  weeks: number[];
  /** A sentence for the plan page: what the plan did and why. */
  reason: string;
}

export interface Plan {
  settings: PlanSettings;
  weeks: PlanWeek[];
  bent: BentRule[];
}

/** Length of every plan, in weeks. */
export const PLAN_WEEKS = 12;
/** Plan weeks that are lighter, whatever the starting point. */
export const LIGHTER_WEEKS: readonly number[] = [8, 12];

/** Every day of the plan in order. */
export function planDays(plan: Plan): PlanDay[] {
  return plan.weeks.flatMap((w) => w.days);
}

/** Every session of the plan in order. */
export function planSessions(plan: Plan): PlannedSession[] {
  return planDays(plan).flatMap((d) => d.sessions);
}
