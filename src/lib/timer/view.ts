/**
 * What the timer shows, derived from the plan: phases, step numbers, what comes next, and the
 * log entry a workout makes. Pure. The words it speaks are in ./words.ts.
 */
import { snapshot, type EngineState, type Status } from './engine';
import { totalMs, type Plan, type Segment } from './plan';
import { workoutId } from '../storage/keys';
import type { WorkoutRecord } from '../storage/workout';

export const isExercise = (s: Segment) => s.kind === 'work' || s.kind === 'hold' || s.kind === 'reps';

/** The phase a runner sees as a colour and a word, readable across the room. */
export type Phase = 'get-ready' | 'work' | 'rest' | 'switch' | 'paused' | 'done';

export function phaseOf(status: Status, seg: Segment | null | undefined): Phase {
  if (status === 'finished') return 'done';
  if (status === 'paused') return 'paused';
  if (status === 'idle' || !seg) return 'get-ready';
  return seg.kind === 'get-ready' ? 'get-ready' : seg.kind === 'rest' ? 'rest' : seg.kind === 'switch-sides' ? 'switch' : 'work';
}

/**
 * "Step n of N" counts exercise segments (each side, each hold). A rest or countdown shows
 * the number of the step it leads into.
 */
export function stepNumbers(plan: Plan): { numbers: number[]; total: number } {
  const total = plan.segments.filter(isExercise).length;
  const numbers: number[] = [];
  let seen = 0;
  for (const seg of plan.segments) {
    if (isExercise(seg)) seen++;
    numbers.push(isExercise(seg) ? seen : Math.min(total, seen + 1));
  }
  return { numbers, total };
}

export function exerciseStepsDone(plan: Plan, index: number): number {
  return plan.segments.slice(0, index).filter(isExercise).length;
}

/** The next segment worth naming as "Up next": skips rests and switches. */
export function upNext(plan: Plan, index: number): Segment | undefined {
  return plan.segments.slice(index + 1).find(isExercise);
}

/**
 * The log entry for a workout at time `at`, or null when it does not count. It counts once
 * at least half of the routine's planned time has been spent working through it (pauses
 * excluded), so pressing Next through every step logs nothing. It is complete when it
 * reached the end, and marked incomplete when stopped early.
 */
export function workoutRecord(routineId: string, plan: Plan, state: EngineState, at: number): WorkoutRecord | null {
  const snap = snapshot(plan, state, at);
  const completed = snap.status === 'finished';
  if (state.startedAt === null || snap.status === 'idle' || snap.elapsedMs < totalMs(plan) / 2) return null;
  // Whole ms: the workout clock follows performance.now(), which has fractions, and the start names the log key.
  const startedAt = Math.floor(state.startedAt);
  return {
    id: workoutId(routineId, startedAt),
    routineId,
    routineTitle: plan.title,
    startedAt,
    finishedAt: Math.floor(completed ? (state.finishedAt ?? at) : at),
    activeMs: snap.elapsedMs,
    steps: completed ? stepNumbers(plan).total : exerciseStepsDone(plan, snap.index),
    rounds: completed ? plan.rounds : (plan.segments[snap.index]?.round ?? plan.rounds),
    completed,
  };
}
