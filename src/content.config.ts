/**
 * The content model: the one truth about exercises, routines and articles.
 * Every field says what it means to an author. Cross-collection links are `reference()`s;
 * `src/content.ts` checks that each one resolves and fails the build naming file and field.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { EQUIPMENT, LEVELS, MUSCLES } from './lib/content/vocabulary';
import { POSE_NAMES, PROPS } from './lib/figure/poses';
import {
  DEFAULT_GET_READY_SECONDS,
  DEFAULT_SWITCH_SIDES_SECONDS,
  GET_READY_RANGE,
  REST_RANGE,
  ROUNDS_RANGE,
  STEPS_RANGE,
  SWITCH_SIDES_RANGE,
  TITLE_RANGE,
} from './lib/routine/limits';
import { SIDES } from './lib/routine/model';
import { doseSchema, routineStepSchema, wholeIn } from './lib/routine/schema';

/** Files starting with `_` are drafts and partials and are never published. */
const mdx = (dir: string) => glob({ base: `./content/${dir}`, pattern: '**/[^_]*.mdx' });

const sentence = z.string().trim().min(3);

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
      /** What a runner types or feels, weighted like aliases in search: "calf strength", "achilles". */
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
      dose: doseSchema,
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

const routines = defineCollection({
  loader: mdx('routines'),
  schema: z.object({
    /** The routine's name: "Seven-minute core". */
    title: z.string().trim().min(TITLE_RANGE.min).max(TITLE_RANGE.max),
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
    /** Who can do it well today; no step may be above it. */
    level: z.enum(LEVELS),
    /** Seconds of countdown before the first step. */
    getReadySeconds: wholeIn(GET_READY_RANGE).default(DEFAULT_GET_READY_SECONDS),
    /** Seconds to change sides between left and right. */
    switchSidesSeconds: wholeIn(SWITCH_SIDES_RANGE).default(DEFAULT_SWITCH_SIDES_SECONDS),
    /** Times through the whole routine. */
    rounds: wholeIn(ROUNDS_RANGE).default(1),
    /** Words on rounds: "3 to 5 rounds". */
    roundsNote: z.string().optional(),
    /** Seconds of rest between rounds. */
    restBetweenRounds: wholeIn(REST_RANGE).default(0),
    /** Seconds of rest between steps unless a step says otherwise. */
    restBetweenSteps: wholeIn(REST_RANGE).default(0),
    /** How to make the whole routine easier. */
    easier: sentence,
    /** How to make it harder. */
    harder: sentence,
    /** The exercises in order. */
    steps: z.array(routineStepSchema(reference('exercises'))).min(STEPS_RANGE.min).max(STEPS_RANGE.max),
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
