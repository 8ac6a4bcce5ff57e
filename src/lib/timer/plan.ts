/**
 * The routine compiler: turns a routine (steps, sides, rounds, rests) into a flat list of
 * timed segments the engine can run. Pure data in, pure data out.
 */

export type StepMode = 'time' | 'reps' | 'hold-reps';
export type Side = 'left' | 'right';
export type SegmentKind = 'get-ready' | 'work' | 'rest' | 'switch-sides' | 'hold' | 'reps';

/** One routine step with its exercise already resolved: what the compiler needs, nothing more. */
export interface PlanStep {
  exerciseId: string;
  exerciseName: string;
  mode: StepMode;
  /** `time` mode: seconds per side and set. */
  seconds?: number;
  /** `reps` mode: reps per set (and side); `hold-reps` mode: number of holds (per side). */
  reps?: number;
  /** `reps` mode: seconds one rep takes at this exercise's tempo, for the time estimate; defaults to `SECONDS_PER_REP`. */
  secondsPerRep?: number;
  /** `hold-reps` mode: seconds each hold lasts. */
  holdSeconds?: number;
  /** `hold-reps` mode: rest between holds, in seconds. */
  holdRest?: number;
  /** `time` and `reps` modes: how many sets. */
  sets?: number;
  /** Rest between sets, in seconds. */
  setRest?: number;
  sides: 'both' | 'each';
  /** Rest after this step, in seconds (not after the last step of the last round). */
  restAfter: number;
  /** The exercise's first form cue, spoken at halfway. */
  cue?: string;
  note?: string;
}

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
  /** Added to every timed work and hold segment (may be negative). */
  workDeltaSeconds: number;
  /** Added to every rest between steps, sets and rounds (may be negative). */
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

export const MIN_WORK_SECONDS = 5;
export const MAX_ROUNDS = 10;
export const MAX_SECONDS = 600;
/**
 * Seconds per rep when the exercise gives no tempo of its own (`secondsPerRep` in its frontmatter),
 * used only to estimate the length of open-ended reps steps.
 */
export const SECONDS_PER_REP = 3;

export function defaultSettings(input: PlanInput): PlanSettings {
  return { rounds: input.rounds, getReadySeconds: input.getReadySeconds, workDeltaSeconds: 0, restDeltaSeconds: 0 };
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));
const sideLabel = (side: Side) => (side === 'left' ? 'Left side' : 'Right side');

export function compilePlan(input: PlanInput, settings: PlanSettings = defaultSettings(input)): Plan {
  const rounds = clamp(settings.rounds, 1, MAX_ROUNDS);
  const work = (s: number) => clamp(s + settings.workDeltaSeconds, MIN_WORK_SECONDS, MAX_SECONDS) * 1000;
  const rest = (s: number) => (s > 0 ? clamp(s + settings.restDeltaSeconds, 0, MAX_SECONDS) * 1000 : 0);
  const segments: Segment[] = [];
  const push = (s: Segment) => {
    if (s.durationMs === 0) return;
    segments.push(s);
  };

  const getReady = clamp(settings.getReadySeconds, 0, 60) * 1000;
  if (input.steps.length > 0) {
    push({ kind: 'get-ready', label: 'Get ready', round: 1, stepIndex: 0, durationMs: getReady });
  }

  for (let round = 1; round <= rounds; round++) {
    input.steps.forEach((step, stepIndex) => {
      const base = { exerciseId: step.exerciseId, exerciseName: step.exerciseName, round, stepIndex, cue: step.cue };
      const sides: (Side | undefined)[] = step.sides === 'each' ? ['left', 'right'] : [undefined];
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
        exerciseId: step.exerciseId,
        exerciseName: step.exerciseName,
        side: 'right',
        round,
        stepIndex,
        durationMs: clamp(input.switchSidesSeconds, 0, 60) * 1000,
      });

      if (step.mode === 'hold-reps') {
        // Holds alternate sides when the exercise works each side (bird dog: left, right, left...).
        const holds = step.reps ?? 1;
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
            durationMs: work(step.holdSeconds ?? 0),
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
              push({ ...base, kind: 'work', label: step.exerciseName, side, durationMs: work(step.seconds ?? 0), detail });
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
