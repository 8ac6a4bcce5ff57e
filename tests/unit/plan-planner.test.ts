import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, WEEKDAYS, type Weekday, weekdayOf } from '../../src/lib/plan/dates';
import { type LibraryRoutine, type Plan, planDays, planSessions, type PlanSettings, STARTING_POINTS } from '../../src/lib/plan/model';
import { dayOf, makePlan, nextSessionDay, weekShape } from '../../src/lib/plan/planner';
import { checkPlan, raceWindow, unreported } from '../../src/lib/plan/rules';
import { LIBRARY, settingsArb } from './plan-fixtures';
import { sampleWeek } from '../fixtures/sample-week';

const base: PlanSettings = sampleWeek();

/** An independent look at a runner's week: can two strength days keep every placement rule? */
function aPerfectPairExists(s: PlanSettings): boolean {
  const role = (d: number) => {
    const day = WEEKDAYS[((d % 7) + 7) % 7] as Weekday;
    if (!s.runDays.includes(day)) return 'rest';
    return s.longRunDay === day ? 'long' : s.hardDays.includes(day) ? 'hard' : 'easy';
  };
  const ok = (d: number) => (role(d) === 'easy' || role(d) === 'rest') && role(d + 1) !== 'hard' && role(d + 1) !== 'long';
  for (let a = 0; a < 7; a++) for (let b = a + 2; b < 7; b++) if (ok(a) && ok(b) && !(a === 0 && b === 6)) return true;
  return false;
}

const strengthRules = (plan: Plan) => plan.bent.filter((b) => b.rule.startsWith('strength-'));

describe('makePlan: properties over random running weeks', () => {
  it('every rule holds for every input, or the plan reports the rule it bent', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const plan = makePlan(s, LIBRARY);
        expect(unreported(plan)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reports nothing it did not bend: every day a bent rule lists breaks that rule', () => {
    const check = (plan: Plan) => {
      const found = new Set(checkPlan(plan).map((v) => `${v.rule} ${v.date}`));
      for (const b of plan.bent) for (const date of b.dates) expect(found, `${b.rule} ${date}`).toContain(`${b.rule} ${date}`);
    };
    fc.assert(
      fc.property(settingsArb, (s) => check(makePlan(s, LIBRARY))),
      { numRuns: 300 },
    );
  });

  it('bends strength rules only when no two days of the week could keep them all', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const plan = makePlan(s, LIBRARY);
        if (aPerfectPairExists(s)) expect(strengthRules(plan)).toEqual([]);
        else if (plan.weeks.some((w) => w.stage !== 'basics' && w.stage !== 'daily' && w.stage !== 'mobility')) {
          expect(strengthRules(plan).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never puts strength on two days in a row: one session a week costs less (BEND_COST)', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const plan = makePlan(s, LIBRARY);
        expect(plan.bent.map((b) => b.rule)).not.toContain('strength-not-consecutive');
        expect(checkPlan(plan).map((v) => v.rule)).not.toContain('strength-not-consecutive');
      }),
      { numRuns: 100 },
    );
  });

  it('with the full library, bends nothing but strength placement', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const rules = new Set(makePlan(s, LIBRARY).bent.map((b) => b.rule));
        for (const rule of rules) expect(rule).toMatch(/^strength-/);
      }),
    );
  });

  it('is 12 weeks of 7 consecutive days from the start date, each on its own weekday', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const days = planDays(makePlan(s, LIBRARY));
        expect(days).toHaveLength(84);
        days.forEach((d, i) => {
          expect(daysBetween(s.startDate, d.date)).toBe(i);
          expect(d.weekday).toBe(weekdayOf(d.date));
          for (const session of d.sessions) expect(session.date).toBe(d.date);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('uses only library routines the runner has the kit for, with their kind and length', () => {
    const byId = new Map(LIBRARY.map((r) => [r.id, r]));
    fc.assert(
      fc.property(settingsArb, (s) => {
        for (const session of planSessions(makePlan(s, LIBRARY))) {
          const r = byId.get(session.routineId) as LibraryRoutine;
          expect(r).toBeDefined();
          expect(session.kind).toBe(r.kind);
          expect(session.minutes).toBe(r.minutes);
          for (const k of r.needs) expect(s.kit).toContain(k);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('still reports every bent rule when the library is small or odd (routines missing, lengths changed)', () => {
    const libraryArb = fc
      .subarray(LIBRARY)
      .chain((routines) => fc.tuple(...routines.map((r) => fc.integer({ min: 3, max: 40 }).map((minutes) => ({ ...r, minutes })))));
    fc.assert(
      fc.property(settingsArb, libraryArb, (s, library) => {
        const plan = makePlan(s, library);
        expect(unreported(plan)).toEqual([]);
        for (const b of plan.bent) expect(b.reason.length).toBeGreaterThan(20);
      }),
      { numRuns: 300 },
    );
  });

  it('is the same plan every time for the same settings (only settings need storing)', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        expect(makePlan(s, LIBRARY)).toEqual(makePlan(structuredClone(s), LIBRARY));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps a race lighter: one strength session at most in the last 10 days, none in the last 4 or the week after', () => {
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 0, max: 83 }), (s, offset) => {
        const settings = { ...s, raceDate: addDays(s.startDate, offset) };
        const plan = makePlan(settings, LIBRARY);
        const strength = planSessions(plan).filter((x) => x.kind === 'strength');
        const inLast10 = strength.filter((x) => {
          const n = daysBetween(x.date, settings.raceDate);
          return n >= 0 && n < 10;
        });
        expect(inLast10.length).toBeLessThanOrEqual(1);
        for (const x of inLast10) expect(daysBetween(x.date, settings.raceDate)).toBeGreaterThan(4);
        for (const x of strength) expect(raceWindow(settings, x.date) === 'recovery').toBe(false);
        expect(dayOf(plan, settings.raceDate)?.sessions.map((x) => x.kind)).toEqual(['mobility']);
      }),
      { numRuns: 100 },
    );
  });
});

describe('makePlan: the weeks', () => {
  it('follows the first four weeks, adapted to the starting point, with weeks 8 and 12 lighter', () => {
    const stages = (start: PlanSettings['start']) => Array.from({ length: 12 }, (_, i) => weekShape(start, i + 1).stage);
    expect(stages('new')).toEqual(['basics', 'daily', 'mobility', 'first-strength', 'build', 'build', 'build', 'lighter', 'build', 'build', 'build', 'lighter']);
    expect(stages('some').slice(0, 4)).toEqual(['daily', 'mobility', 'first-strength', 'build']);
    expect(stages('regular').slice(0, 2)).toEqual(['first-strength', 'build']);
    for (const start of STARTING_POINTS) {
      const notches = Array.from({ length: 12 }, (_, i) => weekShape(start, i + 1)).filter((w) => w.stage === 'build').map((w) => w.notch);
      expect(notches).toEqual([...notches].sort((a, b) => a - b));
      expect(weekShape(start, 8).notch).toBe(0);
    }
  });

  it('week 1 for a new runner is core basics three times, off the hard and long-run days', () => {
    const week1 = makePlan(base, LIBRARY).weeks[0];
    const sessions = week1?.days.flatMap((d) => d.sessions.map((s) => [d.weekday, s.routineId])) ?? [];
    expect(sessions).toEqual([
      ['tue', 'core-basics'],
      ['thu', 'core-basics'],
      ['sun', 'core-basics'],
    ]);
  });

  it('after the first month, brings in strength day two and the plyometrics primer only where the kit and time allow', () => {
    const ids = (s: PlanSettings, week: number) => makePlan(s, LIBRARY).weeks[week - 1]?.days.flatMap((d) => d.sessions.map((x) => x.routineId)) ?? [];
    expect(ids({ ...base, kit: ['dumbbells-or-kettlebell'] }, 6)).toEqual(expect.arrayContaining(['strength-day-two', 'plyometrics-primer', 'runner-strength-day']));
    expect(ids(base, 6)).not.toContain('strength-day-two');
    expect(ids({ ...base, minutes: 10 }, 6)).not.toContain('plyometrics-primer');
    expect(ids(base, 4)).not.toContain('plyometrics-primer');
    expect(ids(base, 8)).toEqual(expect.arrayContaining(['in-season-maintenance']));
    expect(ids(base, 8)).not.toContain('runner-strength-day');
  });

  it('puts gentle mobility after the long run from week 3, with the core set too when both fit the minutes', () => {
    const sat = (minutes: PlanSettings['minutes']) => makePlan({ ...base, minutes }, LIBRARY).weeks[2]?.days.find((d) => d.weekday === 'sat')?.sessions.map((s) => s.routineId);
    expect(sat(10)).toEqual(['gentle-back-mobility']);
    expect(sat(20)).toEqual(['seven-minute-core', 'gentle-back-mobility']);
  });
});

describe('makePlan: examples', () => {
  it('Mon, Wed, Fri and Sat runs, Saturday long run, Wednesday hard: strength on Monday and Thursday, nothing bent', () => {
    const plan = makePlan(base, LIBRARY);
    expect(plan.bent).toEqual([]);
    expect(checkPlan(plan)).toEqual([]);
    for (const week of plan.weeks.filter((w) => w.stage !== 'basics' && w.stage !== 'daily' && w.stage !== 'mobility')) {
      const strength = week.days.filter((d) => d.sessions.some((s) => s.kind === 'strength')).map((d) => d.weekday);
      expect(strength).toEqual(['mon', 'thu']);
      for (const d of week.days) {
        const kinds = d.sessions.map((s) => s.kind);
        if (kinds.includes('strength')) expect(kinds).not.toContain('core');
        else expect(kinds).toContain(d.weekday === 'sat' ? 'mobility' : 'core');
      }
    }
  });

  it('six runs with three hard sessions: strength after two of the hard sessions, and the plan says so', () => {
    const plan = makePlan(
      { ...base, runDays: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], longRunDay: 'sun', hardDays: ['tue', 'thu', 'sat'], start: 'regular' },
      LIBRARY,
    );
    const strength = plan.weeks[1]?.days.filter((d) => d.sessions.some((s) => s.kind === 'strength')).map((d) => d.weekday);
    expect(strength).toEqual(['tue', 'thu']);
    expect(plan.bent.map((b) => b.rule)).toEqual(['strength-on-easy-or-rest-day', 'strength-on-easy-or-rest-day']);
    expect(plan.bent[0]?.reason).toMatch(/Tuesday, a hard-session day: run first/);
    expect(plan.bent[0]?.dates).toHaveLength(12);
    expect(unreported(plan)).toEqual([]);
  });

  it('every day a hard run or the long run: two sessions after hard runs, bent and reported', () => {
    const plan = makePlan({ ...base, runDays: [...WEEKDAYS], longRunDay: 'sun', hardDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }, LIBRARY);
    expect(new Set(plan.bent.map((b) => b.rule))).toEqual(new Set(['strength-on-easy-or-rest-day', 'strength-not-before-key-session']));
    expect(unreported(plan)).toEqual([]);
  });

  it('a week that has room for one strength day: one a week, and the shortfall is reported', () => {
    // Easy Monday, hard Tuesday to Saturday, long Sunday: every strength day bends something.
    const plan = makePlan({ ...base, runDays: [...WEEKDAYS], longRunDay: 'sun', hardDays: ['tue', 'thu', 'sat'], start: 'regular' }, LIBRARY);
    expect(unreported(plan)).toEqual([]);
    expect(plan.bent.length).toBeGreaterThan(0);
  });

  it('no runs at all: strength twice, core the other days, nothing bent', () => {
    const plan = makePlan({ ...base, runDays: [], longRunDay: null, hardDays: [], start: 'regular' }, LIBRARY);
    expect(plan.bent).toEqual([]);
    expect(plan.weeks[1]?.days.filter((d) => d.sessions.some((s) => s.kind === 'strength'))).toHaveLength(2);
  });

  it('a runner with no kit and no bodyweight strength routine is told why there is no strength work', () => {
    const library = LIBRARY.map((r) => (r.kind === 'strength' ? { ...r, needs: ['dumbbells-or-kettlebell' as const] } : r));
    const plan = makePlan({ ...base, start: 'regular' }, library);
    expect(plan.bent.map((b) => b.rule)).toEqual(['strength-twice']);
    expect(plan.bent[0]?.reason).toMatch(/kit/);
    expect(unreported(plan)).toEqual([]);
  });

  it('finds the day of a date and the next day with a session', () => {
    const plan = makePlan(base, LIBRARY);
    expect(dayOf(plan, '2027-02-28')).toBeNull();
    expect(dayOf(plan, '2027-03-02')?.weekday).toBe('tue');
    expect(nextSessionDay(plan, '2027-03-01')?.date).toBe('2027-03-02');
    expect(nextSessionDay(plan, addDays('2027-03-01', 84))).toBeNull();
  });
});
