/**
 * The routine compiler: turns a routine (steps, sides, rounds, rests) into a flat list of
 * timed segments the engine can run. Pure data in, pure data out.
 */

import { clampTo, GET_READY_RANGE, REST_RANGE, ROUNDS_RANGE, SWITCH_SIDES_RANGE, WORK_RANGE } from '../routine/limits';
import type { Step } from '../routine/model';

export type Side = 'left' | 'right';
export type SegmentKind = 'get-ready' | 'work' | 'rest' | 'switch-sides' | 'hold' | 'reps';

/** A routine step with its exercise already resolved: the step, its name and the cue spoken at halfway. */
export type PlanStep = Step & {
  exerciseName: string;
  /** `reps` mode: seconds one rep takes at this exercise's tempo, for the time estimate; defaults to `SECONDS_PER_REP`. */
  secondsPerRep?: number;
  /** The exercise's first form cue, spoken at halfway. */
  cue?: string;
};

export interface PlanInput {
  title: string;
  getReadySeconds: number;
  switchSidesSeconds: number;
  rounds: number;
  restBetweenRounds: number;
  steps: PlanStep[];
}

/** What a visitor may change before or during a workout (WCAG 2.2.1: timing adjustable). */
export interface PlanSettings {
  rounds: number;
  getReadySeconds: number;
  /** Added to every timed work and hold segment (may be negative; ADJUSTMENT_RANGE in src/lib/routine/limits.ts). */
  workDeltaSeconds: number;
  /** Added to every rest between steps, sets and rounds (may be negative; ADJUSTMENT_RANGE in src/lib/routine/limits.ts). */
  restDeltaSeconds: number;
}

export interface Segment {
  kind: SegmentKind;
  /** What the runner sees as the heading: exercise name, "Rest", "Get ready", "Switch sides". */
  label: string;
  exerciseId?: string;
  exerciseName?: string;
  side?: Side;
  /** 1-based round. */
  round: number;
  /** Index into `steps` of the exercise this segment belongs to or leads into. */
  stepIndex: number;
  /** Duration in whole milliseconds; `null` for open-ended reps (the runner taps Done). */
  durationMs: number | null;
  /** Reps to do, on `reps` segments. */
  reps?: number;
  /** Seconds one rep takes, on `reps` segments: only for estimating their length. */
  secondsPerRep?: number;
  /** "Set 2 of 3", "Hold 4 of 10" where it applies. */
  detail?: string;
  cue?: string;
}

export interface Plan {
  title: string;
  rounds: number;
  segments: Segment[];
}

/**
 * Seconds per rep when the exercise gives no tempo of its own (`secondsPerRep` in its frontmatter),
 * used only to estimate the length of open-ended reps steps.
 */
export const SECONDS_PER_REP = 3;

export function defaultSettings(input: PlanInput): PlanSettings {
  return { rounds: input.rounds, getReadySeconds: input.getReadySeconds, workDeltaSeconds: 0, restDeltaSeconds: 0 };
}

const sideLabel = (side: Side) => (side === 'left' ? 'Left side' : 'Right side');

export function compilePlan(input: PlanInput, settings: PlanSettings = defaultSettings(input)): Plan {
  // Every number the schema or the builder accepts is inside these ranges already, so the only
  // values brought inside them are adjusted ones ("work time − 60 s" on a 30 s plank) and
  // hand-made input.
  const rounds = clampTo(settings.rounds, ROUNDS_RANGE);
  const work = (s: number) => clampTo(s + settings.workDeltaSeconds, WORK_RANGE) * 1000;
  const rest = (s: number) => (s > 0 ? clampTo(s + settings.restDeltaSeconds, REST_RANGE) * 1000 : 0);
  const segments: Segment[] = [];
  const push = (s: Segment) => {
    if (s.durationMs === 0) return;
    segments.push(s);
  };

  const getReady = clampTo(settings.getReadySeconds, GET_READY_RANGE) * 1000;
  if (input.steps.length > 0) {
    push({ kind: 'get-ready', label: 'Get ready', round: 1, stepIndex: 0, durationMs: getReady });
  }

  for (let round = 1; round <= rounds; round++) {
    input.steps.forEach((step, stepIndex) => {
      const base = { exerciseId: step.exercise, exerciseName: step.exerciseName, round, stepIndex, cue: step.cue };
      const sides: (Side | undefined)[] = step.sides === 'each-side' ? ['left', 'right'] : [undefined];
      const restSeg = (seconds: number, label = 'Rest'): Segment => ({
        kind: 'rest',
        label,
        round,
        stepIndex,
        durationMs: rest(seconds),
      });
      const switchSeg = (): Segment => ({
        kind: 'switch-sides',
        label: 'Switch sides',
        exerciseId: step.exercise,
        exerciseName: step.exerciseName,
        side: 'right',
        round,
        stepIndex,
        durationMs: clampTo(input.switchSidesSeconds, SWITCH_SIDES_RANGE) * 1000,
      });

      if (step.mode === 'hold-reps') {
        // Holds alternate sides when the exercise works each side (bird dog: left, right, left...).
        const holds = step.reps;
        const order: (Side | undefined)[] = [];
        for (let i = 0; i < holds; i++) order.push(...sides);
        order.forEach((side, i) => {
          // A breath between holds: "Relax", so it is never confused with resetting the timer.
          if (i > 0) push(restSeg(step.holdRest ?? 0, 'Relax'));
          const holdNumber = Math.floor(i / sides.length) + 1;
          push({
            ...base,
            kind: 'hold',
            label: step.exerciseName,
            side,
            durationMs: work(step.holdSeconds),
            detail: `Hold ${holdNumber} of ${holds}`,
          });
        });
      } else {
        const sets = step.sets ?? 1;
        for (let set = 1; set <= sets; set++) {
          if (set > 1) push(restSeg(step.setRest ?? 0));
          sides.forEach((side, i) => {
            if (i > 0) push(switchSeg());
            const detail = sets > 1 ? `Set ${set} of ${sets}` : undefined;
            if (step.mode === 'time') {
              push({ ...base, kind: 'work', label: step.exerciseName, side, durationMs: work(step.seconds), detail });
            } else {
              push({ ...base, kind: 'reps', label: step.exerciseName, side, durationMs: null, reps: step.reps, secondsPerRep: step.secondsPerRep, detail });
            }
          });
        }
      }

      const lastStep = stepIndex === input.steps.length - 1;
      if (!lastStep) push(restSeg(step.restAfter));
      else if (round < rounds) push(restSeg(input.restBetweenRounds, 'Rest between rounds'));
    });
  }
  return { title: input.title, rounds, segments };
}

/** Estimated length of a segment; open-ended reps are guessed from the rep count and the exercise's tempo. */
export function estimateMs(segment: Segment): number {
  if (segment.durationMs !== null) return segment.durationMs;
  return Math.round((segment.reps ?? 10) * (segment.secondsPerRep ?? SECONDS_PER_REP) * 1000);
}

export function totalMs(plan: Plan): number {
  return plan.segments.reduce((sum, s) => sum + estimateMs(s), 0);
}

/** True when the total is exact, i.e. no step waits for the runner to tap Done. */
export function isExact(plan: Plan): boolean {
  return plan.segments.every((s) => s.durationMs !== null);
}

export function describeSide(side: Side | undefined): string | undefined {
  return side ? sideLabel(side) : undefined;
}
