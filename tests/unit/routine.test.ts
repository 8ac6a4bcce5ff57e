import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { toPlanInput, type PlanExercise, type WrittenRoutine } from '../../src/lib/content/routine';
import {
  GET_READY_RANGE,
  REST_RANGE,
  SWITCH_SIDES_RANGE,
  WORK_RANGE,
  clampTo,
  inRange,
} from '../../src/lib/routine/limits';
import { DOSE_KINDS, STEP_SIDES_IN_CONTENT } from '../../src/lib/routine/model';
import { doseSchema, routineStepSchema } from '../../src/lib/routine/schema';
import { compilePlan } from '../../src/lib/timer/plan';

const step = routineStepSchema(z.string());

describe('the routine model', () => {
  it('reads a step as authors write it, turning both|each into the one spelling of sides', () => {
    expect(step.parse({ exercise: 'plank', mode: 'time', seconds: 30, sides: 'each' })).toEqual({ exercise: 'plank', mode: 'time', seconds: 30, sides: 'each-side' });
    expect(step.parse({ exercise: 'plank', mode: 'reps', reps: 10, sides: 'both' }).sides).toBe('both-at-once');
    expect(step.parse({ exercise: 'plank', mode: 'reps', reps: 10 }).sides).toBeUndefined();
    expect(Object.keys(STEP_SIDES_IN_CONTENT)).toEqual(['both', 'each']);
  });

  it('refuses a step without the numbers its mode needs, saying what to add', () => {
    const r = step.safeParse({ exercise: 'plank', mode: 'time', reps: 10 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain('mode "time" needs seconds: add `seconds: 30`');
    expect(step.safeParse({ exercise: 'plank', mode: 'hold-reps', reps: 5 }).error?.issues[0]?.path).toEqual(['holdSeconds']);
  });

  it('accepts exactly the limits the compiler runs unchanged: no silent clamp', () => {
    for (const seconds of [WORK_RANGE.min, WORK_RANGE.max]) expect(step.safeParse({ exercise: 'p', mode: 'time', seconds }).success).toBe(true);
    for (const seconds of [WORK_RANGE.min - 1, WORK_RANGE.max + 1, 10.5]) expect(step.safeParse({ exercise: 'p', mode: 'time', seconds }).success).toBe(false);
    expect(step.safeParse({ exercise: 'p', mode: 'time', seconds: 30, restAfter: REST_RANGE.max }).success).toBe(true);
    expect(step.safeParse({ exercise: 'p', mode: 'time', seconds: 30, restAfter: REST_RANGE.max + 1 }).success).toBe(false);
    expect(doseSchema.safeParse({ kind: 'timed', seconds: WORK_RANGE.min - 1 }).success).toBe(false);
    expect(doseSchema.parse({ kind: 'timed', seconds: 20 })).toEqual({ kind: 'timed', seconds: 20, sets: 1 });
    expect(doseSchema.options.map((o) => o.shape.kind.value).sort()).toEqual([...DOSE_KINDS].sort());

    // The extremes the schema allows compile to exactly those numbers.
    const exercises = new Map<string, PlanExercise>([['p', { id: 'p', title: 'P', sides: 'each-side', equipment: ['none'], cues: ['Brace.'] }]]);
    const routine: WrittenRoutine = {
      title: 'Edges',
      getReadySeconds: GET_READY_RANGE.max,
      switchSidesSeconds: SWITCH_SIDES_RANGE.max,
      rounds: 2,
      restBetweenRounds: REST_RANGE.max,
      restBetweenSteps: REST_RANGE.max,
      steps: [
        { exercise: { id: 'p' }, mode: 'time', seconds: WORK_RANGE.min },
        { exercise: { id: 'p' }, mode: 'hold-reps', reps: 1, holdSeconds: WORK_RANGE.max, sides: 'both-at-once' },
      ],
    };
    const durations = compilePlan(toPlanInput(routine, exercises)).segments.map((s) => [s.kind, (s.durationMs ?? 0) / 1000]);
    expect(durations).toEqual([
      ['get-ready', GET_READY_RANGE.max],
      ['work', WORK_RANGE.min],
      ['switch-sides', SWITCH_SIDES_RANGE.max],
      ['work', WORK_RANGE.min],
      ['rest', REST_RANGE.max],
      ['hold', WORK_RANGE.max],
      ['rest', REST_RANGE.max],
      ['work', WORK_RANGE.min],
      ['switch-sides', SWITCH_SIDES_RANGE.max],
      ['work', WORK_RANGE.min],
      ['rest', REST_RANGE.max],
      ['hold', WORK_RANGE.max],
    ]);
  });

  it('keeps whole numbers inside a range', () => {
    expect(inRange(5, WORK_RANGE)).toBe(true);
    expect(inRange(4, WORK_RANGE)).toBe(false);
    expect(inRange('5', WORK_RANGE)).toBe(false);
    expect(clampTo(2.6, WORK_RANGE)).toBe(5);
    expect(clampTo(700, WORK_RANGE)).toBe(600);
  });

  it('fills a step’s sides from its exercise and its rest from the routine', () => {
    const exercises = new Map<string, PlanExercise>([['p', { id: 'p', title: 'P', sides: 'each-side', equipment: ['none'], cues: ['Brace.'] }]]);
    const input = toPlanInput(
      { title: 'T', getReadySeconds: 5, switchSidesSeconds: 5, rounds: 1, restBetweenRounds: 0, restBetweenSteps: 15, steps: [{ exercise: { id: 'p' }, mode: 'reps', reps: 8 }] },
      exercises,
    );
    expect(input.steps[0]).toMatchObject({ exercise: 'p', exerciseName: 'P', sides: 'each-side', restAfter: 15, mode: 'reps', reps: 8, cue: 'Brace.' });
  });
});
