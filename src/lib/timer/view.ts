/** What the timer shows, derived from the plan: step numbers, headlines. Pure. */
import { snapshot, type EngineState } from './engine';
import type { Plan, Segment } from './plan';
import type { WorkoutRecord } from './storage';

const isExercise = (s: Segment) => s.kind === 'work' || s.kind === 'hold' || s.kind === 'reps';

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

/** "Side plank, left side": an exercise segment as spoken and shown. */
export function nameWithSide(s: Pick<Segment, 'exerciseName' | 'side'>): string {
  return `${s.exerciseName ?? ''}${s.side ? `, ${s.side} side` : ''}`;
}

/** The next segment worth naming as "Up next": skips rests and switches. */
export function upNext(plan: Plan, index: number): Segment | undefined {
  return plan.segments.slice(index + 1).find(isExercise);
}

/**
 * The log entry for a workout at time `at`: complete once finished; a workout stopped
 * after halfway counts too, marked incomplete. Anything less (or not started) is null.
 */
export function workoutRecord(routineId: string, plan: Plan, state: EngineState, at: number): WorkoutRecord | null {
  const snap = snapshot(plan, state, at);
  const completed = snap.status === 'finished';
  if (state.startedAt === null || snap.status === 'idle' || (!completed && snap.progress < 0.5)) return null;
  return {
    id: `${routineId}-${state.startedAt}`,
    routineId,
    routineTitle: plan.title,
    startedAt: state.startedAt,
    finishedAt: completed ? (state.finishedAt ?? at) : at,
    activeMs: snap.elapsedMs,
    steps: completed ? stepNumbers(plan).total : exerciseStepsDone(plan, snap.index),
    rounds: completed ? plan.rounds : (plan.segments[snap.index]?.round ?? plan.rounds),
    completed,
  };
}
