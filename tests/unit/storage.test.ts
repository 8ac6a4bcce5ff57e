import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFS,
  KEYS,
  readPrefs,
  readSession,
  readSettings,
  writePrefs,
  writeSession,
  writeSettings,
  writeWorkout,
  type SavedSession,
  type WorkoutRecord,
} from '../../src/lib/timer/storage';
import { readWorkout, readWorkouts } from '../../src/lib/log/records';
import { readWeeklyPlan } from '../../src/lib/log/file';
import { readMyRoutine } from '../../src/lib/share/saved';
import { readKey, setAside, type Store } from '../../src/lib/saved';

const record = (over: Partial<WorkoutRecord> = {}): WorkoutRecord => ({
  id: 'seven-minute-core-1700000000000',
  routineId: 'seven-minute-core',
  routineTitle: 'Seven-minute core',
  startedAt: 1_700_000_000_000,
  finishedAt: 1_700_000_480_000,
  activeMs: 470_000,
  steps: 9,
  rounds: 1,
  completed: true,
  ...over,
});

describe('saved timer data', () => {
  it('reads back what it writes', () => {
    expect(readPrefs(writePrefs({ ...DEFAULT_PREFS, voice: false }))?.value).toEqual({ sound: true, voice: false, vibrate: true });
    // voice on by default for a runner who never chose
    expect(DEFAULT_PREFS.voice).toBe(true);
    const settings = { rounds: 2, getReadySeconds: 5, workDeltaSeconds: -10, restDeltaSeconds: 15 };
    expect(readSettings(writeSettings(settings))?.value).toEqual(settings);
    const session: SavedSession = {
      settings,
      state: { status: 'paused', index: 3, anchor: 10, startedAt: 0, pausedAt: 50, pausedTotal: 0, finishedAt: null },
      savedAt: 60,
    };
    expect(readSession(writeSession(session), () => 10)?.value).toEqual(session);
    expect(readWorkout(writeWorkout(record()))?.value).toEqual(record());
  });

  it('treats a missing value as nothing saved, not as a problem', () => {
    expect(readPrefs(null)).toBeNull();
    expect(readSettings(null)).toBeNull();
    expect(readSession(null, () => 5)).toBeNull();
    expect(readWorkout(null)).toBeNull();
  });

  it('says what is wrong with a malformed value instead of throwing', () => {
    expect(readPrefs('{nope')?.problem).toBe('it is not valid JSON');
    expect(readPrefs('[1,2]')?.problem).toBe('it is not an object');
    expect(readPrefs('{"v":2,"sound":true,"voice":true,"vibrate":true}')?.problem).toMatch(/version 2/);
    expect(readPrefs('{"v":1,"sound":"yes","voice":true,"vibrate":true}')?.problem).toBe('a toggle is not true or false');
    expect(readSettings('{"v":1,"settings":{"rounds":0,"getReadySeconds":5,"workDeltaSeconds":0,"restDeltaSeconds":0}}')?.problem).toMatch(/out of range/);
  });

  it('refuses a session that could not be resumed safely', () => {
    const base = JSON.parse(
      writeSession({
        settings: { rounds: 1, getReadySeconds: 0, workDeltaSeconds: 0, restDeltaSeconds: 0 },
        state: { status: 'running', index: 2, anchor: 10, startedAt: 0, pausedAt: null, pausedTotal: 0, finishedAt: null },
        savedAt: 20,
      }),
    );
    // A step past the end of this plan, e.g. saved under longer settings.
    expect(readSession(JSON.stringify(base), () => 1)?.problem).toMatch(/timer state/);
    // Paused with no pause time.
    expect(readSession(JSON.stringify({ ...base, state: { ...base.state, status: 'paused' } }), () => 5)?.problem).toMatch(/timer state/);
    expect(readSession(JSON.stringify({ ...base, savedAt: -1 }), () => 5)?.problem).toMatch(/save time/);
    expect(readSession(JSON.stringify(base), () => 5)?.value?.state.index).toBe(2);
  });

  it('keeps one key per workout and reads them oldest first, reporting the unreadable ones', () => {
    const early = record({ id: 'a', finishedAt: 1_700_000_100_000, startedAt: 1_700_000_000_000 });
    const late = record({ id: 'b' });
    expect(KEYS.workout('b')).toBe('corestride:workout:b');
    const { workouts, unreadable } = readWorkouts([
      [KEYS.workout('b'), writeWorkout(late)],
      [KEYS.prefs, writePrefs(DEFAULT_PREFS)],
      [KEYS.workout('broken'), '{"v":1,"id":"broken"}'],
      [KEYS.workout('a'), writeWorkout(early)],
    ]);
    expect(workouts.map((w) => w.id)).toEqual(['a', 'b']);
    expect(unreadable).toEqual(['corestride:workout:broken']);
    expect(readWorkout(writeWorkout(record({ finishedAt: 1 })))?.problem).toBe('it is incomplete or malformed');
  });
});

/** Every reader of a corestride:* value, as the pages call them. */
const READERS = {
  prefs: readPrefs,
  settings: readSettings,
  session: (raw: string | null) => readSession(raw, () => 50),
  workout: readWorkout,
  weeklyPlan: readWeeklyPlan,
  myRoutine: (raw: string | null) => readMyRoutine(raw, new Set(['plank'])),
};
/** Not JSON, cut short, the wrong type, the wrong version, or the right version and nothing else. */
const MALFORMED = ['', ' ', 'xxx', '{broken', '{"v":1,', 'undefined', 'NaN', 'null', '[]', '[1]', '"text"', '42', 'true', '{}', '{"v":1}', '{"v":"1"}', '{"v":2}', '{"v":null}'];

describe('every saved value, malformed', () => {
  for (const [name, read] of Object.entries(READERS)) {
    it(`${name}: every malformed shape comes back as a problem, never a throw`, () => {
      for (const raw of MALFORMED) {
        const r = read(raw);
        expect(r, JSON.stringify(raw)).not.toBeNull();
        expect(r?.value, JSON.stringify(raw)).toBeNull();
        expect(r?.problem, JSON.stringify(raw)).toMatch(/^(it|its|a) /);
      }
      expect(read('{broken')?.problem).toBe('it is not valid JSON');
      expect(read('[]')?.problem).toBe('it is not an object');
      expect(read(null)).toBeNull();
    });

    it(`${name}: any text at all is read or refused, never thrown`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.json(), fc.json().map((j) => j.slice(0, -1))), (raw) => {
          const r = read(raw);
          expect(r === null || (r.value === null) !== (r.problem === null)).toBe(true);
        }),
      );
    });
  }

  it('a session is checked against the plan its own saved settings make', () => {
    const settings = { rounds: 3, getReadySeconds: 0, workDeltaSeconds: 0, restDeltaSeconds: 0 };
    const raw = writeSession({ settings, state: { status: 'running', index: 20, anchor: 10, startedAt: 0, pausedAt: null, pausedTotal: 0, finishedAt: null }, savedAt: 20 });
    const asked: unknown[] = [];
    expect(readSession(raw, (s) => (asked.push(s), s.rounds * 10))?.value?.state.index).toBe(20);
    expect(asked).toEqual([settings]);
    expect(readSession(raw, () => 10)?.problem).toMatch(/timer state/);
    // Settings that are not valid are refused before any plan is made from them.
    expect(readSession('{"v":1,"settings":{"rounds":"lots"}}', () => { throw new Error('no plan for bad settings'); })?.problem).toMatch(/settings/);
  });
});

/** localStorage as a Map; `full` makes every write fail, as a full storage would. */
function memoryStore(init: Record<string, string> = {}, full = false): Store & { data: Map<string, string> } {
  const data = new Map(Object.entries(init));
  return {
    data,
    get: (key) => data.get(key) ?? null,
    set: (key, value) => {
      if (value === null) data.delete(key);
      else if (full) return false;
      else data.set(key, value);
      return true;
    },
  };
}

describe('setting aside what cannot be read', () => {
  it('moves the raw value to corestride:set-aside:<key> and clears the key', () => {
    const store = memoryStore({ [KEYS.prefs]: '{broken', other: 'x' });
    expect(setAside(store, KEYS.prefs)).toBe(true);
    expect(Object.fromEntries(store.data)).toEqual({ 'corestride:set-aside:corestride:prefs': '{broken', other: 'x' });
    // Nothing left to move.
    expect(setAside(store, KEYS.prefs)).toBe(false);
  });

  it('keeps a different copy set aside earlier, and does not duplicate the same one', () => {
    const aside = KEYS.setAside(KEYS.prefs);
    const store = memoryStore({ [aside]: 'first', [`${aside}#2`]: 'second', [KEYS.prefs]: 'third' });
    setAside(store, KEYS.prefs);
    expect(store.data.get(`${aside}#3`)).toBe('third');
    store.set(KEYS.prefs, 'first');
    setAside(store, KEYS.prefs);
    expect(Object.fromEntries(store.data)).toEqual({ [aside]: 'first', [`${aside}#2`]: 'second', [`${aside}#3`]: 'third' });
  });

  it('leaves the value where it is when the copy cannot be written', () => {
    const store = memoryStore({ [KEYS.weeklyPlan]: 'xxx' }, true);
    expect(setAside(store, KEYS.weeklyPlan)).toBe(false);
    expect(Object.fromEntries(store.data)).toEqual({ [KEYS.weeklyPlan]: 'xxx' });
  });

  it('readKey sets aside only what its reader refuses, so the next read is clean', () => {
    const store = memoryStore({ [KEYS.prefs]: writePrefs(DEFAULT_PREFS), [KEYS.settings('r')]: '{"v":1}' });
    expect(readKey(store, KEYS.prefs, readPrefs)?.value).toEqual(DEFAULT_PREFS);
    expect(readKey(store, KEYS.settings('r'), readSettings)?.problem).toMatch(/setting/);
    expect(readKey(store, KEYS.settings('r'), readSettings)).toBeNull();
    expect(readKey(store, KEYS.session('r'), READERS.session)).toBeNull();
    expect(Object.fromEntries(store.data)).toEqual({ [KEYS.prefs]: writePrefs(DEFAULT_PREFS), 'corestride:set-aside:corestride:settings:r': '{"v":1}' });
  });
});
