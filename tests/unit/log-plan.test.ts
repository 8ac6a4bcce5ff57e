/**
 * The honest log (issue 19, section 4): this week counted by kind against the plan, builder
 * routines' kinds in storage, the plan's keys through the log file, and the back score trend.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoutineKind } from '../../src/lib/content/vocabulary';
import { backTrend, trendPath, trendPoints, trendText } from '../../src/lib/log/back-trend';
import { localDate } from '../../src/lib/plan/dates';
import { builderIndex, historyLink } from '../../src/lib/log/links';
import { DEFAULT_PLAN } from '../../src/lib/log/history';
import { countKinds, honestWeek, plannedThisWeek, workoutKind, type KindSources } from '../../src/lib/log/week';
import { makePlan } from '../../src/lib/plan/planner';
import { planRecord, type CheckInRecord, type ProgressRecord } from '../../src/lib/plan/schema';
import { DEFAULT_SLOT } from '../../src/lib/plan/slot';
import type { CustomRoutine } from '../../src/lib/share/custom';
import { customRoutineId, encodeRoutine } from '../../src/lib/share/codec';
import { KEYS, PLAN_KEYS, workoutId } from '../../src/lib/storage/keys';
import { exportLog } from '../../src/lib/storage/log-file';
import { exportLogWithPlan, importLog, parseWholeLogFile, readPlanData } from '../../src/lib/storage/log-file-plan';
import { readMyRoutine, readMyRoutines, saveMyRoutine, writeMyRoutine } from '../../src/lib/storage/my-routines';
import { writeCheckIn, writePlan, writeProgress } from '../../src/lib/storage/plan';
import { writeWorkout, type WorkoutRecord } from '../../src/lib/storage/workout';
import { sampleWeek } from '../fixtures/sample-week';
import { LIBRARY, settingsArb } from './plan-fixtures';
import { memoryStore, roomForKeys } from './memory-store';

const at = (y: number, mo: number, d: number, h = 8, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const workout = (routineId: string, finishedAt: number): WorkoutRecord => ({
  id: workoutId(routineId, finishedAt - 600_000),
  routineId,
  routineTitle: 'A routine',
  startedAt: finishedAt - 600_000,
  finishedAt,
  activeMs: 590_000,
  steps: 8,
  rounds: 1,
  completed: true,
});


const LIBRARY_KINDS = new Map(LIBRARY.map((r) => [r.id, r.kind]));
const known = new Set(['plank', 'dead-bug', 'glute-bridge']);
const routine = (title: string): CustomRoutine => ({
  title,
  getReadySeconds: 10,
  rounds: 2,
  restBetweenRounds: 30,
  steps: [{ exercise: 'plank', sides: 'both-at-once', restAfter: 0, mode: 'time', seconds: 30 }],
});
const LEGS = routine('Legs and hips');
const LEGS_ID = customRoutineId(encodeRoutine(LEGS));

/** Routine ids a log can hold: every library routine, a builder routine, a try, one the site no longer has. */
const ROUTINE_IDS = [...LIBRARY.map((r) => r.id), LEGS_ID, 'custom-zzzz', 'try-plank', 'retired-routine'];

describe('a workout’s kind', () => {
  const sources: KindSources = { library: LIBRARY_KINDS, builder: new Map([[LEGS_ID, 'strength']]), checkIns: new Map() };

  it('comes from its library routine, so gentle back mobility is mobility and a core circuit is core', () => {
    expect(workoutKind(workout('gentle-back-mobility', at(2026, 12, 9)), sources)).toBe('mobility');
    expect(workoutKind(workout('back-and-core-circuit', at(2026, 12, 9)), sources)).toBe('core');
    expect(workoutKind(workout('runner-strength-day', at(2026, 12, 9)), sources)).toBe('strength');
  });

  it('of a builder routine is the kind it was saved with; core when none is known; a try is no session', () => {
    expect(workoutKind(workout(LEGS_ID, at(2026, 12, 9)), sources)).toBe('strength');
    expect(workoutKind(workout('custom-zzzz', at(2026, 12, 9)), sources)).toBe('core');
    expect(workoutKind(workout('try-plank', at(2026, 12, 9)), sources)).toBeNull();
    expect(workoutKind(workout('retired-routine', at(2026, 12, 9)), sources)).toBeNull();
  });

  it('falls back to what its check-in recorded, but never over the library', () => {
    const w = workout('custom-zzzz', at(2026, 12, 9));
    const m = workout('gentle-back-mobility', at(2026, 12, 9));
    const withCheckIns = { ...sources, checkIns: new Map<string, RoutineKind>([[w.id, 'mobility'], [m.id, 'strength']]) };
    expect(workoutKind(w, withCheckIns)).toBe('mobility');
    expect(workoutKind(m, withCheckIns)).toBe('mobility');
  });
});

describe('this week against the plan', () => {
  const plan = makePlan(sampleWeek({ startDate: '2026-11-16' }), LIBRARY);
  const NOW = at(2026, 12, 10, 19);
  const sources: KindSources = { library: LIBRARY_KINDS, builder: new Map([[LEGS_ID, 'strength']]), checkIns: new Map() };

  it('counts each kind against the plan’s sessions of that kind: gentle back mobility is never strength', () => {
    const planned = plannedThisWeek(plan, NOW)!;
    const log = [
      workout('gentle-back-mobility', at(2026, 12, 7, 18)),
      workout('seven-minute-core', at(2026, 12, 8, 7)),
      workout('seven-minute-core', at(2026, 12, 8, 19)),
      workout('try-plank', at(2026, 12, 9, 7)),
      workout(LEGS_ID, at(2026, 12, 10, 7)),
    ];
    const week = honestWeek(log, sources, NOW, planned);
    expect(week.against).toBe('plan');
    expect(week.counts).toEqual([
      { kind: 'core', done: 1, target: 4 },
      { kind: 'strength', done: 1, target: 2 },
      { kind: 'mobility', done: 1, target: 1 },
    ]);
  });

  it('counts only the days the plan covers when it starts mid-week, and gives way to the counters when it covers none', () => {
    const late = makePlan({ ...plan.settings, startDate: '2026-12-09' }, LIBRARY);
    const log = [workout('runner-strength-day', at(2026, 12, 7, 18)), workout('seven-minute-core', at(2026, 12, 9, 7))];
    const week = honestWeek(log, sources, NOW, plannedThisWeek(late, NOW)!);
    expect(week.from).toBe('2026-12-09');
    expect(week.counts.find((c) => c.kind === 'strength')!.done).toBe(0);
    expect(week.counts.find((c) => c.kind === 'core')!.done).toBe(1);
    expect(plannedThisWeek(plan, at(2027, 3, 1))).toBeNull();
    expect(plannedThisWeek(late, at(2026, 12, 1))).toBeNull();
  });

  const logArb = fc.array(fc.record({ routine: fc.constantFrom(...ROUTINE_IDS), day: fc.integer({ min: -3, max: 9 }), hour: fc.integer({ min: 0, max: 23 }) }), { maxLength: 30 });
  const nowArb = fc.integer({ min: 0, max: 12 * 7 + 6 });

  it('never counts mobility as strength, and no count exceeds the workouts of its kind done in the days counted (property)', () => {
    fc.assert(
      fc.property(settingsArb, logArb, nowArb, fc.boolean(), (s, entries, offset, withPlan) => {
        const p = makePlan(s, LIBRARY);
        const start = new Date(`${s.startDate}T12:00:00`);
        const now = new Date(start.getFullYear(), start.getMonth(), start.getDate() + offset, 12).getTime();
        const log = entries.map((e) => workout(e.routine, new Date(start.getFullYear(), start.getMonth(), start.getDate() + offset + e.day - 3, e.hour, 5).getTime()));
        const against = (withPlan && plannedThisWeek(p, now)) || { counters: DEFAULT_PLAN };
        const week = honestWeek(log, sources, now, against);
        const counted = week.days.filter((d) => d.date >= week.from).flatMap((d) => d.workouts);
        const of = (kind: RoutineKind) => counted.filter((w) => workoutKind(w, sources) === kind);
        const count = (kind: RoutineKind) => week.counts.find((c) => c.kind === kind)!;
        for (const kind of ['core', 'strength', 'mobility'] as const) expect(count(kind).done).toBeLessThanOrEqual(of(kind).length);
        expect(count('strength').done).toBe(of('strength').length);
        expect(count('mobility').done).toBe(of('mobility').length);
        expect(count('core').done).toBe(new Set(of('core').map((w) => localDate(w.finishedAt))).size);
        // More mobility never moves the strength count; a try moves nothing.
        const more = honestWeek([...log, workout('gentle-back-mobility', now - 60_000), workout('try-plank', now - 30_000)], sources, now, against);
        expect(more.counts.find((c) => c.kind === 'strength')).toEqual(count('strength'));
        expect(more.counts.find((c) => c.kind === 'core')).toEqual(count('core'));
        // The targets are the plan's sessions this week of each kind (core once a day).
        if ('planned' in against) {
          const mine = against.planned;
          expect(count('strength').target).toBe(mine.filter((x) => x.kind === 'strength').length);
          expect(count('mobility').target).toBe(mine.filter((x) => x.kind === 'mobility').length);
          expect(count('core').target).toBe(new Set(mine.filter((x) => x.kind === 'core').map((x) => x.date)).size);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts core once a day and any other kind once a session', () => {
    const kinds = countKinds([workout('seven-minute-core', at(2026, 12, 8, 7)), workout('core-basics', at(2026, 12, 8, 19)), workout('runner-strength-day', at(2026, 12, 8, 7)), workout('plyometrics-primer', at(2026, 12, 8, 7))], (w) => LIBRARY_KINDS.get(w.routineId) ?? null);
    expect(kinds).toEqual({ core: 1, strength: 2, mobility: 0 });
  });
});

describe('a builder routine’s kind in storage', () => {
  it('is stored with the routine and read back; one saved before the choice reads as core', () => {
    const store = memoryStore();
    expect(saveMyRoutine(store, LEGS, 1000, known, 'strength').problem).toBeNull();
    expect(JSON.parse(store.get(KEYS.myRoutine(LEGS.title))!)).toMatchObject({ kind: 'strength' });
    expect(readMyRoutines(store.entries(), known).routines[0]).toMatchObject({ kind: 'strength' });
    const old = JSON.stringify({ v: 1, link: encodeRoutine(LEGS), savedAt: 5 });
    expect(readMyRoutine(old, known)?.value?.kind).toBe('core');
    expect(readMyRoutine(writeMyRoutine(LEGS, 5).value, known)?.value?.kind).toBe('core');
  });

  it('is validated: an unknown kind is refused with a reason, not guessed', () => {
    const odd = JSON.stringify({ v: 1, link: encodeRoutine(LEGS), savedAt: 5, kind: 'cardio' });
    expect(readMyRoutine(odd, known)).toEqual({ value: null, problem: 'its kind is not core, strength or mobility' });
    expect(readMyRoutine(JSON.stringify({ v: 1, link: encodeRoutine(LEGS), savedAt: 5, kind: null }), known)?.problem).toMatch(/kind/);
  });

  it('sends the log to the routine’s share link, a library routine to its page and a try to its guide', () => {
    const index = builderIndex([{ routine: LEGS, savedAt: 1, kind: 'strength' }]);
    expect(index.get(LEGS_ID)).toMatchObject({ kind: 'strength', title: 'Legs and hips' });
    const library = new Set(LIBRARY_KINDS.keys());
    expect(historyLink(LEGS_ID, library, index)).toEqual({ href: `/routines/build/#${encodeRoutine(LEGS)}`, from: 'builder' });
    expect(historyLink('core-basics', library, index)).toEqual({ href: '/routines/core-basics/', from: 'library' });
    expect(historyLink('try-dead-bug', library, index)).toEqual({ href: '/exercises/dead-bug/', from: 'try' });
    expect(historyLink('custom-zzzz', library, index)).toBeNull();
  });
});

describe('the plan’s keys in the log file', () => {
  const START = at(2026, 12, 1, 7);
  const mine = [workout('seven-minute-core', START), workout('gentle-back-mobility', START + 86_400_000)];
  const plan = planRecord(sampleWeek({ startDate: '2026-11-16' }), DEFAULT_SLOT, at(2026, 11, 16));
  const progress: ProgressRecord = { v: 1, notch: 2, easyInARow: 1, updatedAt: START };
  const checkIn = (w: WorkoutRecord, back: number): CheckInRecord => ({ v: 1, workoutId: w.id, routineId: w.routineId, kind: 'core', at: w.finishedAt + 1000, date: localDate(w.finishedAt), rating: 'just-right', back });
  const full = () =>
    memoryStore({
      ...Object.fromEntries(mine.map((w) => [KEYS.workout(w.id), writeWorkout(w)])),
      [PLAN_KEYS.plan]: writePlan(plan),
      [PLAN_KEYS.progress('seven-minute-core')]: writeProgress(progress),
      [PLAN_KEYS.checkIn(mine[0]!.id)]: writeCheckIn(checkIn(mine[0]!, 3)),
      [PLAN_KEYS.checkIn(mine[1]!.id)]: writeCheckIn({ ...checkIn(mine[1]!, 5), kind: 'mobility' }),
    });

  it('go out in the export and come back whole on another device', () => {
    const here = readPlanData(full().entries());
    expect(here.unreadable).toEqual([]);
    const file = exportLogWithPlan(mine, here.data, START);
    expect(JSON.parse(file)).toMatchObject({ v: 2, plan: { startDate: '2026-11-16' }, progress: { 'seven-minute-core': { notch: 2 } } });
    const parsed = parseWholeLogFile(file);
    expect(parsed.problem).toBeNull();
    const there = memoryStore();
    expect(importLog(there, [], parsed.value!)).toEqual({ value: { added: 2, skipped: 0, checkInsAdded: 2, progressAdded: 1, plan: 'added' }, problem: null });
    expect(there.data).toEqual(full().data);
    // Again: nothing new.
    expect(importLog(there, mine, parsed.value!).value).toEqual({ added: 0, skipped: 2, checkInsAdded: 0, progressAdded: 0, plan: 'kept' });
    expect(there.data).toEqual(full().data);
  });

  it('still imports a version 1 file (workouts only)', () => {
    const v1 = JSON.stringify({ format: 'corestride-workout-log', v: 1, exportedAt: '2026-12-01T08:00:00.000Z', workouts: mine });
    const parsed = parseWholeLogFile(v1);
    expect(parsed.value?.workouts).toEqual(mine);
    expect(importLog(memoryStore(), [], parsed.value!).value).toMatchObject({ added: 2, plan: 'none' });
    // The timer's "Download this workout" writes version 2 with no plan: that imports too.
    expect(parseWholeLogFile(exportLog(mine, START)).value?.plan.plan).toBeNull();
  });

  it('checks them as storage reads them: one bad record refuses the whole file', () => {
    const file = JSON.parse(exportLogWithPlan(mine, readPlanData(full().entries()).data, START));
    const cases: [string, (f: Record<string, unknown>) => void, RegExp][] = [
      ['a back score of 11', (f) => ((f['checkIns'] as CheckInRecord[])[1]!.back = 11), /Check-in 2 in this file cannot be used: its back is not valid/],
      ['a plan whose long run is no run day', (f) => ((f['plan'] as Record<string, unknown>)['longRunDay'] = 'tue'), /The plan in this file cannot be used/],
      ['progress for a key that is no routine', (f) => (f['progress'] = { '../x': progress }), /names a routine this site does not make/],
      ['progress of another version', (f) => (f['progress'] = { 'core-basics': { ...progress, v: 9 } }), /progress for core-basics .* version/],
    ];
    for (const [, damage, reason] of cases) {
      const copy = structuredClone(file);
      damage(copy);
      expect(parseWholeLogFile(JSON.stringify(copy)).problem).toMatch(reason);
    }
  });

  it('keeps the newer plan and progress, and never writes over what this device cannot read', () => {
    const there = memoryStore({ [PLAN_KEYS.plan]: writePlan({ ...plan, madeAt: plan.madeAt + 1, minutes: 30 }), [PLAN_KEYS.progress('seven-minute-core')]: 'not json' });
    const parsed = parseWholeLogFile(exportLogWithPlan(mine, readPlanData(full().entries()).data, START)).value!;
    expect(importLog(there, [], parsed).value).toMatchObject({ plan: 'kept', progressAdded: 0 });
    expect(JSON.parse(there.get(PLAN_KEYS.plan)!).minutes).toBe(30);
    expect(there.get(PLAN_KEYS.progress('seven-minute-core'))).toBe('not json');
    const older = memoryStore({ [PLAN_KEYS.plan]: writePlan({ ...plan, madeAt: plan.madeAt - 1, minutes: 30 }) });
    expect(importLog(older, [], parsed).value).toMatchObject({ plan: 'replaced' });
    expect(JSON.parse(older.get(PLAN_KEYS.plan)!).minutes).toBe(15);
  });

  it('is all or nothing when storage fills, and says what was not saved', () => {
    const parsed = parseWholeLogFile(exportLogWithPlan(mine, readPlanData(full().entries()).data, START)).value!;
    const there = memoryStore({ 'corestride:prefs': '{"v":1}' }, roomForKeys(4));
    const result = importLog(there, [], parsed);
    expect(result.problem).toMatch(/storage is full: it took 3 of the 6 things to save \(2 new workouts, 2 check-ins, the progress of 1 routine, your plan\)/);
    expect(result.problem).toMatch(/so they were taken out again and your log is as it was\.$/);
    expect([...there.data.keys()]).toEqual(['corestride:prefs']);
  });

  it('reads a check-in under another workout’s key as unreadable, so it is set aside rather than counted', () => {
    const store = full();
    store.set(PLAN_KEYS.checkIn('core-basics-1'), store.get(PLAN_KEYS.checkIn(mine[0]!.id)));
    const { unreadable, data } = readPlanData(store.entries());
    expect(unreadable).toEqual([{ key: PLAN_KEYS.checkIn('core-basics-1'), problem: 'it names another workout than its key' }]);
    expect(data.checkIns.size).toBe(2);
  });
});

describe('the back score trend', () => {
  const NOW = at(2026, 12, 10, 19);
  const scores = [
    { date: '2026-10-27', back: 3 },
    { date: '2026-11-03', back: 2 },
    { date: '2026-11-10', back: 2 },
    { date: '2026-11-12', back: 4 },
    { date: '2026-11-13', back: null },
    { date: '2026-11-17', back: 4 },
    { date: '2026-12-06', back: 1 },
    { date: '2026-12-07', back: 2 },
    { date: '2026-10-18', back: 9 }, // the Sunday before the eight weeks
  ];

  it('gives each of the last eight weeks its middle score, and says so in words', () => {
    const trend = backTrend(scores, NOW);
    expect(trend.map((w) => w.score)).toEqual([null, 3, 2, 3, 4, null, 1, 2]);
    expect(localDate(trend[0]!.monday)).toBe('2026-10-19');
    expect(trendText(trend)).toBe('Back score, last 8 weeks: no score, 3, 2, 3, 4, no score, 1, 2 (oldest first; 0 is no pain, 10 the worst).');
  });

  it('draws a gap for a week without a score, and a higher score higher up', () => {
    const points = trendPoints(backTrend(scores, NOW));
    expect(trendPath(points).match(/M/g)).toHaveLength(2);
    expect(points[4]!.y!).toBeLessThan(points[2]!.y!);
    expect(points.every((p, i) => i === 0 || p.x > points[i - 1]!.x)).toBe(true);
  });
});
