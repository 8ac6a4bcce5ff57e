/**
 * The timer's own saved data (sound and voice preferences, timings per routine, a workout in
 * progress) and its validation. Keys and shared helpers are in src/lib/saved.ts.
 */
import type { EngineState, Status } from './engine';
import { MAX_ROUNDS, type PlanSettings } from './plan';
import { bad, isInt, isObj, isTime, ok, STORAGE_VERSION, versioned, type Read } from '../saved';

export { KEYS, writeWorkout, type Read, type WorkoutRecord } from '../saved';

export interface TimerPrefs {
  sound: boolean;
  voice: boolean;
  vibrate: boolean;
}
/** Voice is on for a runner who never chose: from the floor, words carry further than beeps. A stored choice is kept. */
export const DEFAULT_PREFS: TimerPrefs = { sound: true, voice: true, vibrate: true };

export interface SavedSession {
  settings: PlanSettings;
  state: EngineState;
  /** When the session was last saved (ms since epoch). */
  savedAt: number;
}

export function readPrefs(raw: string | null): Read<TimerPrefs> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r as Read<TimerPrefs> | null;
  const { sound, voice, vibrate } = r.value;
  if (typeof sound !== 'boolean' || typeof voice !== 'boolean' || typeof vibrate !== 'boolean') return bad('a toggle is not true or false');
  return ok({ sound, voice, vibrate });
}

export function writePrefs(p: TimerPrefs): string {
  return JSON.stringify({ v: STORAGE_VERSION, ...p });
}

export function validSettings(v: unknown): v is PlanSettings {
  return (
    isObj(v) &&
    isInt(v['rounds'], 1, MAX_ROUNDS) &&
    isInt(v['getReadySeconds'], 0, 60) &&
    isInt(v['workDeltaSeconds'], -600, 600) &&
    isInt(v['restDeltaSeconds'], -600, 600)
  );
}

export function readSettings(raw: string | null): Read<PlanSettings> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r as Read<PlanSettings> | null;
  const s = r.value['settings'];
  if (!validSettings(s)) return bad('a setting is missing or out of range');
  return ok({ rounds: s.rounds, getReadySeconds: s.getReadySeconds, workDeltaSeconds: s.workDeltaSeconds, restDeltaSeconds: s.restDeltaSeconds });
}

export function writeSettings(s: PlanSettings): string {
  return JSON.stringify({ v: STORAGE_VERSION, settings: s });
}

const STATUSES: Status[] = ['idle', 'running', 'paused', 'finished'];

function validState(v: unknown, segments: number): v is EngineState {
  if (!isObj(v)) return false;
  const nullableTime = (x: unknown) => x === null || isTime(x);
  return (
    STATUSES.includes(v['status'] as Status) &&
    isInt(v['index'], 0, segments) &&
    isTime(v['anchor']) &&
    nullableTime(v['startedAt']) &&
    nullableTime(v['pausedAt']) &&
    isTime(v['pausedTotal']) &&
    nullableTime(v['finishedAt']) &&
    (v['status'] !== 'paused' || v['pausedAt'] !== null)
  );
}

/**
 * A saved session, checked against `segments(settings)`: the length of the plan its own saved
 * settings make, which may differ from today's. Anything that cannot be resumed safely is rejected.
 */
export function readSession(raw: string | null, segments: (settings: PlanSettings) => number): Read<SavedSession> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r as Read<SavedSession> | null;
  const { settings, state, savedAt } = r.value;
  if (!validSettings(settings)) return bad('its settings are missing or out of range');
  if (!validState(state, segments(settings))) return bad('its timer state is not one this page can resume');
  if (!isTime(savedAt)) return bad('it has no valid save time');
  return ok({ settings, state, savedAt });
}

export function writeSession(s: SavedSession): string {
  return JSON.stringify({ v: STORAGE_VERSION, ...s });
}

