/**
 * The zod schemas of the routine model, for content: an exercise's dose and a routine's step,
 * their limits from src/lib/routine/limits.ts. Build-time only (zod never ships to a page); the
 * step schema takes the schema of its exercise reference, so src/content.config.ts passes
 * `reference('exercises')` and a unit test can pass a plain string.
 */
import { z } from 'astro/zod';
import { HOLDS_RANGE, REPS_RANGE, REST_RANGE, SETS_RANGE, WORK_RANGE, type Range } from './limits';
import { STEP_MODES, STEP_SIDES_IN_CONTENT, type DoseKind } from './model';

/** A whole number inside `range`. */
export const wholeIn = (range: Range) => z.number().int().min(range.min).max(range.max);

/** An exercise's usual dose when done on its own (shown on its page, not run by the timer). */
export const doseSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reps' satisfies DoseKind),
    /** Sets to do. */
    sets: wholeIn(SETS_RANGE),
    /** Reps per set (per side for each-side exercises). */
    reps: wholeIn(REPS_RANGE),
  }),
  z.object({
    kind: z.literal('hold' satisfies DoseKind),
    /** Seconds each hold lasts. */
    holdSeconds: wholeIn(WORK_RANGE),
    /** How many holds (per side for each-side exercises). */
    reps: wholeIn(HOLDS_RANGE),
  }),
  z.object({
    kind: z.literal('timed' satisfies DoseKind),
    /** Seconds of continuous work (per side for each-side exercises). */
    seconds: wholeIn(WORK_RANGE),
    /** Sets to do. */
    sets: wholeIn(SETS_RANGE).default(1),
  }),
]);
export type Dose = z.output<typeof doseSchema>;

/**
 * A routine step as written in frontmatter. `sides` and `restAfter` may be left out (the
 * exercise's own sides and the routine's `restBetweenSteps` stand in); the numbers a mode
 * needs are checked with a message that says what to add.
 */
export function routineStepSchema<E extends z.ZodType>(exercise: E) {
  return z
    .object({
      /** The exercise, by id (its file name without .mdx). */
      exercise,
      /** `time`: work for `seconds`; `reps`: do `reps` and tap Done; `hold-reps`: `reps` holds of `holdSeconds`. */
      mode: z.enum(STEP_MODES),
      /** `time` mode: seconds of work per side and set. */
      seconds: wholeIn(WORK_RANGE).optional(),
      /** `reps` mode: reps per set (and side); `hold-reps` mode: how many holds (per side). */
      reps: wholeIn(REPS_RANGE).optional(),
      /** `hold-reps` mode: seconds each hold lasts. */
      holdSeconds: wholeIn(WORK_RANGE).optional(),
      /** Rest between holds in `hold-reps` mode. */
      holdRest: wholeIn(REST_RANGE).optional(),
      /** Sets in `time` and `reps` modes. */
      sets: wholeIn(SETS_RANGE).optional(),
      /** Rest between sets. */
      setRest: wholeIn(REST_RANGE).optional(),
      /** `both` or `each` (left then right); defaults to the exercise's own `sides`. Read as `both-at-once` or `each-side`. */
      sides: z
        .enum(Object.keys(STEP_SIDES_IN_CONTENT) as [keyof typeof STEP_SIDES_IN_CONTENT])
        .transform((s) => STEP_SIDES_IN_CONTENT[s])
        .optional(),
      /** Rest after this step; defaults to the routine's `restBetweenSteps`. */
      restAfter: wholeIn(REST_RANGE).optional(),
      /** A word on this step in this routine: a range, an easier option. */
      note: z.string().optional(),
    })
    .superRefine((step, ctx) => {
      const need = (field: 'seconds' | 'reps' | 'holdSeconds', example: string) => {
        if (step[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `mode "${step.mode}" needs ${field}: add \`${field}: ${example}\``,
          });
        }
      };
      if (step.mode === 'time') need('seconds', '30');
      if (step.mode === 'reps') need('reps', '10');
      if (step.mode === 'hold-reps') {
        need('holdSeconds', '10');
        need('reps', '5');
        if (step.reps !== undefined && (step.reps < HOLDS_RANGE.min || step.reps > HOLDS_RANGE.max)) {
          ctx.addIssue({ code: 'custom', path: ['reps'], message: `holds must be from ${HOLDS_RANGE.min} to ${HOLDS_RANGE.max}` });
        }
      }
    });
}
