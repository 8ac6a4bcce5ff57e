import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, daysAgoText, streakOfDays } from '../../src/lib/log/days';
import { exportLog, newWorkouts, parseLogFile } from '../../src/lib/storage/log-file';
import { currentStreak, DEFAULT_PLAN, durationText, startOfWeek } from '../../src/lib/log/history';
import { honestWeek, type KindSources } from '../../src/lib/log/week';
import { LIBRARY } from './plan-fixtures';
import { KEYS, lastStartedFromKeys, workoutStartsFromKeys } from '../../src/lib/storage/keys';
import { readWeeklyPlan, writeWeeklyPlan } from '../../src/lib/storage/log';
import type { WorkoutRecord } from '../../src/lib/storage/workout';

/** Local time, so the tests hold in any time zone. Month is 1-based here. */
const at = (y: number, mo: number, d: number, h = 8, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

const workout = (routineId: string, finishedAt: number, over: Partial<WorkoutRecord> = {}): WorkoutRecord => ({
  id: `${routineId}-${finishedAt - 420_000}`,
  routineId,
  routineTitle: routineId,
  startedAt: finishedAt - 420_000,
  finishedAt,
  activeMs: 420_000,
  steps: 9,
  rounds: 1,
  completed: true,
  ...over,
});

// Sunday 22 November 2026, 9 am; the week began on Monday the 16th.
const NOW = at(2026, 11, 22, 9);

describe('calendar days', () => {
  it('counts calendar days, not 24-hour periods', () => {
    expect(calendarDaysBetween(at(2026, 11, 21, 23, 59), at(2026, 11, 22, 0, 1))).toBe(1);
    expect(daysAgoText(at(2026, 11, 22, 0, 5), NOW)).toBe('today');
    expect(daysAgoText(at(2026, 11, 21, 23), NOW)).toBe('yesterday');
    expect(daysAgoText(at(2026, 11, 19, 7), NOW)).toBe('3 days ago');
  });

  it('starts the week on Monday', () => {
    expect(startOfWeek(NOW)).toBe(at(2026, 11, 16, 0));
    expect(startOfWeek(at(2026, 11, 16, 0))).toBe(at(2026, 11, 16, 0));
  });

  it('finds the last time a routine was logged from the storage keys alone', () => {
    const keys = [
      'corestride:workout:core-basics-1700000000000',
      'corestride:workout:core-basics-1700000500000',
      'corestride:workout:core-basics-2-1800000000000', // another routine whose id starts the same way
      'corestride:prefs',
    ];
    expect(lastStartedFromKeys(keys, 'core-basics', 1_750_000_000_000)).toBe(1_700_000_500_000);
    expect(lastStartedFromKeys(keys, 'seven-minute-core', 1_750_000_000_000)).toBeNull();
  });
});

const SOURCES: KindSources = { library: new Map(LIBRARY.map((r) => [r.id, r.kind])), builder: new Map(), checkIns: new Map() };
const weekSummary = (log: WorkoutRecord[], counters: typeof DEFAULT_PLAN, now: number) => {
  const week = honestWeek(log, SOURCES, now, { counters });
  const count = (kind: string) => week.counts.find((c) => c.kind === kind)!;
  return { days: week.days, core: count('core'), strength: count('strength'), kinds: week.counts };
};

describe('the week, the streak and the history', () => {
  const log = [
    workout('seven-minute-core', at(2026, 11, 15, 7)), // last Sunday: not this week
    workout('seven-minute-core', at(2026, 11, 16, 7)),
    workout('seven-minute-core', at(2026, 11, 16, 19)), // twice on Monday counts as one core day
    workout('back-and-core-circuit', at(2026, 11, 18, 18)),
    workout('seven-minute-core', at(2026, 11, 20, 7)),
    workout('seven-minute-core', at(2026, 11, 21, 7)),
    workout('runner-strength-day', at(2026, 11, 21, 17)),
  ];

  it('sums this week against the weekly counters by kind: core once a day, a core circuit never as strength', () => {
    const week = weekSummary(log, DEFAULT_PLAN, NOW);
    expect(week.days.map((d) => d.workouts.length)).toEqual([2, 0, 1, 0, 1, 2, 0]);
    // The back and core circuit is a core routine: a fourth core day, not a strength session.
    expect(week.core).toEqual({ kind: 'core', done: 4, target: 7 });
    expect(week.strength).toEqual({ kind: 'strength', done: 1, target: 2 });
    expect(week.kinds[2]).toEqual({ kind: 'mobility', done: 0, target: null });
  });

  it('keeps a try of one exercise in its day and the streak, but never as a session', () => {
    const tried = [...log, workout('try-glute-bridge', at(2026, 11, 19, 12)), workout('try-plank', at(2026, 11, 22, 6))];
    const week = weekSummary(tried, DEFAULT_PLAN, NOW);
    expect(week.days.map((d) => d.workouts.length)).toEqual([2, 0, 1, 1, 1, 2, 1]);
    expect(week.core).toEqual({ kind: 'core', done: 4, target: 7 });
    expect(week.strength).toEqual({ kind: 'strength', done: 1, target: 2 });
    // Wednesday to Sunday morning, the Thursday and Sunday tries among them.
    expect(currentStreak(tried, NOW)).toBe(5);
  });

  it('keeps a streak alive until the day without a workout is over', () => {
    // Friday and Saturday done, nothing yet on Sunday morning: still 2.
    expect(currentStreak(log, NOW)).toBe(2);
    expect(currentStreak([...log, workout('core-basics', at(2026, 11, 22, 8))], NOW)).toBe(3);
    // By Monday, the empty Sunday has ended it.
    expect(currentStreak(log, at(2026, 11, 23, 9))).toBe(0);
    expect(currentStreak([], NOW)).toBe(0);
  });

  it('counts the same streak from the storage keys alone, as the finish screen does', () => {
    const keys = log.map((w) => KEYS.workout(w.id));
    expect(workoutStartsFromKeys([...keys, 'corestride:prefs', 'corestride:workout:broken-key'])).toEqual(log.map((w) => w.startedAt));
    expect(streakOfDays(workoutStartsFromKeys(keys), NOW)).toBe(currentStreak(log, NOW));
  });

  it('says how long a workout took', () => {
    expect(durationText(430_000)).toBe('7 min 10 s');
    expect(durationText(45_000)).toBe('45 s');
    expect(durationText(1_080_000)).toBe('18 min');
  });
});

describe('export and import', () => {
  const mine = [workout('seven-minute-core', at(2026, 11, 20, 7)), workout('core-basics', at(2026, 11, 21, 7))];

  it('reads back an export, and merges without duplicates', () => {
    const file = exportLog(mine, NOW);
    const parsed = parseLogFile(file);
    expect(parsed.value).toEqual(mine);
    const theirs = [mine[1]!, workout('gentle-back-mobility', at(2026, 11, 22, 7))];
    expect(newWorkouts(mine, theirs).map((w) => w.routineId)).toEqual(['gentle-back-mobility']);
    expect(newWorkouts(mine, [...theirs, theirs[1]!])).toHaveLength(1);
  });

  it('rejects, with a reason, a file that is truncated, foreign, newer or damaged', () => {
    const file = exportLog(mine, NOW);
    expect(parseLogFile(file.slice(0, file.length / 2)).problem).toMatch(/cut short or damaged/);
    expect(parseLogFile('{"hello":"world"}').problem).toMatch(/not a CoreStride workout log/);
    expect(parseLogFile(file.replace('"v": 2', '"v": 3')).problem).toMatch(/newer version of CoreStride/);
    const damaged = JSON.parse(file);
    damaged.workouts[1].finishedAt = 'yesterday';
    expect(parseLogFile(JSON.stringify(damaged)).problem).toMatch(/Workout 2 in this file/);
    expect(parseLogFile('x'.repeat(5_000_001)).problem).toMatch(/too large/);
  });

  it('keeps the weekly plan, and refuses one out of range', () => {
    expect(readWeeklyPlan(writeWeeklyPlan({ corePerWeek: 5, strengthPerWeek: 3 }))?.value).toEqual({ corePerWeek: 5, strengthPerWeek: 3 });
    expect(readWeeklyPlan('{"v":1,"corePerWeek":9,"strengthPerWeek":2}')?.problem).toMatch(/out of range/);
    expect(readWeeklyPlan(null)).toBeNull();
  });
});
