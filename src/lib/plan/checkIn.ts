/**
 * The finish screen's two questions and the dose they drive, as pure steps over the rules in
 * ./progression.ts: which earlier back scores count, what one set of answers does to a routine's
 * progress, and the dose a routine runs at today (its progress on top of the plan's base notch).
 * No storage and no DOM: src/islands/timer/progress.tsx reads and writes, this decides.
 */
import type { PlanInput } from '../timer/plan';
import type { Plan, PlanDay } from './model';
import { applyNotches, backAdvice, doseChanges, rate, sessionNotch, type BackAdvice, type DoseChange, type Rating, type RoutineProgress } from './progression';

/** What the scores before this check-in count of a stored check-in. */
export interface EarlierCheckIn {
  workoutId: string;
  at: number;
  back: number | null;
}

/**
 * The back scores answered before, oldest first: every check-in with a score but `current`
 * (the workout being answered, whose earlier answer is being changed), in the order answered.
 */
export function earlierBackScores(checkIns: readonly EarlierCheckIn[], current: string): number[] {
  return checkIns
    .filter((c): c is EarlierCheckIn & { back: number } => c.workoutId !== current && c.back !== null)
    .sort((a, b) => a.at - b.at || (a.workoutId < b.workoutId ? -1 : a.workoutId > b.workoutId ? 1 : 0))
    .map((c) => c.back);
}

/**
 * What a rating did to the dose: `up` or `down` a notch; `counted` (one more "too easy" and it
 * goes up); `held` (the back holds it where it is); `kept` ("just right"); `at-limit` (it would
 * have moved, but the dose is already as hard or as easy as it goes); null for no rating.
 */
export type RatingEffect = 'up' | 'down' | 'counted' | 'held' | 'kept' | 'at-limit' | null;

export interface CheckInOutcome {
  /** The routine's progress after these answers. */
  progress: RoutineProgress;
  /** What the back score says (null when the question was skipped). */
  advice: BackAdvice | null;
  effect: RatingEffect;
}

/**
 * One check-in's answers applied to the routine's progress as it was before them. Answers may
 * be changed on the finish screen: each change is applied afresh to `before`, never on top of
 * the last, so tapping "Too easy" then "Just right" counts once, as "Just right".
 */
export function answerCheckIn(before: RoutineProgress, earlierScores: readonly number[], rating: Rating | null, back: number | null): CheckInOutcome {
  const advice = back === null ? null : backAdvice([...earlierScores, back]);
  const hold = advice?.hold ?? false;
  const progress = rate(before, rating, hold);
  let effect: RatingEffect = null;
  if (progress.notch > before.notch) effect = 'up';
  else if (progress.notch < before.notch) effect = 'down';
  else if (rating === 'too-hard') effect = 'at-limit';
  else if (rating === 'just-right') effect = 'kept';
  else if (rating === 'too-easy') effect = hold ? 'held' : progress.easyInARow > 0 ? 'counted' : 'at-limit';
  return { progress, advice, effect };
}

/** The plan's say in a routine's dose today: the base notch of today's session of it, and its week. */
export interface PlanBase {
  notch: number;
  /** The plan week (1 to 12). */
  week: number;
}

/**
 * The base notch of `routineId` on a day of the plan (today's: `dayOf(plan, today)`, from
 * ./planner.ts, which the caller loads with the plan); null when the day has no session of it.
 */
export function planBase(plan: Plan, day: PlanDay | null, routineId: string): PlanBase | null {
  const session = day?.sessions.find((s) => s.routineId === routineId);
  if (!day || !session) return null;
  const week = plan.weeks.find((w) => w.days.includes(day));
  return { notch: session.notch, week: week?.week ?? 1 };
}

/** A routine as it runs today. */
export interface Dose {
  /** The timer's input: the routine as written, with the notches applied. */
  input: PlanInput;
  /** Notches in all (the plan's base and the runner's own, within range). */
  notch: number;
  /** The steps that differ from the routine as written, for "Plank 40 s, up from 30 s". */
  changes: DoseChange[];
}

/** The dose of a routine `written` so, with the runner's progress on it and the plan's base notch for today. */
export function doseOf(written: PlanInput, progress: RoutineProgress, base = 0): Dose {
  const notch = sessionNotch(base, progress);
  const input = applyNotches(written, notch);
  return { input, notch, changes: doseChanges(written, input) };
}

/** Whether two inputs run the same steps at the same dose (the timer needs no new input). */
export function sameDose(a: PlanInput, b: PlanInput): boolean {
  return a === b || JSON.stringify(a.steps) === JSON.stringify(b.steps);
}
