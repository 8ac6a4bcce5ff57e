/**
 * "Try it now": one exercise run on its own, at its guide's dose, from its guide page. A try
 * is a workout like any other (logged by the same half-way rule) under a routine id of its
 * own, `try-<exercise id>`, so the log and the plan can tell it from a session: it counts as
 * one exercise done, never as a core or strength session. The one place the id is made and
 * read. Pure, no imports: the log and the plan can take it at no cost.
 */

/** Every try's routine id starts with this; no site routine's id does (tested). */
export const TRY_ROUTINE_PREFIX = 'try-';

/** The routine id a try of `exerciseId` runs, saves its timings and is logged under. */
export const tryRoutineId = (exerciseId: string): string => `${TRY_ROUTINE_PREFIX}${exerciseId}`;

/** The exercise a routine id tries, or null when the id is not a try's. */
export function triedExercise(routineId: string): string | null {
  return routineId.startsWith(TRY_ROUTINE_PREFIX) && routineId.length > TRY_ROUTINE_PREFIX.length ? routineId.slice(TRY_ROUTINE_PREFIX.length) : null;
}

/** True for a try's routine id: one exercise, not a session. */
export const isTry = (routineId: string): boolean => triedExercise(routineId) !== null;

/** The builder's fragment that opens a try: `/routines/build/#try=glute-bridge`. */
const FRAGMENT = 'try=';

/** Where a guide's "Try it now" goes: the builder's preview of that one exercise. */
export const tryHref = (exerciseId: string): string => `/routines/build/#${FRAGMENT}${exerciseId}`;

/** The exercise id a fragment (with or without its `#`) asks to try, unchecked; null when it is not a try. */
export function tryFragment(fragment: string): string | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(FRAGMENT)) return null;
  const id = text.slice(FRAGMENT.length);
  try {
    return decodeURIComponent(id);
  } catch {
    return id; // a stray "%": checked against the library like any other id, and refused there
  }
}
