/**
 * A routine a runner puts together in the builder (/routines/build/): the model, its limits,
 * the one validator every way in goes through (share links, saved routines, the builder
 * itself), the small edits the builder makes, and the step from a custom routine to the
 * timer's PlanInput. Pure: no DOM, no storage.
 */
import type { Equipment, Level, Muscle } from '../content/vocabulary';
import type { Dose } from '../routine/schema';
import {
  DEFAULT_SWITCH_SIDES_SECONDS,
  GET_READY_RANGE,
  HOLDS_RANGE,
  inRange,
  REPS_RANGE,
  REST_RANGE,
  ROUNDS_RANGE,
  SETS_RANGE,
  STEPS_RANGE,
  WORK_RANGE,
  type Range,
} from '../routine/limits';
import { SIDES, titleProblem, type Sides, type Step, type StepMode } from '../routine/model';
import type { PlanInput } from '../timer/plan';

/** What the builder knows about an exercise in the library, embedded in the page at build time. */
export interface LibraryExercise {
  id: string;
  title: string;
  aliases: string[];
  sides: Sides;
  /** The first form cue, spoken by the timer at halfway. */
  cue: string;
  equipment: Equipment[];
  level: Level;
  /** The muscles it works, mainly or also, for the picker's filter. */
  muscles: Muscle[];
  /** Its usual dose on its own, from its guide: where every new step starts. */
  dose: Dose;
  /** Seconds one rep takes, from the guide, for the time estimate of a reps step. */
  secondsPerRep?: number;
}

export interface CustomRoutine {
  title: string;
  getReadySeconds: number;
  rounds: number;
  restBetweenRounds: number;
  steps: Step[];
}

/** Exercise ids are slugs; the cap keeps the longest valid routine inside a share link. */
export const EXERCISE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_EXERCISE_ID_CHARS = 60;

const rangeProblem = (what: string, r: Range) => `${what} must be a whole number from ${r.min} to ${r.max}`;

/** The title rule is the routine model's; re-exported for the builder. */
export { titleProblem };

function stepProblem(step: Step, n: number, known: ReadonlySet<string>): string | null {
  if (step.exercise.length > MAX_EXERCISE_ID_CHARS || !EXERCISE_ID.test(step.exercise) || !known.has(step.exercise)) {
    return `step ${n} names an exercise this site does not have`;
  }
  if (!SIDES.includes(step.sides)) return `the sides of step ${n} must be both at once or each side`;
  if (!inRange(step.restAfter, REST_RANGE)) return rangeProblem(`the rest after step ${n}`, REST_RANGE);
  if (step.mode !== 'hold-reps' && step.sets !== undefined) {
    if (!inRange(step.sets, SETS_RANGE)) return rangeProblem(`the sets of step ${n}`, SETS_RANGE);
    if (!inRange(step.setRest ?? 0, REST_RANGE)) return rangeProblem(`the rest between sets of step ${n}`, REST_RANGE);
  }
  if (step.mode === 'hold-reps' && !inRange(step.holdRest ?? 0, REST_RANGE)) return rangeProblem(`the rest between holds of step ${n}`, REST_RANGE);
  switch (step.mode) {
    case 'time':
      return inRange(step.seconds, WORK_RANGE) ? null : rangeProblem(`the seconds of step ${n}`, WORK_RANGE);
    case 'reps':
      return inRange(step.reps, REPS_RANGE) ? null : rangeProblem(`the reps of step ${n}`, REPS_RANGE);
    case 'hold-reps':
      if (!inRange(step.reps, HOLDS_RANGE)) return rangeProblem(`the number of holds in step ${n}`, HOLDS_RANGE);
      return inRange(step.holdSeconds, WORK_RANGE) ? null : rangeProblem(`the seconds per hold in step ${n}`, WORK_RANGE);
    default:
      return `step ${n} must be measured in time, reps or holds`;
  }
}

/**
 * Why a routine cannot be run, saved or shared, as a phrase ("the seconds of step 2 must be…"),
 * or null when it is fine. `known` holds the ids of the exercises this site has.
 */
export function routineProblem(routine: CustomRoutine, known: ReadonlySet<string>): string | null {
  const title = titleProblem(routine.title);
  if (title) return title;
  if (!inRange(routine.getReadySeconds, GET_READY_RANGE)) return rangeProblem('the get-ready time', GET_READY_RANGE);
  if (!inRange(routine.rounds, ROUNDS_RANGE)) return rangeProblem('the number of rounds', ROUNDS_RANGE);
  if (!inRange(routine.restBetweenRounds, REST_RANGE)) return rangeProblem('the rest between rounds', REST_RANGE);
  if (routine.steps.length < STEPS_RANGE.min) return 'the routine has no exercises yet';
  if (routine.steps.length > STEPS_RANGE.max) return `the routine has more than ${STEPS_RANGE.max} steps`;
  for (const [i, step] of routine.steps.entries()) {
    const problem = stepProblem(step, i + 1, known);
    if (problem) return problem;
  }
  return null;
}

/** The timer's input for a valid custom routine: its steps as they are, with each exercise's name and cue. */
export function customPlanInput(routine: CustomRoutine, library: ReadonlyMap<string, LibraryExercise>): PlanInput {
  return {
    title: routine.title,
    getReadySeconds: routine.getReadySeconds,
    switchSidesSeconds: DEFAULT_SWITCH_SIDES_SECONDS,
    rounds: routine.rounds,
    restBetweenRounds: routine.restBetweenRounds,
    steps: routine.steps.map((step) => {
      const ex = library.get(step.exercise);
      if (!ex) throw new Error(`custom routine "${routine.title}": unknown exercise "${step.exercise}"`);
      const tempo = step.mode === 'reps' && ex.secondsPerRep !== undefined ? { secondsPerRep: ex.secondsPerRep } : {};
      return { ...step, exerciseName: ex.title, cue: ex.cue, ...tempo };
    }),
  };
}

/** Seconds of rest after a new step, before the next one. */
export const NEW_STEP_REST = 15;
/** Seconds of rest between the sets of a dose of more than one set. */
export const DOSE_SET_REST = 30;

/**
 * Seconds of rest between the holds of a dose: a breath (2 s) between short holds, or between
 * holds that take turns from side to side (the other side rests meanwhile); 10 s between longer
 * holds on both sides at once (a plank's 30 s).
 */
export const doseHoldRest = (holdSeconds: number, sides: Sides): number => (sides === 'each-side' || holdSeconds <= 10 ? 2 : 10);

/**
 * A new step for an exercise, at the dose its guide gives: a bird dog's 10 holds of 10 s a
 * side, a glute bridge's two sets of 60 s, a squat's 2 × 12 reps. Its own sides; 15 s of rest after.
 */
export function newStep(exercise: LibraryExercise): Step {
  const base = { exercise: exercise.id, sides: exercise.sides, restAfter: NEW_STEP_REST };
  const { dose } = exercise;
  const sets = (n: number) => (n > 1 ? { sets: n, setRest: DOSE_SET_REST } : {});
  switch (dose.kind) {
    case 'hold':
      return { ...base, mode: 'hold-reps', reps: dose.reps, holdSeconds: dose.holdSeconds, holdRest: doseHoldRest(dose.holdSeconds, exercise.sides) };
    case 'timed':
      return { ...base, mode: 'time', seconds: dose.seconds, ...sets(dose.sets) };
    case 'reps':
      return { ...base, mode: 'reps', reps: dose.reps, ...sets(dose.sets) };
  }
}

/** Seconds of countdown before a try starts: time to get down on the mat. */
export const TRY_GET_READY_SECONDS = 10;

/** One exercise on its own at its guide's dose, as a routine: what "Try it now" runs. */
export function tryRoutine(exercise: LibraryExercise): CustomRoutine {
  return { title: exercise.title, getReadySeconds: TRY_GET_READY_SECONDS, rounds: 1, restBetweenRounds: 0, steps: [newStep(exercise)] };
}

/** The step measured another way, carrying over what it can (a hold's length becomes the work time, sets stay sets). */
export function withMode(step: Step, mode: StepMode): Step {
  const base = { exercise: step.exercise, sides: step.sides, restAfter: step.restAfter };
  const seconds = step.mode === 'time' ? step.seconds : step.mode === 'hold-reps' ? step.holdSeconds : 30;
  const reps = step.mode === 'time' ? (mode === 'reps' ? 10 : 5) : step.reps;
  const sets = step.mode !== 'hold-reps' && step.sets !== undefined ? { sets: step.sets, setRest: step.setRest ?? DOSE_SET_REST } : {};
  switch (mode) {
    case 'time':
      return { ...base, mode, seconds, ...sets };
    case 'reps':
      return { ...base, mode, reps, ...sets };
    case 'hold-reps':
      return { ...base, mode, reps, holdSeconds: seconds, holdRest: step.mode === 'hold-reps' ? (step.holdRest ?? 0) : doseHoldRest(seconds, step.sides) };
  }
}

/** The list with the item at `from` moved to `to`; out-of-range moves change nothing. */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Exercises whose title or an alias holds every word of the query, in library order. */
export function filterExercises(library: readonly LibraryExercise[], query: string): LibraryExercise[] {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return [...library];
  return library.filter((ex) => {
    const text = fold([ex.title, ...ex.aliases].join(' '));
    return words.every((w) => text.includes(w));
  });
}

/** The builder's view of an exercise entry: the few facts it needs, small enough to embed in the page. */
export function libraryExercise(entry: {
  id: string;
  data: {
    title: string;
    aliases: string[];
    sides: Sides;
    cues: string[];
    equipment: Equipment[];
    level: Level;
    muscles: { primary: Muscle[]; secondary: Muscle[] };
    dose: Dose;
    secondsPerRep?: number;
  };
}): LibraryExercise {
  const { title, aliases, sides, cues, equipment, level, muscles, dose, secondsPerRep } = entry.data;
  return {
    id: entry.id,
    title,
    aliases,
    sides,
    cue: cues[0] ?? '',
    equipment,
    level,
    muscles: [...muscles.primary, ...muscles.secondary],
    dose,
    ...(secondsPerRep !== undefined ? { secondsPerRep } : {}),
  };
}
