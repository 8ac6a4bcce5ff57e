/**
 * What every part of the site keeps in the browser has in common: the keys, the version,
 * and reading a value without ever throwing (a malformed value comes back as `null` with a
 * sentence saying what was wrong). Also the workout record, which the timer writes and the
 * log reads. Kept apart from the timer's own settings so the log page does not pull in the
 * timer, and the timer does not pull in the log.
 *
 * Keys (localStorage):
 * - `corestride:prefs`              TimerPrefs: sound, voice, vibration toggles
 * - `corestride:settings:<routine>` PlanSettings for one routine
 * - `corestride:session:<routine>`  SavedSession: a workout in progress, as timestamps
 * - `corestride:workout:<id>`       WorkoutRecord: one finished workout, for the workout log.
 *                                   One key per workout, so saving one never has to read,
 *                                   rewrite or risk the others.
 * - `corestride:my-routine:<hash>`   a routine built at /routines/build/ (src/lib/share/saved.ts)
 * - `corestride:weekly-plan`        WeeklyPlan for the workout log
 * - `corestride:set-aside:<key>`    anything unreadable, moved aside rather than deleted (setAside)
 */

export const STORAGE_VERSION = 1;
export const KEYS = {
  prefs: 'corestride:prefs',
  settings: (routine: string) => `corestride:settings:${routine}`,
  session: (routine: string) => `corestride:session:${routine}`,
  workout: (id: string) => `corestride:workout:${id}`,
  workoutPrefix: 'corestride:workout:',
  weeklyPlan: 'corestride:weekly-plan',
  /** Where unreadable saved data is moved, so nothing is silently lost. */
  setAside: (key: string) => `corestride:set-aside:${key}`,
} as const;

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

export const ok = <T>(value: T): Read<T> => ({ value, problem: null });
export const bad = <T>(problem: string): Read<T> => ({ value: null, problem });
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isInt = (v: unknown, lo: number, hi: number): v is number => Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;
export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e15;

function parseJson(raw: string | null): Read<unknown> | null {
  if (raw === null) return null;
  try {
    return ok(JSON.parse(raw) as unknown);
  } catch {
    return bad('it is not valid JSON');
  }
}

/** Parses a stored value and checks its version; `null` when nothing is stored. */
export function versioned(raw: string | null): Read<Record<string, unknown>> | null {
  const parsed = parseJson(raw);
  if (parsed === null) return null;
  if (parsed.problem !== null) return parsed;
  const v = parsed.value;
  if (!isObj(v)) return bad('it is not an object');
  if (v['v'] !== STORAGE_VERSION) return bad(`it has version ${JSON.stringify(v['v'])}, and this site reads version ${STORAGE_VERSION}`);
  return ok(v);
}

export function writeWorkout(record: WorkoutRecord): string {
  return JSON.stringify({ v: STORAGE_VERSION, ...record });
}

/** The part of storage that setting aside needs: src/islands/browser-storage.ts, or a Map in tests. */
export interface Store {
  get(key: string): string | null;
  /** Stores a value (removes it, for null); false when the browser refused. */
  set(key: string, value: string | null): boolean;
}

/**
 * Moves the value of `key` to `KEYS.setAside(key)` and clears `key`, so the next load starts
 * clean and nothing is lost. A different value set aside earlier for the same key is kept: the
 * newer one goes beside it, under `…#2`, `…#3`. If the copy cannot be written (storage full),
 * the value stays where it was. False when nothing was moved.
 */
export function setAside(store: Store, key: string): boolean {
  const raw = store.get(key);
  if (raw === null) return false;
  const base = KEYS.setAside(key);
  let to = base;
  for (let n = 2, held; (held = store.get(to)) !== null && held !== raw; n++) to = `${base}#${n}`;
  return store.set(to, raw) && store.set(key, null);
}

/** Reads `key` with `read`; a value it cannot read is set aside, and its problem returned for the page to report. */
export function readKey<T>(store: Store, key: string, read: (raw: string | null) => Read<T> | null): Read<T> | null {
  const r = read(store.get(key));
  if (r?.problem) setAside(store, key);
  return r;
}
