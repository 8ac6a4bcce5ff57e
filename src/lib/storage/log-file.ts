/**
 * Moving the workout log between devices: a JSON export file, and reading one back.
 * An import is all or nothing: a malformed, truncated or newer-version file is rejected
 * with a sentence saying why, and so is one this browser has no room for; either way the
 * log on this device is left as it was. Pure: storage comes in as a Store.
 *
 * File version 2 also carries the plan's keys (`plan`, `progress`, `checkIns`: the stored
 * records as they are, checked on import by the plan's own readers in ./log-file-plan.ts, which
 * only /log/ loads, so the routine page's "Download this workout" never ships zod). Version 1
 * files (workouts only) still import.
 */
import { KEYS } from './keys';
import { bad, ok, type Read } from './read';
import { recordProblem } from './log';
import type { Store } from './store';
import { writeWorkout, type WorkoutRecord } from './workout';

export const FILE_FORMAT = 'corestride-workout-log';
export const FILE_VERSION = 2;
/** Every file version this site imports: 1 had the workouts only. */
export const FILE_VERSIONS_READ: readonly number[] = [1, 2];

/** The plan's part of a file: stored records as they are (see ./log-file-plan.ts). */
export interface PlanFilePart {
  /** `corestride:plan`, or null for none. */
  plan: unknown;
  /** `corestride:progress:<routine>`, by routine id. */
  progress: Record<string, unknown>;
  /** `corestride:check-in:<workout id>`, each naming its workout. */
  checkIns: unknown[];
}

const NO_PLAN: PlanFilePart = { plan: null, progress: {}, checkIns: [] };
/** Far more than a lifetime of daily workouts; anything bigger is not one of our files. */
export const MAX_IMPORT_BYTES = 5_000_000;

export function exportLog(workouts: readonly WorkoutRecord[], now: number, plan: PlanFilePart = NO_PLAN): string {
  return JSON.stringify({ format: FILE_FORMAT, v: FILE_VERSION, exportedAt: new Date(now).toISOString(), workouts, ...plan }, null, 2);
}

export function exportFileName(now: number): string {
  return `corestride-log-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** The workouts in an export file, or why the file cannot be used. */
export function parseLogFile(text: string): Read<WorkoutRecord[]> {
  const r = parseLogFileData(text);
  return r.problem === null ? ok(r.value.workouts) : r;
}

/** An export file's workouts (checked) and the rest of its data (the plan's part, checked by ./log-file-plan.ts), or why it cannot be used. */
export function parseLogFileData(text: string): Read<{ workouts: WorkoutRecord[]; data: Record<string, unknown>; v: number }> {
  if (text.length > MAX_IMPORT_BYTES) return bad('This file is too large to be a CoreStride workout log.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return bad('This file is not a complete CoreStride workout log: it may be cut short or damaged.');
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FILE_FORMAT) {
    return bad('This file is not a CoreStride workout log.');
  }
  const { v, workouts } = data as { v?: unknown; workouts?: unknown };
  if (typeof v === 'number' && v > Math.max(...FILE_VERSIONS_READ)) {
    return bad(`This log was saved by a newer version of CoreStride (file version ${v}). Reload the page to update, then try again.`);
  }
  if (typeof v !== 'number' || !FILE_VERSIONS_READ.includes(v)) return bad('This workout log has a version this site does not know.');
  if (!Array.isArray(workouts)) return bad('This workout log has no list of workouts.');
  for (const [i, w] of workouts.entries()) {
    const problem = recordProblem(w);
    if (problem) return bad(`Workout ${i + 1} in this file cannot be used: ${problem}.`);
  }
  return ok({ workouts: workouts as WorkoutRecord[], data: data as Record<string, unknown>, v });
}

/** The incoming workouts this device does not have yet (same id = same workout). */
export function newWorkouts(existing: readonly WorkoutRecord[], incoming: readonly WorkoutRecord[]): WorkoutRecord[] {
  const seen = new Set(existing.map((w) => w.id));
  const added: WorkoutRecord[] = [];
  for (const w of incoming) {
    if (seen.has(w.id)) continue;
    seen.add(w.id);
    added.push(w);
  }
  return added;
}

/**
 * Writes the workouts of an import that this device does not have yet, all or nothing. No
 * browser API says how much room localStorage has left, so the only way to know is to write:
 * when the browser refuses one (storage full), every key written before it is put back as it
 * was, and the reason comes back. Returns how many were added and how many were there already.
 */
export function importWorkouts(
  store: Pick<Store, 'get' | 'set'>,
  existing: readonly WorkoutRecord[],
  incoming: readonly WorkoutRecord[],
): Read<{ added: number; skipped: number }> {
  const adding = newWorkouts(existing, incoming);
  const took = writeAll(
    store,
    adding.map((w) => [KEYS.workout(w.id), writeWorkout(w)]),
  );
  if (took !== null) {
    return bad(
      `This browser’s storage is full: it took ${took} of the ${adding.length} new workouts and refused the next, so they were taken out again and your log is as it was.`,
    );
  }
  return ok({ added: adding.length, skipped: incoming.length - adding.length });
}

/**
 * Writes every (key, value), all or nothing: when the browser refuses one (storage full),
 * every key written before it is put back as it was. Null when all were written, else how many
 * had been written before the refusal (all taken out again).
 */
export function writeAll(store: Pick<Store, 'get' | 'set'>, writes: readonly (readonly [string, string])[]): number | null {
  /** Each key written, and what it held before (null: nothing). */
  const written: [string, string | null][] = [];
  for (const [key, value] of writes) {
    const before = store.get(key);
    if (!store.set(key, value)) {
      for (const [k, was] of written.reverse()) {
        store.set(k, null);
        if (was !== null) store.set(k, was);
      }
      return written.length;
    }
    written.push([key, before]);
  }
  return null;
}
