import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAgoText } from '../../src/lib/log/days';
import { EARLIEST_WORKOUT, KEYS, LATEST_WORKOUT, lastStartedFromKeys, workoutId } from '../../src/lib/storage/keys';
import { exportLog, importWorkouts, parseLogFile } from '../../src/lib/storage/log-file';
import { readWorkout, readWorkouts, recordProblem } from '../../src/lib/storage/log';
import { IDLE, settle, start } from '../../src/lib/timer/engine';
import { compilePlan } from '../../src/lib/timer/plan';
import { workoutRecord } from '../../src/lib/timer/view';
import { writeWorkout, type WorkoutRecord } from '../../src/lib/storage/workout';
import { memoryStore, roomForChars } from './memory-store';

/**
 * Workout records are checked once, the same way on import and on read (issue 17, item 4):
 * whatever an import file gets past parseLogFile, the log reads back after a reload, and a
 * record or key with a date no workout can have never reaches "Last done".
 */
const START = Date.UTC(2026, 10, 22, 7);
const record = (over: Partial<WorkoutRecord> = {}): WorkoutRecord => ({
  id: workoutId('seven-minute-core', START),
  routineId: 'seven-minute-core',
  routineTitle: 'Seven-minute core',
  startedAt: START,
  finishedAt: START + 480_000,
  activeMs: 470_000,
  steps: 9,
  rounds: 1,
  completed: true,
  ...over,
});
const file = (workouts: unknown[]) => JSON.stringify({ format: 'corestride-workout-log', v: 1, exportedAt: '2026-11-22T08:00:00.000Z', workouts });

describe('a workout record, checked strictly', () => {
  it.each<[string, unknown, RegExp]>([
    ['an extra "v": 2 field', { ...record(), v: 2 }, /a field a workout does not have \("v"\)/],
    ['any other extra field', { ...record(), note: 'hi' }, /a field a workout does not have \("note"\)/],
    ['a missing field', (({ rounds: _r, ...r }) => r)(record()), /has no rounds/],
    ['an absurd id timestamp', record({ id: 'seven-minute-core-9999999999999999' }), /id is not its routine and start time/],
    ['a start in the year 2400', record({ id: workoutId('seven-minute-core', Date.UTC(2400, 0, 1)), startedAt: Date.UTC(2400, 0, 1), finishedAt: Date.UTC(2400, 0, 1) + 1 }), /start time is not a date/],
    ['a start of 9999999999999999', record({ id: 'seven-minute-core-9999999999999999', startedAt: 9_999_999_999_999_999, finishedAt: 9_999_999_999_999_999 }), /start time is not a date/],
    ['a start in 1970', record({ id: 'seven-minute-core-1000', startedAt: 1000, finishedAt: 2000 }), /start time is not a date/],
    ['a start with a fraction', record({ id: `seven-minute-core-${START + 0.5}`, startedAt: START + 0.5 }), /start time is not a date/],
    ['an id of another routine', record({ id: workoutId('core-basics', START) }), /id is not its routine/],
    ['a finish before the start', record({ finishedAt: START - 1 }), /finish time/],
    ['a finish in 2400', record({ finishedAt: Date.UTC(2400, 0, 1) }), /finish time/],
    ['a routine id that is a path', record({ routineId: '../x', id: `../x-${START}` }), /routine id/],
    ['a title with a bidi override', record({ routineTitle: 'Core \u202eyad gel' }), /routine title cannot be shown: .*U\+202E/],
    ['a title with markup', record({ routineTitle: '<b>Core</b>' }), /routine title cannot be shown/],
    ['a negative active time', record({ activeMs: -1 }), /active time/],
    ['an active time of 1e15 ms (31,000 years)', record({ activeMs: 1e15 }), /active time is longer than the time from its start to its finish/],
    ['an active time longer than start to finish', record({ activeMs: 480_002 }), /active time is longer than the time from its start to its finish/],
    ['steps as text', record({ steps: '9' as unknown as number }), /steps or rounds/],
    ['completed as 1', record({ completed: 1 as unknown as boolean }), /completed/],
  ])('refuses %s with a reason, on import and on read alike', (_, bad, reason) => {
    expect(recordProblem(bad)).toMatch(reason);
    const imported = parseLogFile(file([record({ id: workoutId('core-basics', START), routineId: 'core-basics' }), bad]));
    expect(imported.value).toBeNull();
    expect(imported.problem).toMatch(/^Workout 2 in this file cannot be used: /);
    expect(imported.problem).toMatch(reason);
    // Stored as it would have been, it is refused on read with the same reason (the version aside).
    const stored = readWorkout(JSON.stringify({ v: 1, ...(bad as object) }))?.problem;
    expect(stored).toMatch('v' in (bad as object) ? /version 2/ : reason);
  });

  it('accepts what the timer writes, and the log file it exports', () => {
    expect(recordProblem(record())).toBeNull();
    // start and finish are rounded down to whole ms, so the active time may pass their difference by under 1 ms
    expect(recordProblem(record({ activeMs: 480_000.7 }))).toBeNull();
    expect(recordProblem(record({ routineId: 'custom-1x2y3z', id: workoutId('custom-1x2y3z', START), routineTitle: 'Run 🏃\u200d♀️ core' }))).toBeNull();
    expect(parseLogFile(exportLog([record()], START)).value).toEqual([record()]);
  });

  it('whatever an import accepts, the log reads back after a reload, unchanged (2,000 records)', () => {
    /** Mostly valid, so both answers are reached: each field is sometimes out of its range. */
    const mostly = <T,>(good: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 9 }, { arbitrary: odd, weight: 1 });
    const near = fc.record({
      routineId: mostly(fc.constantFrom('seven-minute-core', 'core-basics', 'custom-1x2y3z'), fc.constantFrom('Core', '', '-x', 'a'.repeat(101))),
      routineTitle: mostly(fc.constantFrom('Seven-minute core', 'Café', 'Run 🏃\u200d♀️'), fc.constantFrom('', ' x', '\u202ex', 'x'.repeat(81), '<b>')),
      startedAt: mostly(fc.integer({ min: EARLIEST_WORKOUT, max: LATEST_WORKOUT - 10_000_001 }), fc.constantFrom(EARLIEST_WORKOUT - 1, LATEST_WORKOUT, START + 0.5, 9_999_999_999_999_999, Date.UTC(2400, 0, 1), -1)),
      length: mostly(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(-1, -5)),
      /** A share of start to finish (%), or a value no record has: negative, not a number, 31,000 years, 2 ms more than start to finish. */
      active: mostly(fc.nat({ max: 100 }).map((p) => ['share', p] as const), fc.constantFrom(['as is', -1], ['as is', Number.NaN], ['as is', 1e15], ['more', 2]) as fc.Arbitrary<readonly [string, number]>),
      steps: mostly(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(-1, 10_001, 1.5)),
      rounds: mostly(fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 101)),
      completed: mostly(fc.boolean(), fc.constantFrom(0 as unknown as boolean, 'yes' as unknown as boolean)),
      idShift: mostly(fc.constant(0), fc.constantFrom(1, -1)),
      extra: mostly(fc.constant(undefined), fc.constantFrom(['v', 2] as const, ['v', 1] as const, ['note', 'x'] as const)),
    });
    let accepted = 0;
    fc.assert(
      fc.property(near, (n) => {
        const w: Record<string, unknown> = {
          id: `${n.routineId}-${n.startedAt + n.idShift}`,
          routineId: n.routineId,
          routineTitle: n.routineTitle,
          startedAt: n.startedAt,
          finishedAt: n.startedAt + n.length,
          activeMs: n.active[0] === 'share' ? Math.floor((n.length * n.active[1]) / 100) : n.active[0] === 'more' ? n.length + n.active[1] : n.active[1],
          steps: n.steps,
          rounds: n.rounds,
          completed: n.completed,
        };
        if (n.extra) w[n.extra[0] as string] = n.extra[1];
        const imported = parseLogFile(file([w]));
        if (imported.value === null) {
          expect(imported.problem).toMatch(/^Workout 1 in this file cannot be used: .{10,}\.$/);
          return;
        }
        accepted++;
        // Written as the import writes it, under its own key, and read back as the log reads it.
        const [only] = imported.value;
        const { workouts, unreadable } = readWorkouts([[KEYS.workout(only!.id), writeWorkout(only!)]]);
        expect(unreadable).toEqual([]);
        expect(workouts).toEqual([w]);
      }),
      { seed: 17, numRuns: 2000 },
    );
    // Both answers reached: about a third pass every check.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(1900);
  }, 30_000);

  it('a duplicate "v" in the JSON text is read as JSON reads it, the last one, on import and on read alike', () => {
    const fields = JSON.stringify(record()).slice(1, -1);
    const inFile = (text: string) => `{"format":"corestride-workout-log","v":1,"workouts":[${text}]}`;
    // Import: a record carries no version at all, so either order is refused, with the reason.
    for (const text of [`{"v":1,${fields},"v":2}`, `{"v":2,${fields},"v":1}`]) {
      expect(parseLogFile(inFile(text)).problem).toBe('Workout 1 in this file cannot be used: it has a field a workout does not have ("v").');
    }
    // Read: the stored envelope's version is the last "v", as JSON.parse reads it: 2 is refused, 1 is the record.
    expect(readWorkout(`{"v":1,${fields},"v":2}`)?.problem).toMatch(/version 2/);
    expect(readWorkout(`{"v":2,${fields},"v":1}`)?.value).toEqual(record());
    // What an import writes reads back: one "v", the record's fields, nothing else.
    const imported = parseLogFile(inFile(`{${fields}}`)).value!;
    expect(writeWorkout(imported[0]!)).toBe(`{"v":1,${fields}}`);
  });

  it('a record under another workout’s key is not listed (the log could not delete it)', () => {
    const { workouts, unreadable } = readWorkouts([[KEYS.workout(workoutId('core-basics', START)), writeWorkout(record())]]);
    expect(workouts).toEqual([]);
    expect(unreadable).toEqual([KEYS.workout(workoutId('core-basics', START))]);
  });
});

describe('"Last done" from key names', () => {
  it('never reads an absurd or far-future key as a date: no "NaN days ago", no "today"', () => {
    const keys = [KEYS.workout('seven-minute-core-9999999999999999'), KEYS.workout(workoutId('seven-minute-core', Date.UTC(2400, 0, 1))), KEYS.workout('seven-minute-core-NaN')];
    expect(lastStartedFromKeys(keys, 'seven-minute-core', START)).toBeNull();
    const real = START - 3 * 86_400_000;
    const last = lastStartedFromKeys([...keys, KEYS.workout(workoutId('seven-minute-core', real))], 'seven-minute-core', START);
    expect(last).toBe(real);
    expect(daysAgoText(last!, START)).toBe('3 days ago');
  });

  it('never reads a start after now as "today": a key dated 2099, or one from before the clock was set back', () => {
    const later = [Date.UTC(2099, 11, 31), START + 3_600_000].map((t) => KEYS.workout(workoutId('seven-minute-core', t)));
    expect(lastStartedFromKeys(later, 'seven-minute-core', START)).toBeNull();
    const real = START - 86_400_000;
    expect(lastStartedFromKeys([...later, KEYS.workout(workoutId('seven-minute-core', real))], 'seven-minute-core', START)).toBe(real);
    // a workout started this very moment is today's
    expect(lastStartedFromKeys([KEYS.workout(workoutId('seven-minute-core', START))], 'seven-minute-core', START)).toBe(START);
  });
});

describe('the workout record', () => {
  it('is named in whole milliseconds, though the workout clock has fractions, so "Last done" can read its key', () => {
    const input = { title: 'Quick', getReadySeconds: 0, switchSidesSeconds: 5, rounds: 1, restBetweenRounds: 0, steps: [{ exercise: 'plank', exerciseName: 'Plank', mode: 'time' as const, seconds: 5, sides: 'both-at-once' as const, restAfter: 0 }] };
    const plan = compilePlan(input);
    const begun = START + 0.4567;
    const done = settle(plan, start(plan, IDLE, begun), begun + 5000.3);
    const r = workoutRecord('custom-1x2y3z', plan, done, begun + 5000.3)!;
    expect(r).toMatchObject({ startedAt: START, id: workoutId('custom-1x2y3z', START), completed: true });
    expect(Number.isInteger(r.finishedAt)).toBe(true);
    expect(recordProblem(r)).toBeNull();
    expect(lastStartedFromKeys([KEYS.workout(r.id)], 'custom-1x2y3z', START + 5001)).toBe(START);
  });
});


describe('an import that fills storage', () => {
  const day = 86_400_000;
  const many = Array.from({ length: 200 }, (_, i) => record({ id: workoutId('core-basics', START - i * day), routineId: 'core-basics', startedAt: START - i * day, finishedAt: START - i * day + 1000, activeMs: 900 }));
  const mine = record();
  const before = { [KEYS.workout(mine.id)]: writeWorkout(mine), [KEYS.prefs]: '{"v":1,"sound":true,"voice":false,"vibrate":true}' };

  it('writes nothing when the browser refuses one workout: what it took is put back, and the reason says so', () => {
    const room = [...Object.entries(before)].reduce((n, [k, v]) => n + k.length + v.length, 0) + 60 * (KEYS.workout(many[0]!.id).length + writeWorkout(many[0]!).length);
    const store = memoryStore(before, roomForChars(room));
    const result = importWorkouts(store, [mine], [mine, ...many]);
    expect(result.value).toBeNull();
    expect(result.problem).toBe('This browser’s storage is full: it took 60 of the 200 new workouts and refused the next, so they were taken out again and your log is as it was.');
    expect(Object.fromEntries(store.data)).toEqual(before);
  });

  it('puts back what a key held before, even a value the log could not read', () => {
    const damaged = { ...before, [KEYS.workout(many[0]!.id)]: '{broken' };
    const store = memoryStore(damaged, roomForChars(Object.values(damaged).join('').length + 5_000));
    expect(importWorkouts(store, [mine], many).problem).toMatch(/storage is full/);
    expect(Object.fromEntries(store.data)).toEqual(damaged);
  });

  it('with room, adds every new workout and counts the ones already there', () => {
    const store = memoryStore(before, roomForChars(1e9));
    expect(importWorkouts(store, [mine], [mine, ...many, many[0]!])).toEqual({ value: { added: 200, skipped: 2 }, problem: null });
    expect(readWorkouts(store.entries()).workouts).toHaveLength(201);
  });
});
