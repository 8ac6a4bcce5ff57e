/**
 * "My routines": routines saved from the builder, one key per title
 * (`corestride:my-routine:"<title>"`, see ./keys.ts), so saving under a title a routine already
 * has replaces it, two different titles never share a key, and saving one never reads, rewrites
 * or risks the others. The value is `{ v, link: "r=1.…", savedAt, kind }`: the routine in its
 * share-link form, so a saved routine passes the very checks a shared one does, and the kind the
 * runner chose when saving it (core, strength or mobility: how the log counts its workouts; not
 * in the share link, which carries the routine only). A routine saved before the choice existed
 * has no `kind` and reads as core.
 */
import { ROUTINE_KINDS, type RoutineKind } from '../content/vocabulary';
import { decodeRoutine, encodeRoutine } from '../share/codec';
import type { CustomRoutine } from '../share/custom';
import { KEYS, MY_ROUTINE_PREFIX } from './keys';
import { bad, isTime, ok, stamp, versioned, type Read } from './read';
import { setAside, type Store } from './store';

export interface MyRoutine {
  routine: CustomRoutine;
  /** When it was last saved, in ms since the epoch. */
  savedAt: number;
  /** How the log counts its workouts: the runner's choice when saving (core when none was made). */
  kind: RoutineKind;
}

/** A saved routine's kind when it has none stored (saved before the choice existed). */
export const MY_ROUTINE_DEFAULT_KIND: RoutineKind = 'core';

/** A saved routine and the key it is stored under. */
export interface SavedRoutine extends MyRoutine {
  key: string;
}

/** The key and value that save `routine` (replacing any routine of the same title). */
export function writeMyRoutine(routine: CustomRoutine, savedAt: number, kind: RoutineKind = MY_ROUTINE_DEFAULT_KIND): { key: string; value: string } {
  return { key: KEYS.myRoutine(routine.title), value: stamp({ link: encodeRoutine(routine), savedAt, kind }) };
}

/**
 * Saves `routine` to My routines under its title's key. Another title never shares that key
 * (./keys.ts), so the only routine it can replace is one of the same title as the runner reads
 * it (any case, any Unicode form): that one's value and title come back, for the page to say
 * so and offer Undo. Refused, with the reason, when the browser will not store it (storage
 * full or turned off), or when the key holds a value that cannot be read: that one is kept as
 * it is, never saved over.
 */
export function saveMyRoutine(
  store: Pick<Store, 'get' | 'set'>,
  routine: CustomRoutine,
  savedAt: number,
  known: ReadonlySet<string>,
  kind: RoutineKind = MY_ROUTINE_DEFAULT_KIND,
): Read<{ key: string; replaced: { value: string; title: string } | null }> {
  const { key, value } = writeMyRoutine(routine, savedAt, kind);
  const before = store.get(key);
  const old = readMyRoutine(before, known);
  if (old?.problem) return bad('a saved routine of this title could not be read, and is kept as it is rather than saved over');
  if (!store.set(key, value)) return bad('this browser’s storage is full or turned off');
  return ok({ key, replaced: old?.value && before !== null ? { value: before, title: old.value.routine.title } : null });
}

/** Reads a saved routine; only exercises in `known` (the site's exercise ids) are accepted. */
export function readMyRoutine(raw: string | null, known: ReadonlySet<string>): Read<MyRoutine> | null {
  const r = versioned(raw);
  if (r === null || r.problem !== null) return r;
  const { link, savedAt, kind = MY_ROUTINE_DEFAULT_KIND } = r.value;
  if (!isTime(savedAt)) return bad('it has no valid save time');
  if (!ROUTINE_KINDS.includes(kind as RoutineKind)) return bad('its kind is not core, strength or mobility');
  if (typeof link !== 'string') return bad('it holds no routine');
  const decoded = decodeRoutine(link, known);
  if ('problem' in decoded) return bad(`its routine ${decoded.problem}`);
  return ok({ routine: decoded.value, savedAt, kind: kind as RoutineKind });
}

/**
 * Every saved routine among (key, value) pairs of storage, newest first, and the ones that
 * could not be read, with what is wrong (for the page to report and set aside). A routine still
 * under an old key is listed too, unless one of the same title is under its own key.
 */
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
  const home = new Set(routines.filter((r) => r.key === KEYS.myRoutine(r.routine.title)).map((r) => r.key));
  routines.sort((a, b) => b.savedAt - a.savedAt);
  return { routines: routines.filter((r) => r.key === KEYS.myRoutine(r.routine.title) || !home.has(KEYS.myRoutine(r.routine.title))), unreadable };
}

/**
 * Moves every readable saved routine that is not under its title's key (the hashed keys of
 * the release before, `corestride:my-routine:<32-bit hash>`) to that key. When a routine of
 * the same title is there already, the newer stays and the older is set aside, never deleted.
 * A move that cannot be written (storage full) leaves the routine where it was, still listed.
 * Unreadable values are left for the page to report and set aside. Returns the keys moved
 * (old → new).
 */
export function migrateMyRoutines(store: Store, known: ReadonlySet<string>): [string, string][] {
  const moved: [string, string][] = [];
  for (const [key, raw] of store.entries()) {
    if (!key.startsWith(MY_ROUTINE_PREFIX) || raw === null) continue;
    const mine = readMyRoutine(raw, known)?.value;
    const home = mine && KEYS.myRoutine(mine.routine.title);
    if (!mine || !home || home === key) continue;
    const there = store.get(home);
    if (there !== null && there !== raw) {
      const theirs = readMyRoutine(there, known)?.value;
      // The older of the two goes aside; the newer takes (or keeps) the title's key.
      if (theirs && theirs.savedAt >= mine.savedAt) {
        setAside(store, key);
        continue;
      }
      if (!setAside(store, home)) continue;
    }
    if (there === raw || store.set(home, raw)) {
      store.set(key, null);
      moved.push([key, home]);
    }
  }
  return moved;
}
