/**
 * Every key the site stores, with its reader and writer: the one table to look in, and the one
 * the fuzz tests walk. Key names are written and parsed in ./keys.ts; the values are defined
 * beside the pages that read them (./timer.ts, ./workout.ts, ./log.ts, ./my-routines.ts, ./plan.ts), so that each page
 * ships only its own readers; unreadable values are set aside by ./store.ts.
 *
 * | key                                          | value                     | reader / writer             |
 * | -------------------------------------------- | ------------------------- | --------------------------- |
 * | `corestride:prefs`                           | TimerPrefs                | readPrefs / writePrefs      |
 * | `corestride:settings:<routine>`              | PlanSettings              | readSettings / writeSettings|
 * | `corestride:session:<routine>`               | SavedSession              | readSession / writeSession  |
 * | `corestride:workout:<routine>-<startedAt>`   | WorkoutRecord             | readWorkout / writeWorkout  |
 * | `corestride:weekly-plan`                     | WeeklyPlan                | readWeeklyPlan / writeWeeklyPlan |
 * | `corestride:my-routine:"<title>"`            | MyRoutine (a share link and its kind) | readMyRoutine / writeMyRoutine |
 * | `corestride:plan`                            | PlanRecord (zod/mini)     | readPlan / writePlan        |
 * | `corestride:progress:<routine>`              | ProgressRecord (zod/mini) | readProgress / writeProgress |
 * | `corestride:check-in:<workout id>`           | CheckInRecord (zod/mini)  | readCheckIn / writeCheckIn  |
 * | `corestride:set-aside:<key>[#n]`             | the unreadable text as it was | never read back         |
 */
import { KEYS, PLAN_KEYS } from './keys';
import { readWeeklyPlan, readWorkout, writeWeeklyPlan } from './log';
import { readMyRoutine, writeMyRoutine, type MyRoutine } from './my-routines';
import { readCheckIn, readPlan, readProgress, writeCheckIn, writePlan, writeProgress } from './plan';
import type { Read } from './read';
import { readPrefs, readSession, readSettings, writePrefs, writeSession, writeSettings } from './timer';
import { writeWorkout } from './workout';

/** One kind of stored value: how its keys are named, and its reader and writer. */
export interface Stored<T, Args extends unknown[], Context> {
  key: (...args: Args) => string;
  /** The stored text, or null when nothing is stored; `context` is what the check needs from the page. */
  read: (raw: string | null, context: Context) => Read<T> | null;
  write: (value: T) => string;
}

const entry = <T, Args extends unknown[], Context = void>(e: Stored<T, Args, Context>) => e;

/** Every key the site stores, with its reader and writer. */
export const STORED = {
  prefs: entry({ key: () => KEYS.prefs, read: readPrefs, write: writePrefs }),
  settings: entry({ key: KEYS.settings, read: readSettings, write: writeSettings }),
  session: entry({ key: KEYS.session, read: readSession, write: writeSession }),
  workout: entry({ key: KEYS.workout, read: readWorkout, write: writeWorkout }),
  weeklyPlan: entry({ key: () => KEYS.weeklyPlan, read: readWeeklyPlan, write: writeWeeklyPlan }),
  myRoutine: entry({ key: KEYS.myRoutine, read: readMyRoutine, write: (v: MyRoutine) => writeMyRoutine(v.routine, v.savedAt, v.kind).value }),
  plan: entry({ key: () => PLAN_KEYS.plan, read: readPlan, write: writePlan }),
  progress: entry({ key: PLAN_KEYS.progress, read: readProgress, write: writeProgress }),
  checkIn: entry({ key: PLAN_KEYS.checkIn, read: readCheckIn, write: writeCheckIn }),
};
