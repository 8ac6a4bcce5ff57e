/** The finish screen's check-in and the dose it drives (src/lib/plan/checkIn.ts), over the rules in progression.ts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerCheckIn, doseOf, earlierBackScores, planBase, sameDose } from '../../src/lib/plan/checkIn';
import { dayOf, makePlan } from '../../src/lib/plan/planner';
import { backAdvice, NO_PROGRESS, NOTCH_RANGE, rate, RATINGS, type Rating } from '../../src/lib/plan/progression';
import type { PlanInput } from '../../src/lib/timer/plan';
import { LIBRARY, settingsArb } from './plan-fixtures';

const written: PlanInput = {
  title: 'Core basics',
  getReadySeconds: 5,
  switchSidesSeconds: 5,
  rounds: 2,
  restBetweenRounds: 60,
  steps: [
    { exercise: 'glute-bridge', exerciseName: 'Glute bridge', mode: 'time', seconds: 60, sides: 'both-at-once', restAfter: 20 },
    { exercise: 'bird-dog', exerciseName: 'Bird dog', mode: 'hold-reps', holdSeconds: 10, reps: 5, holdRest: 2, sides: 'each-side', restAfter: 20 },
    { exercise: 'squat', exerciseName: 'Squat', mode: 'reps', reps: 12, sets: 2, setRest: 30, sides: 'both-at-once', restAfter: 0 },
  ],
};

describe('earlierBackScores', () => {
  it('lists the scores answered before, oldest first, leaving out skipped ones and the workout being answered', () => {
    const checkIns = [
      { workoutId: 'b-3', at: 3, back: 4 },
      { workoutId: 'a-1', at: 1, back: 1 },
      { workoutId: 'c-2', at: 2, back: null },
      { workoutId: 'd-4', at: 4, back: 6 },
      { workoutId: 'e-2', at: 2, back: 2 },
    ];
    expect(earlierBackScores(checkIns, 'd-4')).toEqual([1, 2, 4]);
    expect(earlierBackScores(checkIns, 'none')).toEqual([1, 2, 4, 6]);
    expect(earlierBackScores([], 'x')).toEqual([]);
  });
});

describe('answerCheckIn', () => {
  it('says what a rating did: counted, up, down, kept, or at its limit', () => {
    expect(answerCheckIn(NO_PROGRESS, [], 'too-easy', null)).toEqual({ progress: { notch: 0, easyInARow: 1 }, advice: null, effect: 'counted' });
    expect(answerCheckIn({ notch: 0, easyInARow: 1 }, [], 'too-easy', null)).toMatchObject({ progress: { notch: 1, easyInARow: 0 }, effect: 'up' });
    expect(answerCheckIn({ notch: 2, easyInARow: 1 }, [], 'too-hard', null)).toMatchObject({ progress: { notch: 1, easyInARow: 0 }, effect: 'down' });
    expect(answerCheckIn({ notch: 2, easyInARow: 1 }, [], 'just-right', null)).toMatchObject({ progress: { notch: 2, easyInARow: 0 }, effect: 'kept' });
    expect(answerCheckIn({ notch: NOTCH_RANGE.min, easyInARow: 0 }, [], 'too-hard', null).effect).toBe('at-limit');
    expect(answerCheckIn({ notch: NOTCH_RANGE.max, easyInARow: 1 }, [], 'too-easy', null).effect).toBe('at-limit');
    expect(answerCheckIn({ notch: 3, easyInARow: 1 }, [], null, null)).toEqual({ progress: { notch: 3, easyInARow: 1 }, advice: null, effect: null });
  });

  it('a back score of 6 after 1 and 2 holds "too easy" and offers mobility; 7 also a professional', () => {
    const six = answerCheckIn({ notch: 0, easyInARow: 1 }, [1, 2], 'too-easy', 6);
    expect(six.effect).toBe('held');
    expect(six.progress).toEqual({ notch: 0, easyInARow: 1 });
    expect(six.advice).toMatchObject({ usual: 1.5, hold: true, offerMobility: true, seeProfessional: false, signals: ['rise', 'above-4'] });
    expect(answerCheckIn(NO_PROGRESS, [1, 2], null, 7).advice).toMatchObject({ hold: true, seeProfessional: true });
    // "Too hard" still moves it down on a bad day.
    expect(answerCheckIn({ notch: 1, easyInARow: 0 }, [1, 2], 'too-hard', 7)).toMatchObject({ progress: { notch: 0 }, effect: 'down' });
  });

  it('is the rules applied once to what stood before, whatever answer came first', () => {
    const rating = fc.option(fc.constantFrom(...RATINGS), { nil: null });
    const score = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });
    fc.assert(
      fc.property(
        fc.record({ notch: fc.integer(NOTCH_RANGE), easyInARow: fc.integer({ min: 0, max: 1 }) }),
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 8 }),
        rating,
        score,
        (before, earlier, r: Rating | null, back) => {
          const out = answerCheckIn(before, earlier, r, back);
          const advice = back === null ? null : backAdvice([...earlier, back]);
          expect(out.advice).toEqual(advice);
          expect(out.progress).toEqual(rate(before, r, advice?.hold ?? false));
          expect(out.effect === 'up').toBe(out.progress.notch > before.notch);
          expect(out.effect === 'down').toBe(out.progress.notch < before.notch);
          expect(out.effect === null).toBe(r === null);
        },
      ),
    );
  });
});

describe('doseOf', () => {
  it('the routine as written, unchanged, at notch 0', () => {
    const d = doseOf(written, NO_PROGRESS);
    expect(d.input).toBe(written);
    expect(d.changes).toEqual([]);
  });

  it('adds the plan’s base and the runner’s notches, and lists each step it changes', () => {
    const d = doseOf(written, { notch: 1, easyInARow: 0 }, 1);
    expect(d.notch).toBe(2);
    expect(d.changes.map((c) => [c.exerciseName, c.measure, c.from, c.to])).toEqual([
      ['Glute bridge', 'seconds', 60, 70],
      ['Bird dog', 'hold', 10, 14],
      ['Squat', 'reps', 12, 16],
    ]);
    expect(doseOf(written, { notch: -1, easyInARow: 0 }).changes.map((c) => c.to)).toEqual([55, 8, 10]);
  });

  it('sameDose: the same steps at the same dose, whatever object carries them', () => {
    expect(sameDose(written, { ...written })).toBe(true);
    expect(sameDose(doseOf(written, { notch: 1, easyInARow: 0 }).input, doseOf(written, { notch: 1, easyInARow: 0 }).input)).toBe(true);
    expect(sameDose(written, doseOf(written, { notch: 1, easyInARow: 0 }).input)).toBe(false);
  });
});

describe('planBase', () => {
  it('is the notch of the day’s session of the routine, and its week; null on a day without it', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const plan = makePlan(settings, LIBRARY);
        for (const week of plan.weeks) {
          for (const day of week.days) {
            expect(dayOf(plan, day.date)).toBe(day);
            for (const s of day.sessions) expect(planBase(plan, day, s.routineId)).toEqual({ notch: s.notch, week: week.week });
            for (const r of LIBRARY) if (!day.sessions.some((s) => s.routineId === r.id)) expect(planBase(plan, day, r.id)).toBeNull();
          }
        }
        expect(planBase(plan, null, 'core-basics')).toBeNull();
      }),
      { numRuns: 20 },
    );
  });
});
