/**
 * Reading the workouts the timer saved (one storage key each) back, checked. Kept apart from
 * src/lib/saved.ts so the timer island, which only writes records, does not ship this.
 */
import { isInt, isObj, isTime, KEYS, versioned, type Read, type WorkoutRecord } from '../saved';

const bad = <T>(problem: string): Read<T> => ({ value: null, problem });

export function validRecord(v: unknown): v is WorkoutRecord {
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
  return { value: record, problem: null };
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
