/**
 * Every limit on a routine's numbers, written once: the content schema (./schema.ts), the
 * plan compiler, share links, the builder, saved timings and the number fields all take them
 * from here. Apart from the model's words (./model.ts) because the routine page's timer ships
 * this file and not those.
 *
 * Where two places once disagreed, the wider limit was kept, so every routine a runner has
 * already saved or shared still loads; content and the compiler now agree, so the compiler
 * never silently changes a number the schema accepted.
 */

/** An inclusive range of whole numbers. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Seconds of countdown before the first step. */
export const GET_READY_RANGE: Range = { min: 0, max: 60 };
/** Seconds of timed work, or of one hold (the compiler keeps adjusted work inside it too). */
export const WORK_RANGE: Range = { min: 5, max: 600 };
/** Reps in a set. */
export const REPS_RANGE: Range = { min: 1, max: 100 };
/** Holds in a `hold-reps` step (per side for each-side exercises). */
export const HOLDS_RANGE: Range = { min: 1, max: 100 };
/** Sets in a `time` or `reps` step. */
export const SETS_RANGE: Range = { min: 1, max: 10 };
/** Seconds of any rest: after a step, between sets, holds or rounds (adjusted rests included). */
export const REST_RANGE: Range = { min: 0, max: 600 };
/** Seconds to change from the left side to the right. */
export const SWITCH_SIDES_RANGE: Range = { min: 0, max: 60 };
/** Times through the whole routine. */
export const ROUNDS_RANGE: Range = { min: 1, max: 10 };
/** Seconds a runner may add to (or, negative, take from) every work or every rest period. */
export const ADJUSTMENT_RANGE: Range = { min: -600, max: 600 };
/** Characters in a routine's title; which characters it may hold is the title rule, titleProblem in ./model.ts. */
export const TITLE_RANGE: Range = { min: 1, max: 80 };
/** Steps in a routine. */
export const STEPS_RANGE: Range = { min: 1, max: 30 };

/** Get-ready countdown when a routine does not say. */
export const DEFAULT_GET_READY_SECONDS = 5;
/** Seconds to switch sides when a routine does not say; the builder always uses it. */
export const DEFAULT_SWITCH_SIDES_SECONDS = 5;

/** True for a whole number inside `range`. */
export const inRange = (n: unknown, range: Range): n is number => Number.isInteger(n) && (n as number) >= range.min && (n as number) <= range.max;

/** `n` rounded and brought inside `range`. */
export const clampTo = (n: number, range: Range): number => Math.min(range.max, Math.max(range.min, Math.round(n)));
