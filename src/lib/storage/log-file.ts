/**
 * Moving the workout log between devices: a JSON export file, and reading one back.
 * An import is all or nothing: a malformed, truncated or newer-version file is rejected
 * with a sentence saying why, and the log on this device is not touched. Pure.
 */
import { bad, ok, type Read } from './read';
import { validRecord } from './log';
import type { WorkoutRecord } from './workout';

export const FILE_FORMAT = 'corestride-workout-log';
export const FILE_VERSION = 1;
/** Far more than a lifetime of daily workouts; anything bigger is not one of our files. */
export const MAX_IMPORT_BYTES = 5_000_000;

export function exportLog(workouts: readonly WorkoutRecord[], now: number): string {
  return JSON.stringify({ format: FILE_FORMAT, v: FILE_VERSION, exportedAt: new Date(now).toISOString(), workouts }, null, 2);
}

export function exportFileName(now: number): string {
  return `corestride-log-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** The workouts in an export file, or why the file cannot be used. */
export function parseLogFile(text: string): Read<WorkoutRecord[]> {
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
  if (typeof v === 'number' && v > FILE_VERSION) {
    return bad(`This log was saved by a newer version of CoreStride (file version ${v}). Reload the page to update, then try again.`);
  }
  if (v !== FILE_VERSION) return bad('This workout log has a version this site does not know.');
  if (!Array.isArray(workouts)) return bad('This workout log has no list of workouts.');
  const broken = workouts.findIndex((w) => !validRecord(w));
  if (broken >= 0) return bad(`Workout ${broken + 1} in this file is incomplete or damaged, so nothing was imported.`);
  return ok(workouts as WorkoutRecord[]);
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
