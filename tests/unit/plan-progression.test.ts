import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../src/lib/plan/model';
import {
  applyNotches,
  BACK,
  backAdvice,
  describeDose,
  doseChanges,
  heedBack,
  median,
  NO_PROGRESS,
  NOTCH_RANGE,
  rate,
  RATINGS,
  type Rating,
  type RoutineProgress,
  sessionNotch,
} from '../../src/lib/plan/progression';
import { REPS_RANGE, WORK_RANGE } from '../../src/lib/routine/limits';
import { compilePlan, type PlanInput, type PlanStep } from '../../src/lib/timer/plan';
import { LIBRARY } from './plan-fixtures';

/** A step's number by name, whatever its mode (undefined where the mode has none). */
const num = (s: PlanStep, k: 'seconds' | 'holdSeconds' | 'reps') => (s as Partial<Record<typeof k, number>>)[k];

const rateAll = (ratings: (Rating | null)[], start: RoutineProgress = NO_PROGRESS, hold = false) => ratings.reduce((p, r) => rate(p, r, hold), start);

describe('rate: ratings move a routine in notches', () => {
  it('two "too easy" in a row move it up one notch; the count starts again after', () => {
    expect(rateAll(['too-easy'])).toEqual({ notch: 0, easyInARow: 1 });
    expect(rateAll(['too-easy', 'too-easy'])).toEqual({ notch: 1, easyInARow: 0 });
    expect(rateAll(['too-easy', 'too-easy', 'too-easy'])).toEqual({ notch: 1, easyInARow: 1 });
    expect(rateAll(['too-easy', 'too-easy', 'too-easy', 'too-easy'])).toEqual({ notch: 2, easyInARow: 0 });
  });

  it('"just right" in between starts the count again; a skipped question does not', () => {
    expect(rateAll(['too-easy', 'just-right', 'too-easy'])).toEqual({ notch: 0, easyInARow: 1 });
    expect(rateAll(['too-easy', null, 'too-easy'])).toEqual({ notch: 1, easyInARow: 0 });
  });

  it('"too hard" moves it down one at once', () => {
    expect(rateAll(['too-hard'])).toEqual({ notch: -1, easyInARow: 0 });
    expect(rateAll(['too-easy', 'too-hard'])).toEqual({ notch: -1, easyInARow: 0 });
  });

  it('held by the back, "too easy" moves nothing and "too hard" still moves it down', () => {
    expect(rateAll(['too-easy', 'too-easy'], NO_PROGRESS, true)).toEqual(NO_PROGRESS);
    expect(rateAll(['too-hard'], NO_PROGRESS, true)).toEqual({ notch: -1, easyInARow: 0 });
  });

  it('stays within its range and moves at most one notch a rating', () => {
    const rating = fc.option(fc.constantFrom(...RATINGS), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, fc.boolean()), { maxLength: 80 }), (steps) => {
        let p = NO_PROGRESS;
        for (const [r, hold] of steps) {
          const q = rate(p, r, hold);
          expect(q.notch).toBeGreaterThanOrEqual(NOTCH_RANGE.min);
          expect(q.notch).toBeLessThanOrEqual(NOTCH_RANGE.max);
          expect(Math.abs(q.notch - p.notch)).toBeLessThanOrEqual(1);
          if (q.notch > p.notch) expect([r, hold, p.easyInARow]).toEqual(['too-easy', false, 1]);
          if (q.notch < p.notch) expect(r).toBe('too-hard');
          p = q;
        }
      }),
    );
  });

  it('n "too easy" in a row from the start is floor(n / 2) notches, up to the most', () => {
    fc.assert(
      fc.property(fc.nat(40), (n) => {
        expect(rateAll(Array(n).fill('too-easy')).notch).toBe(Math.min(NOTCH_RANGE.max, Math.floor(n / 2)));
      }),
    );
  });

  it('adds the week\'s base notch and the runner\'s, within range', () => {
    expect(sessionNotch(2, { notch: 1, easyInARow: 0 })).toBe(3);
    expect(sessionNotch(0, { notch: -9, easyInARow: 0 })).toBe(NOTCH_RANGE.min);
    expect(sessionNotch(4)).toBe(4);
  });
});

describe('backAdvice: a back that is listened to', () => {
  it('says nothing with no scores, or with low, steady ones', () => {
    expect(backAdvice([])).toMatchObject({ usual: null, hold: false, offerMobility: false, seeProfessional: false, signals: [] });
    expect(backAdvice([2, 3, 2, 3, 3])).toMatchObject({ hold: false, signals: [] });
    expect(backAdvice([4])).toMatchObject({ hold: false });
  });

  it('a score of 6 holds progression and offers mobility instead of strength', () => {
    expect(backAdvice([6])).toMatchObject({ hold: true, offerMobility: true, seeProfessional: false, signals: ['above-4'] });
  });

  it('a rise of 2 above the usual (median of the five before) holds, even at a low score', () => {
    expect(backAdvice([1, 1, 1, 2, 1, 3])).toMatchObject({ usual: 1, hold: true, signals: ['rise'] });
    // Only the last five count: an old high score is forgotten.
    expect(backAdvice([9, 0, 0, 1, 1, 1, 3])).toMatchObject({ usual: 1, signals: ['rise'] });
    expect(backAdvice([2, 3, 3])).toMatchObject({ usual: 2.5, hold: false });
  });

  it('7 or more, or a rise three sessions running, also links to "When to see a professional"', () => {
    expect(backAdvice([7])).toMatchObject({ seeProfessional: true, hold: true });
    expect(backAdvice([0, 1, 2])).toMatchObject({ seeProfessional: false });
    expect(backAdvice([1, 2, 3, 4]).signals).toContain('rising-three-sessions');
    expect(backAdvice([1, 2, 3, 4]).seeProfessional).toBe(true);
    expect(backAdvice([1, 2, 2, 3]).seeProfessional).toBe(false);
  });

  it('refuses a score that is not 0 to 10', () => {
    for (const bad of [-1, 11, 2.5, Number.NaN]) expect(() => backAdvice([bad])).toThrow(/0 to 10/);
  });

  const scores = fc.array(fc.integer({ min: 0, max: BACK.max }), { maxLength: 12 });

  it('holds exactly when the latest is above 4, 2 above the usual, or rising three sessions running', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const a = backAdvice(s);
        const latest = s[s.length - 1];
        const usual = median(s.slice(Math.max(0, s.length - 6), -1));
        const l4 = s.slice(-4);
        const rising = l4.length === 4 && l4[0]! < l4[1]! && l4[1]! < l4[2]! && l4[2]! < l4[3]!;
        const expected = latest !== undefined && (latest > 4 || (usual !== null && latest - usual >= 2) || rising);
        expect(a.hold).toBe(expected);
        expect(a.offerMobility).toBe(a.hold);
        if (a.seeProfessional) expect(a.hold).toBe(true);
        expect(a.seeProfessional).toBe(latest !== undefined && (latest >= 7 || rising));
      }),
    );
  });

  it('a worse score today never takes the advice back', () => {
    fc.assert(
      fc.property(scores, fc.integer({ min: 0, max: BACK.max - 1 }), (history, today) => {
        const a = backAdvice([...history, today]);
        const b = backAdvice([...history, today + 1]);
        if (a.hold) expect(b.hold).toBe(true);
        if (a.seeProfessional) expect(b.seeProfessional).toBe(true);
      }),
    );
  });
});

describe('heedBack: strength gives way to gentle mobility', () => {
  const mobility = LIBRARY.find((r) => r.id === 'gentle-back-mobility') ?? null;
  const s = (routineId: string, kind: PlannedSession['kind'], purpose: PlannedSession['purpose']): PlannedSession => ({
    date: '2027-04-05',
    routineId,
    kind,
    minutes: 10,
    notch: 2,
    purpose,
  });
  const strengthDay = [s('plyometrics-primer', 'strength', 'plyometrics'), s('runner-strength-day', 'strength', 'strength')];

  it('swaps the strength sessions of the day for one mobility session', () => {
    const day = heedBack(strengthDay, backAdvice([6]), mobility);
    expect(day.sessions.map((x) => [x.routineId, x.kind, x.purpose, x.notch])).toEqual([['gentle-back-mobility', 'mobility', 'mobility-for-back', 0]]);
    expect(day.swapped.map((x) => x.routineId)).toEqual(['plyometrics-primer', 'runner-strength-day']);
  });

  it('leaves the day alone when the back is fine, on a day with no strength, or with no mobility routine', () => {
    expect(heedBack(strengthDay, backAdvice([2]), mobility)).toEqual({ sessions: strengthDay, swapped: [] });
    const coreDay = [s('seven-minute-core', 'core', 'daily-core')];
    expect(heedBack(coreDay, backAdvice([8]), mobility)).toEqual({ sessions: coreDay, swapped: [] });
    expect(heedBack(strengthDay, backAdvice([8]), null)).toEqual({ sessions: strengthDay, swapped: [] });
  });

  it('does not add the mobility twice on a long-run day that already has it', () => {
    const day = heedBack([s('runner-strength-day', 'strength', 'strength'), s('gentle-back-mobility', 'mobility', 'mobility-after-long-run')], backAdvice([5]), mobility);
    expect(day.sessions.map((x) => x.routineId)).toEqual(['gentle-back-mobility']);
  });
});

describe('applyNotches: doses that move within the routine model', () => {
  const routine: PlanInput = {
    title: 'Test',
    getReadySeconds: 10,
    switchSidesSeconds: 5,
    rounds: 1,
    restBetweenRounds: 0,
    steps: [
      { exercise: 'plank', exerciseName: 'Plank', mode: 'time', seconds: 30, sides: 'both-at-once', restAfter: 15 },
      { exercise: 'bird-dog', exerciseName: 'Bird dog', mode: 'hold-reps', reps: 10, holdSeconds: 10, holdRest: 2, sides: 'each-side', restAfter: 15 },
      { exercise: 'bodyweight-squat', exerciseName: 'Bodyweight squat', mode: 'reps', reps: 12, sets: 2, setRest: 45, sides: 'both-at-once', restAfter: 15 },
    ],
  };

  it('one notch: +5 s a timed step, +2 s a hold, +2 reps; holds, sets and rests as written', () => {
    const up = applyNotches(routine, 1);
    expect(up.steps.map((s) => [num(s, 'seconds'), num(s, 'holdSeconds'), num(s, 'reps'), s.sets, s.restAfter])).toEqual([
      [35, undefined, undefined, undefined, 15],
      [undefined, 12, 10, undefined, 15],
      [undefined, undefined, 14, 2, 15],
    ]);
    expect(doseChanges(routine, up).map(describeDose)).toEqual(['Plank 35 s, up from 30 s', 'Bird dog holds 12 s, up from 10 s', 'Bodyweight squat 14 reps, up from 12 reps']);
    expect(doseChanges(routine, applyNotches(routine, -1)).map(describeDose)[0]).toBe('Plank 25 s, down from 30 s');
    expect(applyNotches(routine, 0)).toBe(routine);
  });

  const step: fc.Arbitrary<PlanStep> = fc.oneof(
    fc.integer({ min: WORK_RANGE.min, max: WORK_RANGE.max }).map((seconds) => ({ exercise: 'a', exerciseName: 'A', mode: 'time' as const, seconds, sides: 'both-at-once' as const, restAfter: 0 })),
    fc.integer({ min: REPS_RANGE.min, max: REPS_RANGE.max }).map((reps) => ({ exercise: 'b', exerciseName: 'B', mode: 'reps' as const, reps, sides: 'both-at-once' as const, restAfter: 0 })),
    fc
      .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: WORK_RANGE.min, max: WORK_RANGE.max }))
      .map(([reps, holdSeconds]) => ({ exercise: 'c', exerciseName: 'C', mode: 'hold-reps' as const, reps, holdSeconds, sides: 'each-side' as const, restAfter: 0 })),
  );
  const input = fc.array(step, { minLength: 1, maxLength: 8 }).map((steps): PlanInput => ({ ...routine, steps }));
  const notch = fc.integer({ min: -20, max: 20 });

  it('keeps every value within the routine model\'s limits, moves each by exactly a notch where it can, and still compiles', () => {
    fc.assert(
      fc.property(input, notch, (r, n) => {
        const out = applyNotches(r, n);
        const k = Math.min(NOTCH_RANGE.max, Math.max(NOTCH_RANGE.min, n));
        out.steps.forEach((s, i) => {
          const a = r.steps[i] as PlanStep;
          expect(s.mode).toBe(a.mode);
          const [value, was, unit, range] =
            s.mode === 'time' ? [num(s, 'seconds'), num(a, 'seconds'), 5, WORK_RANGE] : s.mode === 'hold-reps' ? [num(s, 'holdSeconds'), num(a, 'holdSeconds'), 2, WORK_RANGE] : [num(s, 'reps'), num(a, 'reps'), 2, REPS_RANGE];
          expect(value).toBe(Math.min(range.max, Math.max(range.min, (was as number) + k * unit)));
          if (s.mode === 'hold-reps') expect(num(s, 'reps')).toBe(num(a, 'reps'));
        });
        expect(compilePlan(out).segments.length).toBe(compilePlan(r).segments.length);
      }),
    );
  });

  it('never makes a step easier for a higher notch', () => {
    fc.assert(
      fc.property(input, notch, (r, n) => {
        const lo = applyNotches(r, n);
        const hi = applyNotches(r, n + 1);
        hi.steps.forEach((s, i) => {
          const l = lo.steps[i] as PlanStep;
          expect((num(s, 'seconds') ?? 0) + (num(s, 'holdSeconds') ?? 0) + (s.mode === 'reps' ? (num(s, 'reps') ?? 0) : 0)).toBeGreaterThanOrEqual(
            (num(l, 'seconds') ?? 0) + (num(l, 'holdSeconds') ?? 0) + (l.mode === 'reps' ? (num(l, 'reps') ?? 0) : 0),
          );
        });
      }),
    );
  });
});
