/**
 * The routine model: what a routine step is, the words it is made of, and the title rule. Its
 * limits are in ./limits.ts, its zod schemas (for content) in ./schema.ts. No zod here: islands
 * import this.
 */
import { TITLE_RANGE } from './limits';

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

/**
 * Characters a title may not hold: markup (`<`, `>`), control characters and lone surrogates
 * (which UTF-8 cannot carry); and the invisible characters that can hide or reorder what a
 * title shows, so that a shared title looks like another: the zero-width space and its kin
 * (U+200B, U+2060, U+FEFF) and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). The zero-width joiner inside emoji (U+200D: 🏃‍♀️), the
 * non-joiner and the soft hyphen (U+200C, U+00AD) stay: they reorder nothing and hide no word.
 */
const MARKUP_OR_CONTROL = /[<>\p{Cc}\p{Cs}]/u;
const HIDING_OR_REORDERING = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;

/**
 * What is wrong with a routine's title, as a phrase ("the title starts or ends with a space"),
 * or null: the one title rule, for the builder as it is typed, share links and saved routines.
 */
export function titleProblem(title: string): string | null {
  if (title.trim() === '') return 'the routine needs a title';
  if (title !== title.trim()) return 'the title starts or ends with a space';
  if (title.length > TITLE_RANGE.max) return `the title is longer than ${TITLE_RANGE.max} characters`;
  if (MARKUP_OR_CONTROL.test(title)) return 'the title contains “<”, “>” or a control character, which a title may not';
  const hidden = HIDING_OR_REORDERING.exec(title);
  if (hidden) {
    const code = `U+${hidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `the title contains an invisible character (${code}) that can hide or reorder what it shows, which a title may not`;
  }
  return null;
}
