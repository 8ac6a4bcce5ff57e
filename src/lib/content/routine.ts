/**
 * Facts derived from a routine and its exercises: the timer plan, total time, equipment.
 * Never typed into content; always computed here.
 */
import type { Sides, StepMode } from '../routine/model';
import { compilePlan, isExact, totalMs, type PlanInput, type PlanStep } from '../timer/plan';
import type { Equipment } from './vocabulary';

/** What making a plan needs to know of an exercise. */
export interface PlanExercise {
  id: string;
  title: string;
  sides: Sides;
  equipment: Equipment[];
  cues: string[];
  /** Seconds one rep takes at this exercise's tempo; the plan's default when absent. */
  secondsPerRep?: number;
}

/** A routine step as written in content: sides and the rest after may be left to defaults. */
export interface WrittenStep {
  exercise: { id: string };
  mode: StepMode;
  seconds?: number;
  reps?: number;
  holdSeconds?: number;
  holdRest?: number;
  sets?: number;
  setRest?: number;
  sides?: Sides;
  restAfter?: number;
  note?: string;
}

/** A routine as written in content (src/content.config.ts), before its defaults are filled in. */
export interface WrittenRoutine {
  title: string;
  getReadySeconds: number;
  switchSidesSeconds: number;
  rounds: number;
  restBetweenRounds: number;
  restBetweenSteps: number;
  steps: WrittenStep[];
}

/** The timer's input for a routine from content: each step resolved, every default filled in. */
export function toPlanInput(routine: WrittenRoutine, exercises: ReadonlyMap<string, PlanExercise>): PlanInput {
  return {
    title: routine.title,
    getReadySeconds: routine.getReadySeconds,
    switchSidesSeconds: routine.switchSidesSeconds,
    rounds: routine.rounds,
    restBetweenRounds: routine.restBetweenRounds,
    steps: routine.steps.map((step): PlanStep => {
      const ex = exercises.get(step.exercise.id);
      if (!ex) throw new Error(`routine "${routine.title}": unknown exercise "${step.exercise.id}"`);
      // The schema has already refused a step without the numbers its mode needs.
      const need = (n: number | undefined, field: string) => {
        if (n === undefined) throw new Error(`routine "${routine.title}": a ${step.mode} step of "${ex.id}" has no ${field}`);
        return n;
      };
      const common = {
        exercise: ex.id,
        exerciseName: ex.title,
        sides: step.sides ?? ex.sides,
        restAfter: step.restAfter ?? routine.restBetweenSteps,
        sets: step.sets,
        setRest: step.setRest,
        holdRest: step.holdRest,
        cue: ex.cues[0],
        note: step.note,
      };
      switch (step.mode) {
        case 'time':
          return { ...common, mode: 'time', seconds: need(step.seconds, 'seconds') };
        case 'reps':
          return { ...common, mode: 'reps', reps: need(step.reps, 'reps'), ...(ex.secondsPerRep !== undefined ? { secondsPerRep: ex.secondsPerRep } : {}) };
        case 'hold-reps':
          return { ...common, mode: 'hold-reps', reps: need(step.reps, 'reps'), holdSeconds: need(step.holdSeconds, 'holdSeconds') };
      }
    }),
  };
}

/** Total workout time in ms and whether it is exact (no open-ended reps steps). */
export function routineDuration(input: PlanInput): { ms: number; exact: boolean } {
  const plan = compilePlan(input);
  return { ms: totalMs(plan), exact: isExact(plan) };
}

/** Equipment the routine needs: the union of its exercises' kit, in vocabulary order. */
export function routineEquipment(input: PlanInput, exercises: ReadonlyMap<string, PlanExercise>): Equipment[] {
  const all = new Set<Equipment>();
  for (const step of input.steps) for (const e of exercises.get(step.exercise)?.equipment ?? []) all.add(e);
  if (all.size > 1) all.delete('none');
  return [...all];
}
