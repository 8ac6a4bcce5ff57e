import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInRecordSchema, planRecord, planRecordSchema, progressRecordSchema, settingsOf } from '../../src/lib/plan/schema';
import { DEFAULT_SLOT } from '../../src/lib/plan/slot';
import { settingsArb } from './plan-fixtures';

const good = planRecord(
  { runDays: ['mon', 'wed', 'fri', 'sat'], longRunDay: 'sat', hardDays: ['wed'], minutes: 15, start: 'new', kit: ['band'], startDate: '2027-03-01', raceDate: '2027-05-16' },
  DEFAULT_SLOT,
  1_800_000_000_000,
);
const problems = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : (r.error?.issues.map((i) => i.message) ?? []));

describe('planRecordSchema (corestride:plan)', () => {
  it('keeps any settings the planner takes, through JSON and back, unless the race is before the start', () => {
    fc.assert(
      fc.property(settingsArb, fc.nat(), (settings, madeAt) => {
        const stored = JSON.parse(JSON.stringify(planRecord(settings, DEFAULT_SLOT, madeAt))) as unknown;
        const read = planRecordSchema.safeParse(stored);
        const raceBefore = settings.raceDate !== null && settings.raceDate < settings.startDate;
        expect(read.success).toBe(!raceBefore);
        if (read.success) expect(settingsOf(read.data)).toEqual(settings);
        else expect(problems(read)).toEqual(['the race date is before the plan starts']);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses another version, a wrong field, or settings that contradict themselves, saying why', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...good, v: 2 }, /./],
      [{ ...good, minutes: 25 }, /./],
      [{ ...good, runDays: ['mon', 'mon', 'sat'] }, /twice/],
      [{ ...good, longRunDay: 'sun' }, /long run day is not one of the run days/],
      [{ ...good, hardDays: ['tue'] }, /hard session is on a day with no run/],
      [{ ...good, hardDays: ['sat'] }, /on the long run/],
      [{ ...good, startDate: '2027-02-30' }, /calendar date/],
      [{ ...good, kit: ['barbell'] }, /./],
      [{ ...good, slot: { time: '24:00', reminderMinutes: 30 } }, /HH:mm/],
      [{ ...good, slot: { time: '18:00', reminderMinutes: 2000 } }, /./],
      [{ ...good, madeAt: -1 }, /ms since 1970/],
      [{ ...good, start: undefined }, /./],
      ['not an object', /./],
    ];
    for (const [value, why] of cases) {
      const read = planRecordSchema.safeParse(value);
      expect(read.success, JSON.stringify(value)).toBe(false);
      expect(problems(read).join('; ')).toMatch(why);
    }
    expect(planRecordSchema.safeParse(good).success).toBe(true);
    expect(planRecordSchema.safeParse({ ...good, runDays: [], longRunDay: null, hardDays: [], raceDate: null }).success).toBe(true);
  });
});

describe('progressRecordSchema (corestride:progress:<routine>)', () => {
  it('takes a notch within range and refuses one outside it', () => {
    expect(progressRecordSchema.safeParse({ v: 1, notch: 3, easyInARow: 1, updatedAt: 1 }).success).toBe(true);
    for (const bad of [{ notch: 13 }, { notch: -5 }, { notch: 1.5 }, { easyInARow: 2 }, { v: 0 }]) {
      expect(progressRecordSchema.safeParse({ v: 1, notch: 0, easyInARow: 0, updatedAt: 1, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('checkInRecordSchema (corestride:check-in:<workout id>)', () => {
  const base = { v: 1, workoutId: 'seven-minute-core-1800000000000', routineId: 'seven-minute-core', kind: 'core', at: 1_800_000_000_000, date: '2027-01-15', rating: 'too-easy', back: 3 };

  it('keeps either answer, or both, and refuses a record with neither', () => {
    expect(checkInRecordSchema.safeParse(base).success).toBe(true);
    expect(checkInRecordSchema.safeParse({ ...base, rating: null }).success).toBe(true);
    expect(checkInRecordSchema.safeParse({ ...base, back: null }).success).toBe(true);
    expect(problems(checkInRecordSchema.safeParse({ ...base, rating: null, back: null }))).toEqual(['answers neither question, so there is nothing to keep']);
  });

  it('refuses a back score out of 0 to 10, an unknown rating or kind', () => {
    for (const bad of [{ back: 11 }, { back: -1 }, { back: 2.5 }, { rating: 'meh' }, { kind: 'cardio' }, { workoutId: '' }, { date: '15/01/2027' }]) {
      expect(checkInRecordSchema.safeParse({ ...base, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
