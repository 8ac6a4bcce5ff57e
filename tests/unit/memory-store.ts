/** localStorage as a Map, for tests of the storage code (src/lib/storage/store.ts's Store). */
import type { Store } from '../../src/lib/storage/store';

/** Whether the browser would refuse to write `value` under `key` now (a full storage); removals always work. */
export type Refusal = (data: ReadonlyMap<string, string>, key: string, value: string) => boolean;

/** Every write refused, as a full or turned-off storage does. */
export const FULL: Refusal = () => true;
/** Room for `keys` keys in all: a new key past them is refused, an existing one may be rewritten. */
export const roomForKeys =
  (keys: number): Refusal =>
  (data, key) =>
    !data.has(key) && data.size >= keys;
/** Room for `chars` characters of keys and values in all, as browsers count a storage's size. */
export const roomForChars =
  (chars: number): Refusal =>
  (data, key, value) => {
    const used = [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
    return used - (data.has(key) ? key.length + data.get(key)!.length : 0) + key.length + value.length > chars;
  };

export function memoryStore(init: Record<string, string> = {}, refuses: Refusal = () => false): Store & { data: Map<string, string> } {
  const data = new Map(Object.entries(init));
  return {
    data,
    get: (key) => data.get(key) ?? null,
    entries: () => [...data],
    set: (key, value) => {
      if (value === null) return data.delete(key), true;
      if (refuses(data, key, value)) return false;
      data.set(key, value);
      return true;
    },
  };
}
