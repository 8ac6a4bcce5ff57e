/**
 * The routine model: what a routine step is and the words it is made of. Its limits are in
 * ./limits.ts, its zod schemas (for content) in ./schema.ts. No zod here: islands import this.
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
