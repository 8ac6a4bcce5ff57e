/** A routine step's prescription as a runner reads it, on routine pages and in the builder's preview. */
import type { PlanStep } from '../timer/plan';

/** "60 s", "3 × 10 reps", "5 × 10 s holds, alternating sides", "20 s each side". */
export function formatStep(step: PlanStep): string {
  const each = step.sides === 'each-side';
  const sets = (step.sets ?? 1) > 1 ? `${step.sets} × ` : '';
  switch (step.mode) {
    case 'time':
      return `${sets}${step.seconds} s${each ? ' each side' : ''}`;
    case 'reps':
      return `${sets}${step.reps} reps${each ? ' each side' : ''}`;
    case 'hold-reps':
      return `${step.reps} × ${step.holdSeconds} s holds${each ? ', alternating sides' : ''}`;
  }
}
