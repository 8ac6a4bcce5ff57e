/**
 * Reading a stored value without ever throwing: the one result shape, the version every
 * value carries, and the small checks the readers in ./table.ts are made of. A malformed
 * value comes back as `{ value: null, problem }`, the problem a phrase that fits in
 * "could not be read (…)"; nothing stored comes back as `null`.
 *
 * Hand-written checks rather than zod: the timer's readers ship on every routine page, whose
 * budget is 15 KB of JavaScript in all, and zod's smallest build (zod/mini) alone is 5.5 KB.
 */

/** The version every stored value carries as `v`; a value with another is refused, never guessed at. */
export const STORAGE_VERSION = 1;

export type Read<T> = { value: T; problem: null } | { value: null; problem: string };

export const ok = <T>(value: T): Read<T> => ({ value, problem: null });
export const bad = <T>(problem: string): Read<T> => ({ value: null, problem });

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A time or duration in ms: finite, not negative, and inside the range a Date can hold. */
export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e15;

/** Parses a stored value and checks its version; `null` when nothing is stored. */
export function versioned(raw: string | null): Read<Record<string, unknown>> | null {
  if (raw === null) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return bad('it is not valid JSON');
  }
  if (!isObj(v)) return bad('it is not an object');
  if (v['v'] !== STORAGE_VERSION) return bad(v['v'] === undefined ? 'it has no version number' : `it has version ${JSON.stringify(v['v']).slice(0, 20)}, and this site reads version ${STORAGE_VERSION}`);
  return ok(v);
}

/** A value as stored: its fields and the current version, as JSON. */
export const stamp: (value: object) => string = (value) => JSON.stringify({ v: STORAGE_VERSION, ...value });
