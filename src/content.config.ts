/**
 * The content model: the one truth about exercises, routines and articles.
 * Every field says what it means to an author. Cross-collection links are `reference()`s;
 * `src/content.ts` checks that each one resolves and fails the build naming file and field.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { EQUIPMENT, LEVELS, MUSCLES, ROUTINE_KINDS, SIDES } from './lib/content/vocabulary';
import { POSE_NAMES, PROPS } from './lib/figure/poses';

/** Files starting with `_` are drafts and partials and are never published. */
const mdx = (dir: string) => glob({ base: `./content/${dir}`, pattern: '**/[^_]*.mdx' });

const seconds = z.number().int().positive().max(600);
const sentence = z.string().trim().min(3);

const dose = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reps'),
    /** Sets to do. */
    sets: z.number().int().min(1).max(10),
    /** Reps per set (per side for each-side exercises). */
    reps: z.number().int().min(1).max(100),
  }),
  z.object({
    kind: z.literal('hold'),
    /** Seconds each hold lasts. */
    holdSeconds: seconds,
    /** How many holds (per side for each-side exercises). */
    reps: z.number().int().min(1).max(30),
  }),
  z.object({
    kind: z.literal('timed'),
    /** Seconds of continuous work (per side for each-side exercises). */
    seconds,
    /** Sets to do. */
    sets: z.number().int().min(1).max(10).default(1),
  }),
]);

const exercises = defineCollection({
  loader: mdx('exercises'),
  schema: z
    .object({
      /** The name a runner knows it by: "Glute bridge". */
      title: z.string().trim().min(2).max(60),
      /** One sentence saying what it does for a runner, shown in lists and search (≤ 160 characters). */
      summary: sentence.max(160),
      /** Other names people type into search: "hip bridge", "superman". */
      aliases: z.array(z.string().trim().min(2)).default([]),
      /** What a runner types or feels when this is the page that helps ("sore back", "tight hips"); searched like aliases, not shown. */
      searchTerms: z.array(z.string().trim().min(2)).default([]),
      /** Muscles worked, from the fixed vocabulary in src/lib/content/vocabulary.ts. */
      muscles: z.object({
        primary: z.array(z.enum(MUSCLES)).min(1),
        secondary: z.array(z.enum(MUSCLES)).default([]),
      }),
      /** What you need; `none` alone means nothing at all. */
      equipment: z.array(z.enum(EQUIPMENT)).min(1),
      /** Who can do it well today. */
      level: z.enum(LEVELS),
      /** Whether both sides work together or each side in turn. */
      sides: z.enum(SIDES),
      /** The usual dose when done on its own. */
      dose,
      /** Free words about the dose: ranges, how to progress ("build to 60 s"). */
      doseNote: z.string().optional(),
      /** Seconds one rep takes at the tempo the guide asks for (lift, pause, lower), used to estimate a reps step's time; 3 s when absent (`SECONDS_PER_REP`). */
      secondsPerRep: z.number().positive().max(20).optional(),
      /** Numbered instructions, in order. */
      steps: z.array(sentence).min(3),
      /** Short form cues to keep in mind while moving; the first is spoken by the timer. */
      cues: z.array(sentence).min(2),
      /** Common mistakes, each with the fix. */
      mistakes: z.array(z.object({ mistake: sentence, fix: sentence })).min(2),
      /** Easier versions, by id. */
      easier: z.array(reference('exercises')).default([]),
      /** Harder versions, by id. */
      harder: z.array(reference('exercises')).default([]),
      /** When to stop, who should check with a professional first. */
      safety: z.array(sentence).default([]),
      /** The figure: named poses from src/lib/figure/poses.ts and the props drawn with them. */
      figure: z
        .object({
          start: z.enum(POSE_NAMES),
          end: z.enum(POSE_NAMES),
          props: z.array(z.enum(PROPS)).default([]),
          /** Which side the figure works, for each-side moves. */
          side: z.enum(['left', 'right']).optional(),
          /** One sentence describing the movement, the figure's text alternative. */
          alt: sentence,
        }),
    })
    .superRefine((data, ctx) => {
      if (data.equipment.includes('none') && data.equipment.length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['equipment'],
          message: 'equipment: "none" must stand alone; list the kit or write [none]',
        });
      }
    }),
});

const routineStep = z
  .object({
    /** The exercise, by id (its file name without .mdx). */
    exercise: reference('exercises'),
    /** `time`: work for `seconds`; `reps`: do `reps` and tap Done; `hold-reps`: `reps` holds of `holdSeconds`. */
    mode: z.enum(['time', 'reps', 'hold-reps']),
    seconds: seconds.optional(),
    reps: z.number().int().min(1).max(100).optional(),
    holdSeconds: seconds.optional(),
    /** Rest between holds in `hold-reps` mode. */
    holdRest: z.number().int().min(0).max(120).optional(),
    /** Sets in `time` and `reps` modes. */
    sets: z.number().int().min(1).max(10).optional(),
    /** Rest between sets. */
    setRest: z.number().int().min(0).max(300).optional(),
    /** `each` runs left then right; defaults to the exercise's own `sides`. */
    sides: z.enum(['both', 'each']).optional(),
    /** Rest after this step; defaults to the routine's `restBetweenSteps`. */
    restAfter: z.number().int().min(0).max(300).optional(),
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
    }
  });

const routines = defineCollection({
  loader: mdx('routines'),
  schema: z.object({
    title: z.string().trim().min(2).max(60),
    /** One sentence for lists and search (≤ 160 characters). */
    summary: sentence.max(160),
    /** What the routine builds, in a few words: "A stable trunk for late-race form". */
    goal: sentence,
    /** Who it suits. */
    audience: sentence,
    /** How often: "Daily", "2× a week". */
    frequency: z.string().trim().min(2),
    /** Where it fits in a running week. */
    whenInWeek: sentence,
    /** What it trains: `core`, `strength` (plyometrics included) or `mobility`; plans count sessions by it. */
    kind: z.enum(ROUTINE_KINDS),
    level: z.enum(LEVELS),
    /** Seconds of countdown before the first step. */
    getReadySeconds: z.number().int().min(0).max(60).default(5),
    /** Seconds to change sides between left and right. */
    switchSidesSeconds: z.number().int().min(0).max(30).default(5),
    rounds: z.number().int().min(1).max(10).default(1),
    /** Words on rounds: "3 to 5 rounds". */
    roundsNote: z.string().optional(),
    /** Seconds of rest between rounds. */
    restBetweenRounds: z.number().int().min(0).max(300).default(0),
    /** Seconds of rest between steps unless a step says otherwise. */
    restBetweenSteps: z.number().int().min(0).max(300).default(0),
    /** How to make the whole routine easier. */
    easier: sentence,
    /** How to make it harder. */
    harder: sentence,
    /** The exercises in order. */
    steps: z.array(routineStep).min(1),
    /** What a runner types or feels when this is the page that helps ("sore back", "tight hips"); searched like aliases, not shown. */
    searchTerms: z.array(z.string().trim().min(2)).default([]),
  }),
});

const articles = defineCollection({
  loader: mdx('articles'),
  schema: z.object({
    title: z.string().trim().min(2).max(90),
    /** One or two sentences for lists, search and the meta description (≤ 200 characters). */
    description: sentence.max(200),
    published: z.coerce.date(),
    updated: z.coerce.date().optional(),
    tags: z.array(z.string()).default([]),
    /** Exercises the article discusses. */
    exercises: z.array(reference('exercises')).default([]),
    /** Routines the article points to. */
    routines: z.array(reference('routines')).default([]),
    /** What a runner types or feels when this is the page that helps ("sore back", "tight hips"); searched like aliases, not shown. */
    searchTerms: z.array(z.string().trim().min(2)).default([]),
  }),
});

export const collections = { exercises, routines, articles };
