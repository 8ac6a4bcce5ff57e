/**
 * The plan's keys in the log file and back: the plan settings (`corestride:plan`), each
 * routine's progress (`corestride:progress:<routine>`) and each workout's check-in
 * (`corestride:check-in:<workout id>`). Read from storage, written into the export, and checked
 * on import by the very readers that read them from storage (./plan.ts), so whatever an import
 * accepts reads back. An import is all or nothing (./log-file.ts, writeAll). Only /log/ loads
 * this module, so zod/mini never reaches the routine page. Pure: storage comes in as a Store.
 *
 * What an import keeps when this device has the same key already:
 * - a workout or a check-in: this device's (the same workout id is the same workout);
 * - a routine's progress: the one changed last (`updatedAt`);
 * - the plan: the one made or changed last (`madeAt`).
 * A value on this device that cannot be read is never written over (the file's is skipped).
 */
import type { CheckInRecord, PlanRecord, ProgressRecord } from '../plan/schema';
import { KEYS, PLAN_KEYS } from './keys';
import { ROUTINE_ID } from './log';
import { exportLog, parseLogFileData, writeAll, newWorkouts, type PlanFilePart } from './log-file';
import { readCheckIn, readPlan, readProgress, writeCheckIn, writePlan, writeProgress } from './plan';
import { bad, isObj, ok, type Read } from './read';
import type { Store } from './store';
import { writeWorkout, type WorkoutRecord } from './workout';

/** What the plan keeps, as read from storage or from a file. */
export interface PlanData {
  plan: PlanRecord | null;
  /** Each routine's progress, by routine id. */
  progress: Map<string, ProgressRecord>;
  /** Each workout's check-in, by workout id. */
  checkIns: Map<string, CheckInRecord>;
}

export const NO_PLAN_DATA: PlanData = { plan: null, progress: new Map(), checkIns: new Map() };

/** An unreadable key and what is wrong with it. */
export interface Unreadable {
  key: string;
  problem: string;
}

/**
 * The plan's keys among (key, value) pairs of storage, and those that could not be read (for
 * the page to report and set aside). A check-in under another workout's key, or progress under
 * a key that is not a routine id, is unreadable: it would be counted for the wrong workout.
 */
export function readPlanData(entries: Iterable<[string, string | null]>): { data: PlanData; unreadable: Unreadable[] } {
  const data: PlanData = { plan: null, progress: new Map(), checkIns: new Map() };
  const unreadable: Unreadable[] = [];
  for (const [key, raw] of entries) {
    if (key === PLAN_KEYS.plan) {
      const r = readPlan(raw);
      if (r?.value) data.plan = r.value;
      else if (r?.problem) unreadable.push({ key, problem: r.problem });
    } else if (key.startsWith(PLAN_KEYS.progressPrefix)) {
      const id = key.slice(PLAN_KEYS.progressPrefix.length);
      const r = readProgress(raw);
      if (r?.problem) unreadable.push({ key, problem: r.problem });
      else if (r?.value && !ROUTINE_ID.test(id)) unreadable.push({ key, problem: 'its key does not name a routine' });
      else if (r?.value) data.progress.set(id, r.value);
    } else if (key.startsWith(PLAN_KEYS.checkInPrefix)) {
      const r = readCheckIn(raw);
      if (r?.problem) unreadable.push({ key, problem: r.problem });
      else if (r?.value && key !== PLAN_KEYS.checkIn(r.value.workoutId)) unreadable.push({ key, problem: 'it names another workout than its key' });
      else if (r?.value) data.checkIns.set(r.value.workoutId, r.value);
    }
  }
  return { data, unreadable };
}

/** The plan's part of an export file: the records as stored. */
export function planFilePart(data: PlanData): PlanFilePart {
  return {
    plan: data.plan,
    progress: Object.fromEntries([...data.progress].sort(([a], [b]) => a.localeCompare(b))),
    checkIns: [...data.checkIns.values()].sort((a, b) => a.at - b.at),
  };
}

/** The whole log as a file: the workouts and the plan's keys. */
export const exportLogWithPlan = (workouts: readonly WorkoutRecord[], data: PlanData, now: number): string => exportLog(workouts, now, planFilePart(data));

/** A record from a file, checked by the reader that reads it from storage. */
function check<T>(value: unknown, read: (raw: string | null) => Read<T> | null): Read<T> {
  return read(JSON.stringify(value)) ?? bad('it is empty');
}

/**
 * The workouts and plan keys in an export file, or why the file cannot be used: the first
 * problem found, in words. A version 1 file has workouts only.
 */
export function parseWholeLogFile(text: string): Read<{ workouts: WorkoutRecord[]; plan: PlanData }> {
  const parsed = parseLogFileData(text);
  if (parsed.problem !== null) return parsed;
  const { workouts, data, v } = parsed.value;
  const plan: PlanData = { plan: null, progress: new Map(), checkIns: new Map() };
  if (v === 1) return ok({ workouts, plan });
  if (data['plan'] !== null && data['plan'] !== undefined) {
    const r = check(data['plan'], readPlan);
    if (r.problem !== null) return bad(`The plan in this file cannot be used: ${r.problem}.`);
    plan.plan = r.value;
  }
  const progress = data['progress'] ?? {};
  if (!isObj(progress)) return bad('The progress in this file is not laid out the way this site writes it.');
  for (const [id, value] of Object.entries(progress)) {
    if (id.length > 100 || !ROUTINE_ID.test(id)) return bad(`The progress in this file names a routine this site does not make (${JSON.stringify(id.slice(0, 40))}).`);
    const r = check(value, readProgress);
    if (r.problem !== null) return bad(`The progress for ${id} in this file cannot be used: ${r.problem}.`);
    plan.progress.set(id, r.value);
  }
  const checkIns = data['checkIns'] ?? [];
  if (!Array.isArray(checkIns)) return bad('The check-ins in this file are not a list.');
  for (const [i, value] of checkIns.entries()) {
    const r = check(value, readCheckIn);
    if (r.problem !== null) return bad(`Check-in ${i + 1} in this file cannot be used: ${r.problem}.`);
    plan.checkIns.set(r.value.workoutId, r.value);
  }
  return ok({ workouts, plan });
}

export interface ImportCounts {
  added: number;
  skipped: number;
  checkInsAdded: number;
  progressAdded: number;
  /** What became of the file's plan: none in it, added (none here), replaced an older one, or this device's newer one kept. */
  plan: 'none' | 'added' | 'replaced' | 'kept';
}

/**
 * Writes what an import file adds to this device, all or nothing (see the rules above). When the
 * browser refuses a write (storage full), everything written before it is taken out again and
 * the reason comes back, naming what was not saved.
 */
export function importLog(
  store: Pick<Store, 'get' | 'set'>,
  existing: readonly WorkoutRecord[],
  incoming: { workouts: readonly WorkoutRecord[]; plan: PlanData },
): Read<ImportCounts> {
  const writes: [string, string][] = [];
  const adding = newWorkouts(existing, incoming.workouts);
  for (const w of adding) writes.push([KEYS.workout(w.id), writeWorkout(w)]);

  let checkInsAdded = 0;
  for (const c of incoming.plan.checkIns.values()) {
    const key = PLAN_KEYS.checkIn(c.workoutId);
    if (store.get(key) !== null) continue;
    writes.push([key, writeCheckIn(c)]);
    checkInsAdded++;
  }

  let progressAdded = 0;
  for (const [id, p] of incoming.plan.progress) {
    const key = PLAN_KEYS.progress(id);
    const here = readProgress(store.get(key));
    if (here?.problem || (here?.value && here.value.updatedAt >= p.updatedAt)) continue;
    writes.push([key, writeProgress(p)]);
    progressAdded++;
  }

  let plan: ImportCounts['plan'] = 'none';
  if (incoming.plan.plan) {
    const here = readPlan(store.get(PLAN_KEYS.plan));
    if (here?.problem || (here?.value && here.value.madeAt >= incoming.plan.plan.madeAt)) plan = 'kept';
    else {
      plan = here?.value ? 'replaced' : 'added';
      writes.push([PLAN_KEYS.plan, writePlan(incoming.plan.plan)]);
    }
  }

  const took = writeAll(store, writes);
  if (took !== null) {
    const parts = [
      adding.length > 0 && `${adding.length} new ${adding.length === 1 ? 'workout' : 'workouts'}`,
      checkInsAdded > 0 && `${checkInsAdded} ${checkInsAdded === 1 ? 'check-in' : 'check-ins'}`,
      progressAdded > 0 && `the progress of ${progressAdded} ${progressAdded === 1 ? 'routine' : 'routines'}`,
      (plan === 'added' || plan === 'replaced') && 'your plan',
    ].filter(Boolean);
    // Workouts alone are named as before; with the plan's keys, what each of them was.
    const what = writes.length === adding.length ? 'new workouts' : `things to save (${parts.join(', ')})`;
    return bad(`This browser’s storage is full: it took ${took} of the ${writes.length} ${what} and refused the next, so they were taken out again and your log is as it was.`);
  }
  return ok({ added: adding.length, skipped: incoming.workouts.length - adding.length, checkInsAdded, progressAdded, plan });
}
