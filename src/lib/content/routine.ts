/**
 * Facts derived from a routine and its exercises: the timer plan, total time, equipment.
 * Never typed into content; always computed here.
 */
import { compilePlan, isExact, totalMs, type PlanInput, type PlanStep } from '../timer/plan';
import type { Equipment, Sides } from './vocabulary';

export interface ExerciseFacts {
  id: string;
  title: string;
  sides: Sides;
  equipment: Equipment[];
  cues: string[];
  /** Seconds one rep takes at this exercise's tempo; the plan's default when absent. */
  secondsPerRep?: number;
}

export interface RoutineFacts {
  title: string;
  getReadySeconds: number;
  switchSidesSeconds: number;
  rounds: number;
  restBetweenRounds: number;
  restBetweenSteps: number;
  steps: {
    exercise: { id: string };
    mode: PlanStep['mode'];
    seconds?: number;
    reps?: number;
    holdSeconds?: number;
    holdRest?: number;
    sets?: number;
    setRest?: number;
    sides?: 'both' | 'each';
    restAfter?: number;
    note?: string;
  }[];
}

export function toPlanInput(routine: RoutineFacts, exercises: ReadonlyMap<string, ExerciseFacts>): PlanInput {
  return {
    title: routine.title,
    getReadySeconds: routine.getReadySeconds,
    switchSidesSeconds: routine.switchSidesSeconds,
    rounds: routine.rounds,
    restBetweenRounds: routine.restBetweenRounds,
    steps: routine.steps.map((step) => {
      const ex = exercises.get(step.exercise.id);
      if (!ex) throw new Error(`routine "${routine.title}": unknown exercise "${step.exercise.id}"`);
      return {
        exerciseId: ex.id,
        exerciseName: ex.title,
        mode: step.mode,
        seconds: step.seconds,
        reps: step.reps,
        ...(step.mode === 'reps' && ex.secondsPerRep !== undefined ? { secondsPerRep: ex.secondsPerRep } : {}),
        holdSeconds: step.holdSeconds,
        holdRest: step.holdRest,
        sets: step.sets,
        setRest: step.setRest,
        sides: step.sides ?? (ex.sides === 'each-side' ? 'each' : 'both'),
        restAfter: step.restAfter ?? routine.restBetweenSteps,
        cue: ex.cues[0],
        note: step.note,
      };
    }),
  };
}

/** Total workout time in ms and whether it is exact (no open-ended reps steps). */
export function routineDuration(input: PlanInput): { ms: number; exact: boolean } {
  const plan = compilePlan(input);
  return { ms: totalMs(plan), exact: isExact(plan) };
}

/** Equipment the routine needs: the union of its exercises' kit, in vocabulary order. */
export function routineEquipment(input: PlanInput, exercises: ReadonlyMap<string, ExerciseFacts>): Equipment[] {
  const all = new Set<Equipment>();
  for (const step of input.steps) for (const e of exercises.get(step.exerciseId)?.equipment ?? []) all.add(e);
  if (all.size > 1) all.delete('none');
  return [...all];
}
