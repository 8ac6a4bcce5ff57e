/**
 * What the timer stores: sound and voice preferences, adjusted timings per routine, and a
 * workout in progress (the record of a finished one is in ./workout.ts). Each reader checks the
 * version and every field and says what is wrong instead of throwing; each writer stamps the
 * version.
 *
 * The storage module is split by the page that reads it, not for tidiness: a bundler places
 * a whole module in a chunk, so a module the routine page loads must hold nothing the log or
 * the builder alone needs. ./table.ts lists every key with its reader and writer in one place.
 */
import { ADJUSTMENT_RANGE, GET_READY_RANGE, inRange, ROUNDS_RANGE } from '../routine/limits';
import type { EngineState, Status } from '../timer/engine';
import type { PlanSettings } from '../timer/plan';
import { bad, isObj, isTime, ok, stamp, versioned, type Read } from './read';

// ---- corestride:prefs ----------------------------------------------------------------

/** The timer's cues: on or off. */
export interface TimerPrefs {
  sound: boolean;
  voice: boolean;
  vibrate: boolean;
}
/** Voice is on for a runner who never chose: from the floor, words carry further than beeps. A stored choice is kept. */
export const DEFAULT_PREFS: TimerPrefs = { sound: true, voice: true, vibrate: true };

export function readPrefs(raw: string | null): Read<TimerPrefs> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r;
  const { sound, voice, vibrate } = r.value;
  if (typeof sound !== 'boolean' || typeof voice !== 'boolean' || typeof vibrate !== 'boolean') return bad('a toggle is not true or false');
  return ok({ sound, voice, vibrate });
}

export const writePrefs: (prefs: TimerPrefs) => string = stamp;

// ---- corestride:settings:<routine> ---------------------------------------------------

export function validSettings(v: unknown): v is PlanSettings {
  return (
    isObj(v) &&
    inRange(v['rounds'], ROUNDS_RANGE) &&
    inRange(v['getReadySeconds'], GET_READY_RANGE) &&
    inRange(v['workDeltaSeconds'], ADJUSTMENT_RANGE) &&
    inRange(v['restDeltaSeconds'], ADJUSTMENT_RANGE)
  );
}

export function readSettings(raw: string | null): Read<PlanSettings> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r;
  const s = r.value['settings'];
  if (!validSettings(s)) return bad('a setting is missing or out of range');
  return ok({ rounds: s.rounds, getReadySeconds: s.getReadySeconds, workDeltaSeconds: s.workDeltaSeconds, restDeltaSeconds: s.restDeltaSeconds });
}

export const writeSettings = (settings: PlanSettings): string => stamp({ settings });

// ---- corestride:session:<routine> ----------------------------------------------------

/** A workout in progress, kept so a reload can offer to carry on. */
/** A saved workout older than this is not offered for resuming (the routine page and the Today card). */
export const RESUME_WITHIN_MS = 3 * 60 * 60 * 1000;

export interface SavedSession {
  settings: PlanSettings;
  state: EngineState;
  /** When the session was last saved (ms since epoch). */
  savedAt: number;
}

const STATUSES: Status[] = ['idle', 'running', 'paused', 'finished'];

function validState(v: unknown, segments: number): v is EngineState {
  if (!isObj(v)) return false;
  const nullableTime = (x: unknown) => x === null || isTime(x);
  return (
    STATUSES.includes(v['status'] as Status) &&
    inRange(v['index'], { min: 0, max: segments }) &&
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
  if (r === null || r.problem !== null) return r;
  const { settings, state, savedAt } = r.value;
  if (!validSettings(settings)) return bad('its settings are missing or out of range');
  if (!validState(state, segments(settings))) return bad('its timer state is not one this page can resume');
  if (!isTime(savedAt)) return bad('it has no valid save time');
  return ok({ settings, state, savedAt });
}

export const writeSession: (session: SavedSession) => string = stamp;
