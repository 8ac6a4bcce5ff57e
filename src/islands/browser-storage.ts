import type { Read } from '../lib/storage/read';
import { readKey, setAside, type Kept, type Store } from '../lib/storage/store';

/**
 * localStorage for the islands, without the throwing: in a private window, with storage
 * blocked or full, reads come back empty and writes report failure, and the page carries on.
 */
export const store: Store & {
  read<T>(key: string, read: (raw: string | null) => Read<T> | null): Kept<T> | null;
  setAside(key: string): boolean;
} = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Stores a value (or removes it, for null); false when the browser refused. */
  set(key: string, value: string | null): boolean {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  /** Every stored key with its value. */
  entries(): [string, string | null][] {
    try {
      return Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]);
    } catch {
      return [];
    }
  },
  /** Reads `key` with `read`; a value it cannot read is set aside (src/lib/storage/store.ts). */
  read<T>(key: string, read: (raw: string | null) => Read<T> | null): Kept<T> | null {
    return readKey(store, key, read);
  },
  /** Moves an unreadable value to `corestride:set-aside:<key>` (src/lib/storage/store.ts). */
  setAside(key: string): boolean {
    return setAside(store, key);
  },
};
