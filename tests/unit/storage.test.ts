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
    expect(readPrefs(writePrefs({ ...DEFAULT_PREFS, voice: true }))?.value).toEqual({ sound: true, voice: true, vibrate: true });
    const settings = { rounds: 2, getReadySeconds: 5, workDeltaSeconds: -10, restDeltaSeconds: 15 };
    expect(readSettings(writeSettings(settings))?.value).toEqual(settings);
    const session: SavedSession = {
      settings,
      state: { status: 'paused', index: 3, anchor: 10, startedAt: 0, pausedAt: 50, pausedTotal: 0, finishedAt: null },
      savedAt: 60,
    };
    expect(readSession(writeSession(session), 10)?.value).toEqual(session);
    expect(readWorkout(writeWorkout(record()))?.value).toEqual(record());
  });

  it('treats a missing value as nothing saved, not as a problem', () => {
    expect(readPrefs(null)).toBeNull();
    expect(readSettings(null)).toBeNull();
    expect(readSession(null, 5)).toBeNull();
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
    expect(readSession(JSON.stringify(base), 1)?.problem).toMatch(/timer state/);
    // Paused with no pause time.
    expect(readSession(JSON.stringify({ ...base, state: { ...base.state, status: 'paused' } }), 5)?.problem).toMatch(/timer state/);
    expect(readSession(JSON.stringify({ ...base, savedAt: -1 }), 5)?.problem).toMatch(/save time/);
    expect(readSession(JSON.stringify(base), 5)?.value?.state.index).toBe(2);
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
