/**
 * Sessions that progress with the runner, and a back that is listened to. Pure rules:
 *
 * - The plan's week sets each session's base dose (`PlannedSession.notch`); the runner's ratings
 *   move a routine's dose in notches on top. One notch is +5 s on each timed step, +2 s on each
 *   hold, +2 reps on each reps step, within the routine model's limits. Harder variations stay
 *   the plan's job, week by week.
 * - Two "too easy" ratings in a row for a routine move its next session up one notch; "too hard"
 *   moves it down one; "just right" keeps it and starts the count again. A skipped question
 *   changes nothing.
 * - A back score (0 to 10) that rises 2 or more above the runner's usual (the median of their
 *   last five scores before it), or is above 4, holds progression ("too easy" moves nothing) and
 *   offers gentle back mobility instead of strength work that day. A score of 7 or more, or a
 *   score that has risen three sessions running, also links to "When to see a professional".
 */
import { clampTo, REPS_RANGE, WORK_RANGE } from '../routine/limits';
import type { PlanInput, PlanStep } from '../timer/plan';
import type { LibraryRoutine, PlannedSession } from './model';

/** The answers to "How was that?". */
export const RATINGS = ['too-easy', 'just-right', 'too-hard'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, string> = {
  'too-easy': 'Too easy',
  'just-right': 'Just right',
  'too-hard': 'Too hard',
};

/** One notch: seconds added to each timed step, to each hold, and reps added to each reps step. */
export const NOTCH = { timedSeconds: 5, holdSeconds: 2, reps: 2 } as const;
/** Notches a routine's dose may move, all told (the week's base and the runner's ratings). */
export const NOTCH_RANGE = { min: -4, max: 12 } as const;
/** "Too easy" ratings in a row that move a routine up a notch. */
export const EASY_IN_A_ROW = 2;

/** Back scores: the rules' thresholds. */
export const BACK = {
  /** Scores run from 0 (no pain) to 10. */
  max: 10,
  /** The runner's usual is the median of this many scores before the latest. */
  usualOf: 5,
  /** A rise of this much above the usual holds progression. */
  rise: 2,
  /** A score above this holds progression. */
  above: 4,
  /** A score of this or more also links to "When to see a professional". */
  seeProfessional: 7,
  /** A score that has risen this many sessions running also links to it. */
  risesRunning: 3,
} as const;

/** The routine offered instead of strength work on a day the back says so. */
export const BACK_MOBILITY_ROUTINE = 'gentle-back-mobility';
/** "When to see a professional". */
export const SEE_A_PROFESSIONAL_PATH = '/articles/lower-back-pain-when-to-see-a-professional/';

/** Where a routine's dose stands after the runner's ratings. */
export interface RoutineProgress {
  /** Notches the ratings have moved the routine (on top of the week's base). */
  notch: number;
  /** "Too easy" ratings in a row since the last change. */
  easyInARow: number;
}

export const NO_PROGRESS: RoutineProgress = { notch: 0, easyInARow: 0 };

const clampNotch = (n: number) => Math.min(NOTCH_RANGE.max, Math.max(NOTCH_RANGE.min, n));

/**
 * A routine's progress after one rating (`null`: the question was skipped). With `hold` (the
 * back says so), "too easy" moves nothing and does not count towards the next notch; "too
 * hard" still moves the dose down.
 */
export function rate(progress: RoutineProgress, rating: Rating | null, hold = false): RoutineProgress {
  switch (rating) {
    case null:
      return progress;
    case 'just-right':
      return { notch: progress.notch, easyInARow: 0 };
    case 'too-hard':
      return { notch: clampNotch(progress.notch - 1), easyInARow: 0 };
    case 'too-easy': {
      if (hold) return progress;
      const easy = progress.easyInARow + 1;
      return easy >= EASY_IN_A_ROW ? { notch: clampNotch(progress.notch + 1), easyInARow: 0 } : { notch: progress.notch, easyInARow: easy };
    }
  }
}

/** The notches a session runs at: the week's base and the runner's own, within `NOTCH_RANGE`. */
export function sessionNotch(base: number, progress: RoutineProgress = NO_PROGRESS): number {
  return clampNotch(base + progress.notch);
}

// ---------------------------------------------------------------------------------------------
// The back

/** Why the back holds progression. */
export type BackSignal = 'rise' | 'above-4' | 'seven-or-more' | 'rising-three-sessions';

export interface BackAdvice {
  /** The runner's usual score (median of up to five before the latest), or null with none before it. */
  usual: number | null;
  /** Progression is held: "too easy" moves nothing. */
  hold: boolean;
  /** Gentle back mobility is offered instead of strength work. */
  offerMobility: boolean;
  /** "When to see a professional" is linked. */
  seeProfessional: boolean;
  signals: BackSignal[];
}

/** The middle value (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * What the back scores say, oldest first, the latest last. No scores, no advice: everything
 * false. A score out of 0 to 10 is a bug in the caller (the schema refuses them) and throws.
 */
export function backAdvice(scores: readonly number[]): BackAdvice {
  for (const s of scores) if (!Number.isInteger(s) || s < 0 || s > BACK.max) throw new RangeError(`a back score is a whole number from 0 to ${BACK.max}, not ${s}`);
  const latest = scores[scores.length - 1];
  const usual = median(scores.slice(-1 - BACK.usualOf, -1));
  const signals: BackSignal[] = [];
  if (latest !== undefined) {
    if (usual !== null && latest - usual >= BACK.rise) signals.push('rise');
    if (latest > BACK.above) signals.push('above-4');
    if (latest >= BACK.seeProfessional) signals.push('seven-or-more');
    const run = scores.slice(-1 - BACK.risesRunning);
    if (run.length === BACK.risesRunning + 1 && run.every((s, i) => i === 0 || s > (run[i - 1] as number))) signals.push('rising-three-sessions');
  }
  const hold = signals.length > 0;
  return {
    usual,
    hold,
    offerMobility: hold,
    seeProfessional: signals.includes('seven-or-more') || signals.includes('rising-three-sessions'),
    signals,
  };
}

/** A day's sessions with the back heard: strength work swapped for gentle back mobility, once. */
export interface BackDay {
  sessions: PlannedSession[];
  /** The strength sessions the mobility stands in for (the runner may still choose them). */
  swapped: PlannedSession[];
}

/**
 * The day's sessions as the back advises: with `offerMobility`, its strength sessions
 * (plyometrics included) give way to one gentle back mobility session at base dose, unless the
 * day already has it. `mobility` is that routine from the library, or null when the library has
 * none, which leaves the day as planned.
 */
export function heedBack(sessions: readonly PlannedSession[], advice: BackAdvice, mobility: LibraryRoutine | null): BackDay {
  const swapped = advice.offerMobility && mobility ? sessions.filter((s) => s.kind === 'strength') : [];
  if (!swapped.length || !mobility) return { sessions: [...sessions], swapped: [] };
  const kept = sessions.filter((s) => s.kind !== 'strength');
  const first = swapped[0] as PlannedSession;
  const already = kept.some((s) => s.routineId === mobility.id);
  const stand: PlannedSession = { date: first.date, routineId: mobility.id, kind: mobility.kind, minutes: mobility.minutes, notch: 0, purpose: 'mobility-for-back' };
  return { sessions: already ? kept : [stand, ...kept], swapped };
}

// ---------------------------------------------------------------------------------------------
// Doses

/**
 * The routine with `notch` notches applied to every step: timed steps gain 5 s a notch, holds
 * 2 s, reps steps 2 reps (fewer for negative notches), each kept within the routine model's
 * limits. The number of holds, sets, rests and rounds are left as they are.
 */
export function applyNotches(input: PlanInput, notch: number): PlanInput {
  const n = clampNotch(Math.round(notch));
  if (n === 0) return input;
  const step = (s: PlanStep): PlanStep => {
    switch (s.mode) {
      case 'time':
        return { ...s, seconds: clampTo(s.seconds + n * NOTCH.timedSeconds, WORK_RANGE) };
      case 'hold-reps':
        return { ...s, holdSeconds: clampTo(s.holdSeconds + n * NOTCH.holdSeconds, WORK_RANGE) };
      case 'reps':
        return { ...s, reps: clampTo(s.reps + n * NOTCH.reps, REPS_RANGE) };
    }
  };
  return { ...input, steps: input.steps.map(step) };
}

/** One step whose dose a notch changed, for "Plank 40 s, up from 30 s". */
export interface DoseChange {
  stepIndex: number;
  exerciseName: string;
  /** `seconds`: a timed step; `hold`: seconds per hold; `reps`: reps per set. */
  measure: 'seconds' | 'hold' | 'reps';
  from: number;
  to: number;
}

/** What a notch moves in a step: its seconds, its seconds per hold, or its reps. */
const doseOf = (s: PlanStep): [DoseChange['measure'], number] =>
  s.mode === 'time' ? ['seconds', s.seconds] : s.mode === 'hold-reps' ? ['hold', s.holdSeconds] : ['reps', s.reps];

/** The steps whose dose differs between a routine as written and as adjusted, in step order. */
export function doseChanges(written: PlanInput, adjusted: PlanInput): DoseChange[] {
  const out: DoseChange[] = [];
  written.steps.forEach((a, stepIndex) => {
    const b = adjusted.steps[stepIndex];
    if (!b) return;
    const [measure, from] = doseOf(a);
    const [same, to] = doseOf(b);
    if (measure === same && from !== to) out.push({ stepIndex, exerciseName: a.exerciseName, measure, from, to });
  });
  return out;
}

/** "Plank 40 s, up from 30 s"; "Bird dog holds 12 s, up from 10 s"; "Squat 10 reps, down from 12". */
export function describeDose(change: DoseChange): string {
  const unit = (n: number) => (change.measure === 'reps' ? `${n} reps` : `${n} s`);
  const what = change.measure === 'hold' ? `${change.exerciseName} holds` : change.exerciseName;
  return `${what} ${unit(change.to)}, ${change.to > change.from ? 'up' : 'down'} from ${unit(change.from)}`;
}
