/**
 * The shapes the timer keeps in the browser, and their validation. Reading never throws:
 * a malformed value comes back as `null` with a sentence saying what was wrong, so the page
 * can carry on with defaults and tell the runner.
 *
 * Keys (localStorage):
 * - `corestride:prefs`              TimerPrefs: sound, voice, vibration toggles
 * - `corestride:settings:<routine>` PlanSettings for one routine
 * - `corestride:session:<routine>`  SavedSession: a workout in progress, as timestamps
 * - `corestride:workout:<id>`        WorkoutRecord: one finished workout, for the workout log.
 *                                   One key per workout, so saving one never has to read,
 *                                   rewrite or risk the others.
 */
import type { EngineState, Status } from './engine';
import { MAX_ROUNDS, type PlanSettings } from './plan';

export const STORAGE_VERSION = 1;
export const KEYS = {
  prefs: 'corestride:prefs',
  settings: (routine: string) => `corestride:settings:${routine}`,
  session: (routine: string) => `corestride:session:${routine}`,
  workout: (id: string) => `corestride:workout:${id}`,
  workoutPrefix: 'corestride:workout:',
} as const;

export interface TimerPrefs {
  sound: boolean;
  voice: boolean;
  vibrate: boolean;
}
export const DEFAULT_PREFS: TimerPrefs = { sound: true, voice: false, vibrate: true };

export interface SavedSession {
  settings: PlanSettings;
  state: EngineState;
  /** When the session was last saved (ms since epoch). */
  savedAt: number;
}

/**
 * One finished (or abandoned after halfway) workout.
 * `startedAt`/`finishedAt` are ms since epoch; `activeMs` excludes pauses.
 */
export interface WorkoutRecord {
  id: string;
  routineId: string;
  routineTitle: string;
  startedAt: number;
  finishedAt: number;
  activeMs: number;
  /** Exercise steps done (work, hold and reps segments reached). */
  steps: number;
  rounds: number;
  completed: boolean;
}
export type Read<T> = { value: T; problem: null } | { value: null; problem: string };

const ok = <T>(value: T): Read<T> => ({ value, problem: null });
const bad = <T>(problem: string): Read<T> => ({ value: null, problem });
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, lo: number, hi: number): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e15;

function parseJson(raw: string | null): Read<unknown> | null {
  if (raw === null) return null;
  try {
    return ok(JSON.parse(raw) as unknown);
  } catch {
    return bad('it is not valid JSON');
  }
}

/** A stored JSON object of this storage version: null when nothing is stored, a problem when it is unreadable. */
export function versioned(raw: string | null): Read<Record<string, unknown>> | null {
  const parsed = parseJson(raw);
  if (parsed === null) return null;
  if (parsed.problem !== null) return parsed;
  const v = parsed.value;
  if (!isObj(v)) return bad('it is not an object');
  if (v['v'] !== STORAGE_VERSION) return bad(`it has version ${JSON.stringify(v['v'])}, and this site reads version ${STORAGE_VERSION}`);
  return ok(v);
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

/** A saved session for a plan of `segments` segments; anything that cannot be resumed safely is rejected. */
export function readSession(raw: string | null, segments: number): Read<SavedSession> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r as Read<SavedSession> | null;
  const { settings, state, savedAt } = r.value;
  if (!validSettings(settings)) return bad('its settings are missing or out of range');
  if (!validState(state, segments)) return bad('its timer state is not one this page can resume');
  if (!isTime(savedAt)) return bad('it has no valid save time');
  return ok({ settings, state, savedAt });
}

export function writeSession(s: SavedSession): string {
  return JSON.stringify({ v: STORAGE_VERSION, ...s });
}

function validRecord(v: unknown): v is WorkoutRecord {
  return (
    isObj(v) &&
    typeof v['id'] === 'string' &&
    v['id'].length > 0 &&
    v['id'].length <= 100 &&
    typeof v['routineId'] === 'string' &&
    typeof v['routineTitle'] === 'string' &&
    isTime(v['startedAt']) &&
    isTime(v['finishedAt']) &&
    (v['finishedAt'] as number) >= (v['startedAt'] as number) &&
    isTime(v['activeMs']) &&
    isInt(v['steps'], 0, 10_000) &&
    isInt(v['rounds'], 0, 100) &&
    typeof v['completed'] === 'boolean'
  );
}

export function readWorkout(raw: string | null): Read<WorkoutRecord> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r as Read<WorkoutRecord> | null;
  const { v: _version, ...record } = r.value;
  if (!validRecord(record)) return bad('it is incomplete or malformed');
  return ok(record);
}

export function writeWorkout(record: WorkoutRecord): string {
  return JSON.stringify({ v: STORAGE_VERSION, ...record });
}

/**
 * Every saved workout from (key, value) pairs of storage, oldest first, and the keys that
 * could not be read (reported, never deleted).
 */
export function readWorkouts(entries: Iterable<[string, string | null]>): { workouts: WorkoutRecord[]; unreadable: string[] } {
  const workouts: WorkoutRecord[] = [];
  const unreadable: string[] = [];
  for (const [key, raw] of entries) {
    if (!key.startsWith(KEYS.workoutPrefix)) continue;
    const r = readWorkout(raw);
    if (r?.value) workouts.push(r.value);
    else unreadable.push(key);
  }
  workouts.sort((a, b) => a.finishedAt - b.finishedAt);
  return { workouts, unreadable };
}
