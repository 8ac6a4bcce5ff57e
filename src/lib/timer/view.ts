/** What the timer shows, derived from the plan: step numbers, headlines. Pure. */
import type { Plan, Segment } from './plan';

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

/** The next segment worth naming as "Up next": skips rests and switches. */
export function upNext(plan: Plan, index: number): Segment | undefined {
  return plan.segments.slice(index + 1).find(isExercise);
}
