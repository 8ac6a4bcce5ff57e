/**
 * "My routines": custom routines saved in this browser. Pure: the page hands in storage
 * entries and writes back what these functions return.
 *
 * One localStorage key per routine, `corestride:my-routine:<hash of the lower-cased title>`,
 * so saving a routine under a title it already has replaces it, and saving one never reads,
 * rewrites or risks the others. The value is `{ v: 1, link: "r=1.…", savedAt }`: the routine
 * in its share-link form, so a saved routine passes the very checks a shared one does.
 * Anything unreadable is returned with its key and what is wrong with it, for the page to report
 * and set aside (src/lib/saved.ts), never silently removed.
 */
import { STORAGE_VERSION, type Read, versioned } from '../saved';
import { decodeRoutine, encodeRoutine, hash } from './codec';
import type { CustomRoutine } from './custom';

export const MY_ROUTINE_PREFIX = 'corestride:my-routine:';

export interface SavedRoutine {
  key: string;
  routine: CustomRoutine;
  /** When it was last saved, in ms since the epoch. */
  savedAt: number;
}

export const myRoutineKey = (title: string) => `${MY_ROUTINE_PREFIX}${hash(title.toLowerCase())}`;

export function writeMyRoutine(routine: CustomRoutine, savedAt: number): { key: string; value: string } {
  return { key: myRoutineKey(routine.title), value: JSON.stringify({ v: STORAGE_VERSION, link: encodeRoutine(routine), savedAt }) };
}

export function readMyRoutine(raw: string | null, known: ReadonlySet<string>): Read<Omit<SavedRoutine, 'key'>> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r;
  const { link, savedAt } = r.value;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0) return { value: null, problem: 'it has no valid save time' };
  if (typeof link !== 'string') return { value: null, problem: 'it holds no routine' };
  const decoded = decodeRoutine(link, known);
  if ('problem' in decoded) return { value: null, problem: `its routine ${decoded.problem}` };
  return { value: { routine: decoded.value, savedAt }, problem: null };
}

/** Every saved routine among (key, value) pairs of storage, newest first, and the ones that could not be read. */
export function readMyRoutines(
  entries: Iterable<[string, string | null]>,
  known: ReadonlySet<string>,
): { routines: SavedRoutine[]; unreadable: { key: string; problem: string }[] } {
  const routines: SavedRoutine[] = [];
  const unreadable: { key: string; problem: string }[] = [];
  for (const [key, raw] of entries) {
    if (!key.startsWith(MY_ROUTINE_PREFIX)) continue;
    const r = readMyRoutine(raw, known);
    if (r?.value) routines.push({ key, ...r.value });
    else if (r?.problem) unreadable.push({ key, problem: r.problem });
  }
  routines.sort((a, b) => b.savedAt - a.savedAt);
  return { routines, unreadable };
}
