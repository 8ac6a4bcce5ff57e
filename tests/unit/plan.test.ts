import { describe, expect, it } from 'vitest';
import { compilePlan, SECONDS_PER_REP, totalMs, type PlanInput } from '../../src/lib/timer/plan';
import { toPlanInput, type PlanExercise } from '../../src/lib/content/routine';

const base: PlanInput = {
  title: 'Test',
  getReadySeconds: 5,
  switchSidesSeconds: 5,
  rounds: 2,
  restBetweenRounds: 60,
  steps: [
    { exercise: 'glute-bridge', exerciseName: 'Glute bridge', mode: 'time', seconds: 60, sides: 'both-at-once', restAfter: 0 },
    { exercise: 'side-plank', exerciseName: 'Side plank', mode: 'time', seconds: 30, sides: 'each-side', restAfter: 0 },
  ],
};

describe('compilePlan', () => {
  it('expands each-side steps into left, switch, right and adds rests between rounds', () => {
    const plan = compilePlan(base);
    expect(plan.segments.map((s) => [s.kind, s.label, s.side ?? '-', s.round, s.durationMs])).toEqual([
      ['get-ready', 'Get ready', '-', 1, 5000],
      ['work', 'Glute bridge', '-', 1, 60000],
      ['work', 'Side plank', 'left', 1, 30000],
      ['switch-sides', 'Switch sides', 'right', 1, 5000],
      ['work', 'Side plank', 'right', 1, 30000],
      ['rest', 'Rest between rounds', '-', 1, 60000],
      ['work', 'Glute bridge', '-', 2, 60000],
      ['work', 'Side plank', 'left', 2, 30000],
      ['switch-sides', 'Switch sides', 'right', 2, 5000],
      ['work', 'Side plank', 'right', 2, 30000],
    ]);
    expect(totalMs(plan)).toBe(5000 + 2 * 125000 + 60000);
  });

  it('alternates sides hold by hold in hold-reps mode', () => {
    const plan = compilePlan({
      ...base,
      rounds: 1,
      steps: [{ exercise: 'bird-dog', exerciseName: 'Bird dog', mode: 'hold-reps', holdSeconds: 10, reps: 2, holdRest: 3, sides: 'each-side', restAfter: 0 }],
    });
    expect(plan.segments.slice(1).map((s) => `${s.kind}:${s.side ?? ''}:${s.detail ?? ''}`)).toEqual([
      'hold:left:Hold 1 of 2',
      'rest::',
      'hold:right:Hold 1 of 2',
      'rest::',
      'hold:left:Hold 2 of 2',
      'rest::',
      'hold:right:Hold 2 of 2',
    ]);
  });

  it('makes reps steps open-ended and applies the settings', () => {
    const plan = compilePlan(
      { ...base, steps: [{ exercise: 'russian-twist', exerciseName: 'Russian twist', mode: 'reps', reps: 10, sets: 3, setRest: 15, sides: 'both-at-once', restAfter: 30 }, base.steps[0]!] },
      { rounds: 1, getReadySeconds: 10, workDeltaSeconds: -15, restDeltaSeconds: 15 },
    );
    expect(plan.segments.map((s) => [s.kind, s.durationMs])).toEqual([
      ['get-ready', 10000],
      ['reps', null],
      ['rest', 30000],
      ['reps', null],
      ['rest', 30000],
      ['reps', null],
      ['rest', 45000],
      ['work', 45000],
    ]);
  });

  it("estimates a reps step from the exercise's own tempo, or the default when it gives none", () => {
    const reps = (secondsPerRep?: number): PlanInput => ({
      ...base,
      rounds: 1,
      getReadySeconds: 0,
      steps: [{ exercise: 'x', exerciseName: 'X', mode: 'reps', reps: 10, sets: 2, setRest: 0, sides: 'each-side', restAfter: 0, ...(secondsPerRep ? { secondsPerRep } : {}) }],
    });
    // Two sets of ten a side, each side a reps segment, plus one switch between sides per set.
    expect(totalMs(compilePlan(reps()))).toBe(4 * 10 * SECONDS_PER_REP * 1000 + 2 * 5000);
    expect(totalMs(compilePlan(reps(5.5)))).toBe(4 * 10 * 5500 + 2 * 5000);
  });

  it("carries the guide's secondsPerRep into reps steps only", () => {
    const facts = new Map<string, PlanExercise>([
      ['slow', { id: 'slow', title: 'Slow', sides: 'both-at-once', equipment: ['none'], cues: ['Slowly.'], secondsPerRep: 6 }],
    ]);
    const input = toPlanInput(
      {
        title: 'T',
        getReadySeconds: 0,
        switchSidesSeconds: 0,
        rounds: 1,
        restBetweenRounds: 0,
        restBetweenSteps: 0,
        steps: [
          { exercise: { id: 'slow' }, mode: 'reps', reps: 10 },
          { exercise: { id: 'slow' }, mode: 'time', seconds: 30 },
        ],
      },
      facts,
    );
    expect(input.steps.map((s) => s.secondsPerRep)).toEqual([6, undefined]);
    expect(totalMs(compilePlan(input))).toBe(60_000 + 30_000);
  });
});
