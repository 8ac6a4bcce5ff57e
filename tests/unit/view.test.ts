import { describe, expect, it } from 'vitest';
import { reset, settle, start } from '../../src/lib/timer/engine';
import { compilePlan, totalMs, type PlanInput } from '../../src/lib/timer/plan';
import { nameWithSide, stepNumbers, upNext, workoutRecord } from '../../src/lib/timer/view';

// Get ready 5 s, then per round: bridge 60, plank left 30, switch 5, plank right 30; rest 60 between rounds.
const input: PlanInput = {
  title: 'Test circuit',
  getReadySeconds: 5,
  switchSidesSeconds: 5,
  rounds: 2,
  restBetweenRounds: 60,
  steps: [
    { exerciseId: 'glute-bridge', exerciseName: 'Glute bridge', mode: 'time', seconds: 60, sides: 'both', restAfter: 0 },
    { exerciseId: 'side-plank', exerciseName: 'Side plank', mode: 'time', seconds: 30, sides: 'each', restAfter: 0 },
  ],
};
const plan = compilePlan(input);
const T0 = 1_700_000_000_000;

describe('what the timer shows', () => {
  it('numbers exercise steps, and a rest or switch shows the step it leads into', () => {
    expect(stepNumbers(plan)).toEqual({ numbers: [1, 1, 2, 3, 3, 4, 4, 5, 6, 6], total: 6 });
  });

  it('names the next exercise, skipping rests and switches, with its side', () => {
    expect(nameWithSide(upNext(plan, 2)!)).toBe('Side plank, right side');
    expect(nameWithSide(upNext(plan, 4)!)).toBe('Glute bridge');
    expect(upNext(plan, plan.segments.length - 1)).toBeUndefined();
  });
});

describe('workoutRecord', () => {
  const running = start(plan, reset(), T0);

  it('records nothing before halfway, or before starting', () => {
    expect(workoutRecord('test', plan, reset(), T0)).toBeNull();
    expect(workoutRecord('test', plan, running, T0 + totalMs(plan) / 2 - 1000)).toBeNull();
  });

  it('records a workout stopped after halfway as incomplete, with the steps reached', () => {
    // 5 + 125 + 60 = 190 s in: the second round's glute bridge has just begun.
    const r = workoutRecord('test', plan, running, T0 + 190_000)!;
    expect(r).toMatchObject({ id: `test-${T0}`, routineTitle: 'Test circuit', completed: false, steps: 3, rounds: 2, activeMs: 190_000, finishedAt: T0 + 190_000 });
  });

  it('records a finished workout as complete, at the moment it finished', () => {
    const end = T0 + totalMs(plan);
    const finished = settle(plan, running, end + 60_000);
    const r = workoutRecord('test', plan, finished, end + 60_000)!;
    expect(r).toMatchObject({ completed: true, steps: 6, rounds: 2, finishedAt: end, activeMs: totalMs(plan) });
  });
});
