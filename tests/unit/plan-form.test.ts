import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS, type Weekday } from '../../src/lib/plan/dates';
import { EMPTY_FORM, type FormAction, formFromRecord, formProblems, formReducer, type PlanForm, recordFromForm } from '../../src/lib/plan/form';
import { DAY_MINUTES, RUNNER_KIT, STARTING_POINTS } from '../../src/lib/plan/model';
import { planRecordSchema } from '../../src/lib/plan/schema';
import { planPosition, weeksText } from '../../src/lib/plan/view';
import { makePlan } from '../../src/lib/plan/planner';
import { settingsOf } from '../../src/lib/plan/schema';
import { LIBRARY } from './plan-fixtures';

const TODAY = '2027-03-01';
const fill = (...actions: FormAction[]) => actions.reduce(formReducer, EMPTY_FORM);

describe('the plan form', () => {
  it('starts empty with the default slot: 18:00, a reminder 30 minutes before', () => {
    expect(EMPTY_FORM).toMatchObject({ runDays: [], longRunDay: null, hardDays: [], kit: [], raceDate: '', slotTime: '18:00', reminderMinutes: 30 });
  });

  it('keeps run days Monday first, and unticking a run day takes its long run and hard session with it', () => {
    let form = fill(
      { type: 'run-day', day: 'sat', on: true },
      { type: 'run-day', day: 'mon', on: true },
      { type: 'run-day', day: 'wed', on: true },
      { type: 'long-run', day: 'sat' },
      { type: 'hard-day', day: 'wed', on: true },
    );
    expect(form).toMatchObject({ runDays: ['mon', 'wed', 'sat'], longRunDay: 'sat', hardDays: ['wed'] });
    form = formReducer(form, { type: 'run-day', day: 'sat', on: false });
    expect(form.longRunDay).toBeNull();
    form = formReducer(form, { type: 'run-day', day: 'wed', on: false });
    expect(form.hardDays).toEqual([]);
  });

  it('never makes a rest day the long run or a hard session, and the long run stops being a hard session', () => {
    const form = fill({ type: 'run-day', day: 'tue', on: true }, { type: 'hard-day', day: 'tue', on: true });
    expect(formReducer(form, { type: 'long-run', day: 'sun' })).toBe(form);
    expect(formReducer(form, { type: 'hard-day', day: 'sun', on: true })).toBe(form);
    expect(formReducer(form, { type: 'long-run', day: 'tue' })).toMatchObject({ longRunDay: 'tue', hardDays: [] });
  });

  it('says what is wrong in words: no run day, a race in the past or not a date, a slot that is not a time', () => {
    expect(formProblems(EMPTY_FORM, TODAY)).toEqual({ runDays: expect.stringContaining('Tick at least one day you run') });
    const form = fill({ type: 'run-day', day: 'mon', on: true });
    expect(formProblems(form, TODAY)).toEqual({});
    expect(formProblems({ ...form, raceDate: '2027-02-28' }, TODAY).raceDate).toContain('in the past');
    expect(formProblems({ ...form, raceDate: TODAY }, TODAY)).toEqual({});
    expect(formProblems({ ...form, raceDate: '2027-02-30' }, TODAY).raceDate).toContain('as a date');
    expect(formProblems({ ...form, slotTime: '' }, TODAY).slotTime).toContain('time of day');
    expect(formProblems({ ...form, slotTime: '24:00' }, TODAY).slotTime).toBeDefined();
    expect(formProblems({ ...form, slotTime: '07:30:00' }, TODAY)).toEqual({});
    expect(formProblems({ ...form, reminderMinutes: -5 }, TODAY).reminderMinutes).toBeDefined();
  });

  it('refuses to make a record of a form with problems', () => {
    expect(() => recordFromForm(EMPTY_FORM, TODAY, 0)).toThrow(RangeError);
  });

  it('makes a record that starts today, that the stored schema accepts and that fills the form in again as it was', () => {
    const weekday = fc.constantFrom(...WEEKDAYS);
    const formArb: fc.Arbitrary<PlanForm> = fc
      .record({
        runDays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
        longRunDay: fc.option(weekday, { nil: null }),
        hardDays: fc.uniqueArray(weekday, { maxLength: 7 }),
        minutes: fc.constantFrom(...DAY_MINUTES),
        start: fc.constantFrom(...STARTING_POINTS),
        kit: fc.uniqueArray(fc.constantFrom(...RUNNER_KIT)),
        raceOffset: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        reminderMinutes: fc.integer({ min: 0, max: 1440 }),
      })
      .map((f) => {
        const race = f.raceOffset === null ? '' : new Date(Date.UTC(2027, 2, 1 + f.raceOffset)).toISOString().slice(0, 10);
        // Through the reducer, as the page fills it in, in any order.
        const actions: FormAction[] = [
          ...f.runDays.map((day): FormAction => ({ type: 'run-day', day, on: true })),
          { type: 'long-run', day: f.longRunDay },
          ...f.hardDays.map((day): FormAction => ({ type: 'hard-day', day, on: true })),
          { type: 'minutes', minutes: f.minutes },
          { type: 'start', start: f.start },
          ...f.kit.map((kit): FormAction => ({ type: 'kit', kit, on: true })),
          { type: 'race-date', date: race },
          { type: 'slot-time', time: `${String(f.hour).padStart(2, '0')}:${String(f.minute).padStart(2, '0')}` },
          { type: 'reminder', minutes: f.reminderMinutes },
        ];
        return fill(...actions);
      });
    fc.assert(
      fc.property(formArb, (form) => {
        const record = recordFromForm(form, TODAY, 1_800_000_000_000);
        expect(record.startDate).toBe(TODAY);
        expect(planRecordSchema.safeParse(record).success).toBe(true);
        expect(record.hardDays).not.toContain(record.longRunDay);
        const again = formFromRecord(record);
        expect(recordFromForm(again, TODAY, 1_800_000_000_000)).toEqual(record);
        // Every form the page can make becomes a plan.
        expect(makePlan(settingsOf(record), LIBRARY).weeks).toHaveLength(12);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the plan in words', () => {
  it('finds this week: during, before (a clock set back) and after the 12 weeks', () => {
    const plan = makePlan({ runDays: ['mon'] as Weekday[], longRunDay: null, hardDays: [], minutes: 15, start: 'new', kit: [], startDate: '2027-03-03', raceDate: null }, LIBRARY);
    expect(planPosition(plan, '2027-03-03')).toEqual({ when: 'during', week: 0 });
    expect(planPosition(plan, '2027-03-09')).toEqual({ when: 'during', week: 0 });
    expect(planPosition(plan, '2027-03-10')).toEqual({ when: 'during', week: 1 });
    // 28 March 2027 is 23 hours long in London; weeks still count calendar days.
    expect(planPosition(plan, '2027-05-25')).toEqual({ when: 'during', week: 11 });
    expect(planPosition(plan, '2027-05-26')).toEqual({ when: 'after', week: 12 });
    expect(planPosition(plan, '2027-03-02')).toEqual({ when: 'before', week: 0 });
  });

  it('names the weeks a bent rule touches in runs', () => {
    expect(weeksText([4])).toBe('Week 4.');
    expect(weeksText([4, 5])).toBe('Weeks 4, 5.');
    expect(weeksText([4, 5, 6, 7, 9, 10, 11, 12])).toBe('Weeks 4 to 7 and 9 to 12.');
    expect(weeksText([12, 4, 6, 4])).toBe('Weeks 4, 6 and 12.');
    expect(weeksText([])).toBe('');
  });
});
