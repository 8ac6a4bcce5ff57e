import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planRecord } from '../../src/lib/plan/schema';
import { DEFAULT_SLOT } from '../../src/lib/plan/slot';
import { decodeRoutine, encodeRoutine } from '../../src/lib/share/codec';
import type { CustomRoutine } from '../../src/lib/share/custom';
import { EARLIEST_WORKOUT, KEYS, LATEST_WORKOUT, lastStartedFromKeys, workoutStartsFromKeys } from '../../src/lib/storage/keys';
import { readWorkouts } from '../../src/lib/storage/log';
import { exportLog, parseLogFile } from '../../src/lib/storage/log-file';
import { readMyRoutines } from '../../src/lib/storage/my-routines';
import { STORAGE_VERSION, type Read } from '../../src/lib/storage/read';
import { readKey } from '../../src/lib/storage/store';
import { STORED } from '../../src/lib/storage/table';
import { memoryStore } from './memory-store';

/**
 * A seeded fuzz (issue 17): share-link fragments and stored values, mangled the ways damage,
 * messengers, hand edits and attackers mangle them, through every reader in the storage table
 * (src/lib/storage/table.ts) and the share-link codec. It asserts that nothing throws, that
 * every refusal comes with a reason, and that whatever is accepted round-trips: written again,
 * it reads back the same. The seed is fixed, so a run is repeatable; the run counts keep it to
 * a few seconds on a loaded 2-core machine, with an explicit timeout besides.
 */
const SEED = 17;
const TIMEOUT = 60_000;

const exercises = new Set(
  readdirSync(join(import.meta.dirname, '..', '..', 'content', 'exercises'))
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => f.replace(/\.mdx$/, '')),
);
const START = Date.UTC(2026, 10, 22, 7);

/** A reason a page can show: a phrase, never empty, never a leaked "undefined" or object. */
function expectReason(problem: unknown, input: string) {
  expect(typeof problem, input).toBe('string');
  expect((problem as string).length, input).toBeGreaterThanOrEqual(10);
  expect(problem, input).not.toMatch(/undefined|\[object |NaN/);
}

// ---- stored values ---------------------------------------------------------------------

const ROUTINE: CustomRoutine = {
  title: 'Morning core',
  getReadySeconds: 10,
  rounds: 2,
  restBetweenRounds: 60,
  steps: [
    { exercise: 'plank', sides: 'both-at-once', restAfter: 15, mode: 'time', seconds: 30 },
    { exercise: 'bird-dog', sides: 'each-side', restAfter: 0, mode: 'hold-reps', reps: 4, holdSeconds: 8 },
  ],
};
/** One valid value of each kind the table stores, and what its reader needs from the page. */
const SAMPLES: Record<keyof typeof STORED, { context: unknown; sample: unknown }> = {
  prefs: { context: undefined, sample: { sound: false, voice: true, vibrate: false } },
  settings: { context: undefined, sample: { rounds: 2, getReadySeconds: 5, workDeltaSeconds: -10, restDeltaSeconds: 15 } },
  session: {
    context: () => 40,
    sample: {
      settings: { rounds: 2, getReadySeconds: 5, workDeltaSeconds: 0, restDeltaSeconds: 0 },
      state: { status: 'paused', index: 3, anchor: START, startedAt: START - 60_000, pausedAt: START + 5000, pausedTotal: 0, finishedAt: null },
      savedAt: START + 5000,
    },
  },
  workout: {
    context: undefined,
    sample: { id: `core-basics-${START}`, routineId: 'core-basics', routineTitle: 'Core basics', startedAt: START, finishedAt: START + 600_000, activeMs: 590_000, steps: 14, rounds: 2, completed: true },
  },
  weeklyPlan: { context: undefined, sample: { corePerWeek: 5, strengthPerWeek: 2 } },
  myRoutine: { context: exercises, sample: { routine: ROUTINE, savedAt: START, kind: 'strength' } },
  plan: {
    context: undefined,
    sample: planRecord({ runDays: ['mon', 'wed', 'fri', 'sat'], longRunDay: 'sat', hardDays: ['wed'], minutes: 15, start: 'new', kit: ['band'], startDate: '2027-03-01', raceDate: '2027-05-16' }, DEFAULT_SLOT, 1_800_000_000_000),
  },
  progress: { context: undefined, sample: { v: STORAGE_VERSION, notch: 2, easyInARow: 1, updatedAt: 1_800_000_000_000 } },
  checkIn: {
    context: undefined,
    sample: { v: STORAGE_VERSION, workoutId: 'core-basics-1800000000000', routineId: 'core-basics', kind: 'core', at: 1_800_000_480_000, date: '2027-01-15', rating: 'just-right', back: 2 },
  },
};

type AnyEntry = { read: (raw: string | null, c: unknown) => Read<unknown> | null; write: (v: unknown) => string };

/** Odd leaves a damaged or hand-edited value might hold, next to plausible ones. */
const oddLeaf = fc.oneof(
  fc.constantFrom(null, true, false, 0, -0, -1, 1, 1.5, 2, 7, 100, 1e308, '', ' ', 'x', '1', '\u202e', '<b>', [], {}, { v: 1 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.constantFrom(START, EARLIEST_WORKOUT - 1, LATEST_WORKOUT, 9_999_999_999_999_999, Date.UTC(2400, 0, 1)),
  fc.string({ maxLength: 8 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path to a leaf of a JSON value. */
function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [path];
}
function setAt(v: unknown, path: (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[path[0]!] = setAt(copy[path[0]!], path.slice(1), leaf);
  return copy;
}

/** Stored text as damage makes it: a leaf changed, a field dropped or added, the version changed, the text cut or spliced. */
function damaged(text: string): fc.Arbitrary<string> {
  const value = JSON.parse(text) as Record<string, unknown>;
  const paths = leaves(value);
  const keys = Object.keys(value);
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.nat(), oddLeaf).map(([i, leaf]) => JSON.stringify(setAt(value, paths[i % paths.length]!, leaf))) },
    { weight: 1, arbitrary: fc.nat().map((i) => JSON.stringify(Object.fromEntries(Object.entries(value).filter(([k]) => k !== keys[i % keys.length])))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('v', 'extra', '__proto__', 'constructor'), oddLeaf).map(([k, leaf]) => JSON.stringify({ ...value, [k]: leaf })) },
    { weight: 1, arbitrary: fc.nat().map((i) => text.slice(0, i % (text.length + 1))) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.string({ maxLength: 4 })).map(([i, s]) => text.slice(0, i % text.length) + s + text.slice((i % text.length) + 1)) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.json(), fc.constantFrom('', 'null', '[]', '{}', `[${text}]`, text.toUpperCase())) },
    { weight: 2, arbitrary: fc.constant(text) },
  );
}


const RUNS_PER_KEY = 600;

describe(`every reader in the storage table, fuzzed (${RUNS_PER_KEY} damaged values each, seed ${SEED})`, { timeout: TIMEOUT }, () => {
  const tally = { accepted: 0, refused: 0 };
  for (const [name, { context, sample }] of Object.entries(SAMPLES)) {
    const entry = STORED[name as keyof typeof STORED] as unknown as AnyEntry;
    const read = (raw: string | null) => entry.read(raw, context);

    it(`${name}: never throws, gives a reason for every refusal, and what it accepts reads back the same`, () => {
      const text = entry.write(sample);
      expect(read(text)?.value, 'the sample itself').toEqual(sample);
      fc.assert(
        fc.property(damaged(text), (raw) => {
          let r: ReturnType<typeof read>;
          try {
            r = read(raw);
          } catch (e) {
            throw new Error(`${name} threw on ${JSON.stringify(raw)}: ${e}`);
          }
          expect(r, raw).not.toBeNull();
          if (r!.value === null) {
            tally.refused++;
            expectReason(r!.problem, raw);
            // Refused through the one guarded reader: set aside, never lost.
            const store = memoryStore({ key: raw });
            expect(readKey(store, 'key', read)).toMatchObject({ aside: true });
            expect(Object.fromEntries(store.data)).toEqual({ [KEYS.setAside('key')]: raw });
          } else {
            tally.accepted++;
            expect(r!.problem).toBeNull();
            const again = entry.write(r!.value);
            expect(read(again)?.value, raw).toEqual(r!.value);
            expect(entry.write(read(again)!.value), raw).toBe(again);
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_KEY },
      );
    });
  }

  it('reached both answers', () => {
    expect(tally.accepted).toBeGreaterThan(Object.keys(SAMPLES).length * 50);
    expect(tally.refused).toBeGreaterThan(Object.keys(SAMPLES).length * 200);
  });
});

// ---- whole stores: key names and values together -----------------------------------------

describe('whole stores of odd keys and values (500 stores, seed 17)', { timeout: TIMEOUT }, () => {
  const workoutName = fc.oneof(
    fc.tuple(fc.constantFrom('seven-minute-core', 'core-basics', 'custom-1x2y3z', '', '-', 'a-b-'), fc.oneof(fc.integer({ min: 0, max: 2 ** 53 }), fc.constantFrom(START, 9_999_999_999_999_999, Date.UTC(2400, 0, 1), 1.5, -1))).map(([r, t]) => `${r}-${t}`),
    fc.string({ maxLength: 30 }),
  );
  const entry = fc.oneof(
    fc.tuple(workoutName.map((n) => KEYS.workout(n)), fc.oneof(fc.constant(STORED.workout.write(SAMPLES.workout.sample as never)), fc.string({ maxLength: 20 }))),
    fc.tuple(fc.string({ maxLength: 20 }).map((t) => `corestride:my-routine:${t}`), fc.oneof(fc.constant(STORED.myRoutine.write(SAMPLES.myRoutine.sample as never)), fc.string({ maxLength: 20 }))),
    fc.tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 20 })),
  );

  it('"Last done", the streak’s starts, the log and My routines never throw, and never read a date a workout cannot have', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }).map((list) => [...new Map(list)]), (entries) => {
        const keys = entries.map(([k]) => k);
        const last = lastStartedFromKeys(keys, 'seven-minute-core', START);
        if (last !== null) {
          expect(Number.isInteger(last)).toBe(true);
          expect(last).toBeGreaterThanOrEqual(EARLIEST_WORKOUT);
          expect(last).toBeLessThanOrEqual(START);
        }
        for (const t of workoutStartsFromKeys(keys)) expect(t >= EARLIEST_WORKOUT && t < LATEST_WORKOUT && Number.isInteger(t)).toBe(true);
        const { workouts, unreadable } = readWorkouts(entries);
        // Every workout key is either listed, under its own name, or reported: none dropped silently.
        expect(workouts.length + unreadable.length).toBe(entries.filter(([k]) => k.startsWith('corestride:workout:')).length);
        for (const w of workouts) expect(keys).toContain(KEYS.workout(w.id));
        // An export of what the log lists imports again, whole.
        expect(parseLogFile(exportLog(workouts, START)).value).toEqual(workouts);
        const mine = readMyRoutines(entries, exercises);
        for (const u of mine.unreadable) expectReason(u.problem, u.key);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

// ---- share-link fragments ------------------------------------------------------------------

describe('share-link fragments as messengers and attackers pass them on (3,000 fragments, seed 17)', { timeout: TIMEOUT }, () => {
  const ids = [...exercises];
  const step = fc.oneof(
    fc.record({ exercise: fc.constantFrom(...ids), sides: fc.constantFrom('both-at-once' as const, 'each-side' as const), restAfter: fc.integer({ min: 0, max: 600 }), mode: fc.constant('time' as const), seconds: fc.integer({ min: 5, max: 600 }) }),
    fc.record({ exercise: fc.constantFrom(...ids), sides: fc.constantFrom('both-at-once' as const, 'each-side' as const), restAfter: fc.integer({ min: 0, max: 600 }), mode: fc.constant('reps' as const), reps: fc.integer({ min: 1, max: 100 }) }),
  );
  const title = fc.oneof(
    fc.constantFrom('Core', 'Run 🏃\u200d♀️ core', 'Rumpf\u00adübungen', 'Café hills', 'と体幹'),
    fc.string({ minLength: 1, maxLength: 20, unit: fc.constantFrom('a', 'Z', 'é', '😀', ' ', '\u200d', '\u00ad') }).map((t) => t.trim()).filter((t) => t.length > 0),
  );
  const routine: fc.Arbitrary<CustomRoutine> = fc.record({ title, getReadySeconds: fc.integer({ min: 0, max: 60 }), rounds: fc.integer({ min: 1, max: 10 }), restBetweenRounds: fc.integer({ min: 0, max: 600 }), steps: fc.array(step, { minLength: 1, maxLength: 8 }) });
  /** What happens to a link on the way: kept, percent-encoded, upper-cased, cut, given a #, a title made to hide or reorder text. */
  const mangle = fc.constantFrom('as made', '#', '%3D', 'encodeURIComponent', 'upper-case', 'cut', 'trailing junk', 'bidi title', 'zero-width title', 'double-encoded');
  const hiding = fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200b', '\u2060', '\ufeff');

  it('never throw, give a reason for every refusal, and open every link whose routine survived the trip', () => {
    const seen: Record<string, { opened: number; refused: number }> = {};
    fc.assert(
      fc.property(routine, mangle, fc.nat(), hiding, (r, how, at, ch) => {
        const made = encodeRoutine(r);
        const chars = Array.from(r.title);
        const spoofed = { ...r, title: `${chars[0]}${ch}${chars.slice(1).join('')}x` };
        const fragment = {
          'as made': made,
          '#': `#${made}`,
          '%3D': `#${made.replace('=', '%3D')}`,
          encodeURIComponent: `#${encodeURIComponent(made)}`,
          'upper-case': `#${made.toUpperCase()}`,
          cut: made.slice(0, 4 + (at % (made.length - 4))),
          'trailing junk': `${made})`,
          'bidi title': encodeRoutine(spoofed),
          'zero-width title': encodeRoutine({ ...r, title: `${r.title}\u200bx` }),
          'double-encoded': `#${encodeURIComponent(encodeURIComponent(made))}`,
        }[how];
        let d: ReturnType<typeof decodeRoutine>;
        try {
          d = decodeRoutine(fragment, exercises);
        } catch (e) {
          throw new Error(`decodeRoutine threw on ${fragment}: ${e}`);
        }
        const tally = (seen[how] ??= { opened: 0, refused: 0 });
        if ('value' in d) {
          tally.opened++;
          expect(decodeRoutine(encodeRoutine(d.value), exercises)).toEqual({ value: d.value });
        } else {
          tally.refused++;
          expectReason(d.problem, fragment);
        }
        // What each way of passing a link on must come to.
        if (['as made', '#', '%3D', 'encodeURIComponent'].includes(how)) expect(d).toEqual({ value: r });
        if (how === 'upper-case') expect(d).toEqual({ problem: expect.stringMatching(/^is damaged: it starts “R=”/) });
        if (how === 'bidi title' || how === 'zero-width title') expect(d).toEqual({ problem: expect.stringMatching(/invisible character \(U\+[0-9A-F]{4}\)/) });
      }),
      { seed: SEED, numRuns: 3000 },
    );
    // Every way was tried, and the ones that keep the routine whole all opened.
    expect(Object.keys(seen).sort()).toHaveLength(10);
    for (const how of ['as made', '#', '%3D', 'encodeURIComponent']) expect(seen[how]!.refused).toBe(0);
  });
});
