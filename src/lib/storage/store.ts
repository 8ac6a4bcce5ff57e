/**
 * Reading and writing through a store (localStorage in the islands' thin adapter,
 * src/islands/browser-storage.ts; a Map in tests) so that nothing unreadable is ever lost:
 * it is moved to `corestride:set-aside:<key>` and reported, and a failed write says so.
 */
import { KEYS } from './keys';
import type { Read } from './read';

/** What the storage functions need of a store. */
export interface Store {
  get(key: string): string | null;
  /** Stores a value (removes it, for null); false when the browser refused (storage full or blocked). */
  set(key: string, value: string | null): boolean;
  /** Every stored key with its value. */
  entries(): [string, string | null][];
}

/**
 * Moves the value of `key` to `KEYS.setAside(key)` and clears `key`, so the next load starts
 * clean and nothing is lost. A different value set aside earlier for the same key is kept: the
 * newer one goes beside it, under `…#2`, `…#3`. If the copy cannot be written (storage full),
 * the value stays where it was. False when nothing was moved.
 */
export function setAside(store: Pick<Store, 'get' | 'set'>, key: string): boolean {
  const raw = store.get(key);
  if (raw === null) return false;
  let copy = 1;
  for (let held; (held = store.get(KEYS.setAside(key, copy))) !== null && held !== raw; ) copy++;
  return store.set(KEYS.setAside(key, copy), raw) && store.set(key, null);
}

/**
 * A read through readKey. For a value it could not read, `aside` says what became of it: true,
 * moved to `corestride:set-aside:<key>`; false, left where it was (storage too full, or the
 * value too big, for a copy), so the page must say so, and must not save over it.
 */
export type Kept<T> = Read<T> & { aside?: boolean };

/** Reads `key` with `read`; a value it cannot read is set aside if it can be, and its problem returned for the page to report. */
export function readKey<T>(store: Pick<Store, 'get' | 'set'>, key: string, read: (raw: string | null) => Read<T> | null): Kept<T> | null {
  const r = read(store.get(key));
  return r?.problem ? { ...r, aside: setAside(store, key) } : r;
}
