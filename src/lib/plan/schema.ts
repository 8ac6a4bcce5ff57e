/**
 * What the plan keeps in the browser, as zod schemas: the one truth about each stored shape,
 * every field documented. Plain schemas only; reading, setting aside and writing go through the
 * site's one guarded storage reader (src/lib/storage/plan.ts). All carry `v`, STORAGE_VERSION.
 *
 * The plan itself is not stored: it is made again from its settings (`makePlan` is pure and
 * deterministic), so a stored plan can never disagree with the rules or the library.
 *
 * Built on zod/mini, the tree-shakeable build of the zod the site already has: these schemas
 * run on the home page (the Today card), where full zod would cost about 90 KB gzip and
 * zod/mini costs about 6.
 */
import * as z from 'zod/mini';
import { ROUTINE_KINDS } from '../content/vocabulary';
import { STORAGE_VERSION } from '../storage/read';
import { isLocalDate, WEEKDAYS } from './dates';
import { DAY_MINUTES, RUNNER_KIT, STARTING_POINTS, type PlanSettings } from './model';
import { BACK, EASY_IN_A_ROW, NOTCH_RANGE, RATINGS } from './progression';
import { MAX_REMINDER_MINUTES, SLOT_TIME } from './slot';

const version = z.literal(STORAGE_VERSION);
const localDate = z.string().check(z.refine(isLocalDate, 'must be a calendar date written yyyy-MM-dd'));
const weekday = z.enum(WEEKDAYS);
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;
/** A moment, in ms since the epoch. */
const time = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0 && n < 8.64e15, 'must be a time in ms since 1970'));

/** The runner's time slot for calendar reminders. */
export const slotSchema = z.object({
  /** Local time of day the sessions start, `HH:mm` (24-hour). */
  time: z.string().check(z.regex(SLOT_TIME, 'must be a time of day written HH:mm')),
  /** Minutes before that time the reminder rings, 0 to 1,440. */
  reminderMinutes: z.int().check(z.minimum(0), z.maximum(MAX_REMINDER_MINUTES)),
});

/** `corestride:plan`: the runner's plan settings, from which the plan is made again on every page. */
export const planRecordSchema = z
  .object({
    /** Storage version. */
    v: version,
    /** Days the runner runs, Monday first. */
    runDays: z.array(weekday).check(z.refine(unique, 'lists a day twice')),
    /** The long run's day, one of `runDays`, or null for none. */
    longRunDay: z.nullable(weekday),
    /** Days with a hard session (intervals, tempo): some of `runDays`, not the long run. */
    hardDays: z.array(weekday).check(z.refine(unique, 'lists a day twice')),
    /** Minutes the runner has on a normal day. */
    minutes: z.union(DAY_MINUTES.map((m) => z.literal(m))),
    /** Where the runner starts: new, some or regular strength work. */
    start: z.enum(STARTING_POINTS),
    /** Kit the runner has; empty for none. */
    kit: z.array(z.enum(RUNNER_KIT)).check(z.refine(unique, 'lists a piece of kit twice')),
    /** The plan's first day: when it was made or last remade. */
    startDate: localDate,
    /** A race date on or after `startDate`, or null. */
    raceDate: z.nullable(localDate),
    /** The calendar file's time slot and reminder. */
    slot: slotSchema,
    /** When the plan was made or last changed, in ms since the epoch. */
    madeAt: time,
  })
  .check(
    z.superRefine((p, ctx) => {
      if (p.longRunDay !== null && !p.runDays.includes(p.longRunDay)) {
        ctx.issues.push({ code: 'custom', input: p.longRunDay, path: ['longRunDay'], message: 'the long run day is not one of the run days' });
      }
      if (p.hardDays.some((d) => !p.runDays.includes(d) || d === p.longRunDay)) {
        ctx.issues.push({ code: 'custom', input: p.hardDays, path: ['hardDays'], message: 'a hard session is on a day with no run, or on the long run' });
      }
      if (p.raceDate !== null && p.raceDate < p.startDate) {
        ctx.issues.push({ code: 'custom', input: p.raceDate, path: ['raceDate'], message: 'the race date is before the plan starts' });
      }
    }),
  );
export type PlanRecord = z.infer<typeof planRecordSchema>;

/** `corestride:progress:<routine>`: where the runner's ratings have moved one routine's dose. */
export const progressRecordSchema = z.object({
  /** Storage version. */
  v: version,
  /** Notches the ratings have moved this routine, on top of the week's base. */
  notch: z.int().check(z.minimum(NOTCH_RANGE.min), z.maximum(NOTCH_RANGE.max)),
  /** "Too easy" ratings in a row since the last change. */
  easyInARow: z.int().check(z.minimum(0), z.maximum(EASY_IN_A_ROW - 1)),
  /** When it last changed, in ms since the epoch. */
  updatedAt: time,
});
export type ProgressRecord = z.infer<typeof progressRecordSchema>;

/**
 * `corestride:check-in:<workout id>`: the finish screen's two answers for one workout, kept
 * beside `corestride:workout:<workout id>`. One key per workout, like the workouts themselves.
 */
export const checkInRecordSchema = z
  .object({
    /** Storage version. */
    v: version,
    /** The workout it belongs to (`<routine>-<startedAt>`). */
    workoutId: z.string().check(z.minLength(1), z.maxLength(200)),
    /** The routine done. */
    routineId: z.string().check(z.minLength(1), z.maxLength(200)),
    /** The routine's kind, as the plan and log count it. */
    kind: z.enum(ROUTINE_KINDS),
    /** When the questions were answered, in ms since the epoch. */
    at: time,
    /** The local day of `at`, for the log's weeks and the back trend. */
    date: localDate,
    /** "How was that?", or null when skipped. */
    rating: z.nullable(z.enum(RATINGS)),
    /** "Your back today", 0 to 10, or null when skipped. */
    back: z.nullable(z.int().check(z.minimum(0), z.maximum(BACK.max))),
  })
  .check(z.refine((c) => c.rating !== null || c.back !== null, 'answers neither question, so there is nothing to keep'));
export type CheckInRecord = z.infer<typeof checkInRecordSchema>;

const copy = (s: PlanSettings): PlanSettings => ({
  runDays: [...s.runDays],
  longRunDay: s.longRunDay,
  hardDays: [...s.hardDays],
  minutes: s.minutes,
  start: s.start,
  kit: [...s.kit],
  startDate: s.startDate,
  raceDate: s.raceDate,
});

/** The planner's settings from a stored record. */
export function settingsOf(record: PlanRecord): PlanSettings {
  return copy(record);
}

/** The record to store for settings, a slot and the time they were made. */
export function planRecord(settings: PlanSettings, slot: PlanRecord['slot'], madeAt: number): PlanRecord {
  return { v: STORAGE_VERSION, ...copy(settings), slot: { ...slot }, madeAt };
}
