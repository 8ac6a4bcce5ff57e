import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/plan/dates';
import { PLAN_WEEKS, type PlanSettings } from '../../src/lib/plan/model';
import { dayOf, makePlan, nextSessionDay } from '../../src/lib/plan/planner';
import { dayLabel, today, whatNext, whatNextText, whenText, type TodayInput } from '../../src/lib/plan/today';
import { LIBRARY, settingsArb } from './plan-fixtures';
import { sampleWeek } from '../fixtures/sample-week';

/** Runs Monday, Wednesday, Friday and Saturday; the long run Saturday, a hard session Wednesday; from Monday 1 March 2027. */
const settings = (start: PlanSettings['start']): PlanSettings => sampleWeek({ minutes: 20, start });
// A regular starts with strength days (Monday and Thursday); someone new starts with core basics three times a week.
const regular = makePlan(settings('regular'), LIBRARY);
const beginner = makePlan(settings('new'), LIBRARY);
const input = (plan = regular, date = '2027-03-03', more: Partial<TodayInput> = {}): TodayInput => ({
  plan,
  library: LIBRARY,
  date,
  backScores: [],
  doneToday: [],
  unfinished: [],
  ...more,
});

describe('whenText and dayLabel', () => {
  it('says today, tomorrow, the weekday within the week, then the date', () => {
    expect(whenText('2027-03-01', '2027-03-01')).toBe('today');
    expect(whenText('2027-03-01', '2027-03-02')).toBe('tomorrow');
    expect(whenText('2027-03-01', '2027-03-04')).toBe('on Thursday');
    expect(whenText('2027-03-01', '2027-03-07')).toBe('on Sunday');
    expect(whenText('2027-03-01', '2027-03-08')).toBe('on Monday 8 March');
    // across the clocks going forward (28 March 2027 in Europe): still calendar days
    expect(whenText('2027-03-27', '2027-03-29')).toBe('on Monday');
  });

  it('names a day by its sessions, strength first', () => {
    expect(dayLabel([{ kind: 'strength' }, { kind: 'mobility' }])).toBe('strength day');
    expect(dayLabel([{ kind: 'core' }])).toBe('core day');
    expect(dayLabel([{ kind: 'core' }, { kind: 'mobility' }])).toBe('core and mobility day');
    expect(dayLabel([{ kind: 'mobility' }])).toBe('mobility day');
    expect(dayLabel([])).toBe('rest day');
  });
});

describe('today', () => {
  it("shows the plan's sessions for the day, with titles and lengths, and what is next", () => {
    const t = today(input(regular, '2027-03-03'));
    expect(t.kind).toBe('sessions');
    if (t.kind !== 'sessions') return;
    expect(t.sessions).toEqual([
      { routineId: 'seven-minute-core', title: 'Seven-minute core', kind: 'core', minutes: 8.6, purpose: 'daily-core', done: false, resume: false },
    ]);
    expect(t.back).toBeNull();
    expect(t.swapped).toEqual([]);
    expect(t.next).toMatchObject({ date: '2027-03-04', label: 'strength day', when: 'tomorrow', heedsBack: false });
    expect(t.next?.sessions.map((s) => s.title)).toEqual(['Runner strength day']);
  });

  it('on a rest day, says what is next and when', () => {
    const t = today(input(beginner, '2027-03-05'));
    expect(t).toMatchObject({ kind: 'rest', next: { date: '2027-03-07', label: 'core day', when: 'on Sunday' } });
  });

  it('before the plan starts, its first session; after twelve weeks, the end', () => {
    expect(today(input(beginner, '2027-02-27'))).toMatchObject({ kind: 'not-started', next: { date: '2027-03-02', when: 'on Tuesday' } });
    expect(today(input(regular, '2027-05-24'))).toMatchObject({ kind: 'ended' });
    expect(today(input(regular, '2027-05-23')).kind).toBe('sessions');
  });

  it('marks a session done today, or one to resume', () => {
    const t = today(input(regular, '2027-03-06', { doneToday: ['seven-minute-core'], unfinished: ['gentle-back-mobility', 'core-basics'] }));
    if (t.kind !== 'sessions') throw new Error(t.kind);
    expect(t.sessions.map((s) => [s.routineId, s.done, s.resume])).toEqual([
      ['seven-minute-core', true, false],
      ['gentle-back-mobility', false, true],
    ]);
    // the next day's sessions are neither
    expect(t.next?.sessions.every((s) => !s.done && !s.resume)).toBe(true);
  });

  it('a back score that advises it swaps strength for gentle back mobility, and says why', () => {
    const t = today(input(regular, '2027-03-04', { backScores: [2, 2, 6] }));
    if (t.kind !== 'sessions') throw new Error(t.kind);
    expect(t.sessions.map((s) => [s.routineId, s.purpose])).toEqual([['gentle-back-mobility', 'mobility-for-back']]);
    expect(t.swapped.map((s) => s.routineId)).toEqual(['runner-strength-day']);
    expect(t.back).toMatchObject({ score: 6, usual: 2, seeProfessional: false });
    expect(t.back?.reason).toBe('Your last back score was 6 out of 10.');
    // a rise of 2 from the usual, under 5, says the usual
    const rise = today(input(regular, '2027-03-04', { backScores: [1, 1, 1, 3] }));
    expect(rise.back?.reason).toBe('Your last back score was 3 out of 10, up from your usual 1.');
    // the day before, the next day already heeds it
    const before = today(input(regular, '2027-03-03', { backScores: [6] }));
    expect(before.kind === 'sessions' && before.next).toMatchObject({ label: 'mobility day', heedsBack: true });
  });

  it('a score of 7 or more links to a professional; a calm score changes nothing', () => {
    expect(today(input(regular, '2027-03-04', { backScores: [7] })).back).toMatchObject({ score: 7, seeProfessional: true });
    const calm = today(input(regular, '2027-03-04', { backScores: [3, 2, 3] }));
    if (calm.kind !== 'sessions') throw new Error(calm.kind);
    expect(calm.back).toBeNull();
    expect(calm.sessions.map((s) => s.routineId)).toEqual(['runner-strength-day']);
  });
});

describe('whatNext', () => {
  it('after the day is done, the next day with sessions, in words that agree with the plan', () => {
    const n = whatNext(input(regular, '2027-03-03'), 'seven-minute-core');
    expect(n).toMatchObject({ kind: 'day', day: { label: 'strength day', when: 'tomorrow' } });
    expect(whatNextText(n)).toBe('strength day tomorrow (Runner strength day, 17 min).');
    expect(whatNextText(whatNext(input(regular, '2027-03-01'), 'runner-strength-day'))).toBe('core day tomorrow (Seven-minute core, 9 min).');
  });

  it("a session left today comes first; a routine outside the plan leaves today's as it is", () => {
    const n = whatNext(input(regular, '2027-03-06'), 'seven-minute-core');
    expect(whatNextText(n)).toBe('Gentle back mobility, also today (8 min).');
    expect(whatNext(input(regular, '2027-03-03'), 'mcgill-big-three')).toMatchObject({ kind: 'today', session: { routineId: 'seven-minute-core' } });
  });

  it('on a rest day and at the end of the plan', () => {
    expect(whatNextText(whatNext(input(beginner, '2027-03-05'), 'seven-minute-core'))).toBe('core day on Sunday (Core basics, 10 min).');
    // the last day (of the lighter twelfth week) has the short set and mobility
    expect(whatNext(input(regular, '2027-05-23', { doneToday: ['gentle-back-mobility'] }), 'after-your-run')).toEqual({ kind: 'ended' });
    expect(whatNextText({ kind: 'ended' })).toBeNull();
  });
});

describe('never contradicting the plan (property)', () => {
  it('for any running week and day, "next" is the plan\'s next day with sessions, named by what it holds', () => {
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: -3, max: PLAN_WEEKS * 7 + 3 }), (s, offset) => {
        const plan = makePlan(s, LIBRARY);
        const date = addDays(s.startDate, offset);
        const t = today(input(plan, date));
        const planned = nextSessionDay(plan, addDays(date, 1));
        if (t.kind === 'ended') {
          expect(offset).toBeGreaterThanOrEqual(PLAN_WEEKS * 7);
          return;
        }
        expect(t.next?.date ?? null).toBe(planned?.date ?? null);
        if (planned && t.next) {
          expect(t.next.sessions.map((x) => x.routineId)).toEqual(planned.sessions.map((x) => x.routineId));
          expect(t.next.label.startsWith('strength')).toBe(planned.sessions.some((x) => x.kind === 'strength'));
        }
        if (t.kind === 'sessions') expect(t.sessions.map((x) => x.routineId)).toEqual(dayOf(plan, date)?.sessions.map((x) => x.routineId));
        if (t.kind === 'rest') expect(dayOf(plan, date)?.sessions).toEqual([]);
        // After the day's sessions, what next is that same next day.
        const n = whatNext(input(plan, date, { doneToday: t.kind === 'sessions' ? t.sessions.map((x) => x.routineId) : [] }), 'none');
        expect(n.kind === 'day' ? n.day.date : null).toBe(planned?.date ?? null);
      }),
      { numRuns: 200 },
    );
  });
});
