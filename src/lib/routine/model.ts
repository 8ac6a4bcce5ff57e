/**
 * The routine model: what a routine step is, the words it is made of, and every limit on its
 * numbers. The content schema (src/lib/routine/schema.ts), the plan compiler, share links,
 * the builder, saved timings and the number fields all take their limits from here, so a
 * limit is written once. No zod here: the islands import this file, and it costs them nothing.
 *
 * Where two places once disagreed, the wider limit was kept, so every routine a runner has
 * already saved or shared still loads; content and the compiler now agree, so the compiler
 * never silently changes a number the schema accepted.
 */

/**
 * How an exercise treats the body's two sides: together, or left then right with a switch between.
 * Share links carry a step's sides and mode as their index in these lists: add values at the end.
 */
export const SIDES = ['both-at-once', 'each-side'] as const;
export type Sides = (typeof SIDES)[number];

/**
 * A routine step's `sides` as authors write it in routine frontmatter (`sides: each`), and
 * what it means. The one place the short spelling is turned into `Sides`.
 */
export const STEP_SIDES_IN_CONTENT = { both: 'both-at-once', each: 'each-side' } as const satisfies Record<string, Sides>;

/** `time`: work for `seconds`; `reps`: do `reps` and tap Done; `hold-reps`: `reps` holds of `holdSeconds`. */
export const STEP_MODES = ['time', 'reps', 'hold-reps'] as const;
export type StepMode = (typeof STEP_MODES)[number];

/** An exercise's usual dose on its own page: sets of reps, timed holds, or continuous timed work. */
export const DOSE_KINDS = ['reps', 'hold', 'timed'] as const;
export type DoseKind = (typeof DOSE_KINDS)[number];

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
/** Characters in a routine's title; which characters it may hold is the title rule in ./title.ts. */
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

interface StepCommon {
  /** The exercise, by id (its slug). */
  exercise: string;
  /** `each-side` runs the left side, a switch, then the right. */
  sides: Sides;
  /** Seconds of rest after this step; the last step is followed by the rest between rounds instead. */
  restAfter: number;
  /** `time` and `reps` modes: how many sets (one when absent). */
  sets?: number;
  /** Seconds of rest between sets. */
  setRest?: number;
  /** `hold-reps` mode: seconds of rest between holds. */
  holdRest?: number;
  /** A word on this step in this routine: a range, an easier option. */
  note?: string;
}

/**
 * One step of a routine, every default filled in: the one shape content (once resolved), the
 * builder, share links and the plan compiler share. The mode says which numbers it has.
 */
export type Step = StepCommon &
  (
    | { mode: 'time'; /** Seconds of work per side and set. */ seconds: number }
    | { mode: 'reps'; /** Reps per set (and side). */ reps: number }
    | { mode: 'hold-reps'; /** Holds (per side). */ reps: number; /** Seconds each hold lasts. */ holdSeconds: number }
  );
