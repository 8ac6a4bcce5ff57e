/**
 * A routine a runner puts together in the builder (/routines/build/): the model, its limits,
 * the one validator every way in goes through (share links, saved routines, the builder
 * itself), the small edits the builder makes, and the step from a custom routine to the
 * timer's PlanInput. Pure: no DOM, no storage.
 */
import type { Equipment, Level } from '../content/vocabulary';
import {
  DEFAULT_SWITCH_SIDES_SECONDS,
  GET_READY_RANGE,
  HOLDS_RANGE,
  inRange,
  REPS_RANGE,
  REST_RANGE,
  ROUNDS_RANGE,
  STEPS_RANGE,
  TITLE_RANGE,
  WORK_RANGE,
  type Range,
} from '../routine/limits';
import { SIDES, type Sides, type Step, type StepMode } from '../routine/model';
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

/** Markup characters, control characters and lone surrogates (which UTF-8 cannot carry). */
const FORBIDDEN_IN_TITLE = /[<>\p{Cc}\p{Cs}]/u;

const rangeProblem = (what: string, r: Range) => `${what} must be a whole number from ${r.min} to ${r.max}`;

/** What is wrong with a title, or null: the builder shows it as it is typed. */
export function titleProblem(title: string): string | null {
  if (title.trim() === '') return 'the routine needs a title';
  if (title !== title.trim()) return 'the title starts or ends with a space';
  if (title.length > TITLE_RANGE.max) return `the title is longer than ${TITLE_RANGE.max} characters`;
  if (FORBIDDEN_IN_TITLE.test(title)) return 'the title contains “<”, “>” or a control character, which a title may not';
  return null;
}

function stepProblem(step: Step, n: number, known: ReadonlySet<string>): string | null {
  if (step.exercise.length > MAX_EXERCISE_ID_CHARS || !EXERCISE_ID.test(step.exercise) || !known.has(step.exercise)) {
    return `step ${n} names an exercise this site does not have`;
  }
  if (!SIDES.includes(step.sides)) return `the sides of step ${n} must be both at once or each side`;
  if (!inRange(step.restAfter, REST_RANGE)) return rangeProblem(`the rest after step ${n}`, REST_RANGE);
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

/** A new step for an exercise: its own sides, 30 seconds of work, 15 of rest. */
export function newStep(exercise: LibraryExercise): Step {
  return { exercise: exercise.id, sides: exercise.sides, restAfter: 15, mode: 'time', seconds: 30 };
}

/** The step measured another way, carrying over what it can (a hold's length becomes the work time). */
export function withMode(step: Step, mode: StepMode): Step {
  const base = { exercise: step.exercise, sides: step.sides, restAfter: step.restAfter };
  const seconds = step.mode === 'time' ? step.seconds : step.mode === 'hold-reps' ? step.holdSeconds : 30;
  const reps = step.mode === 'time' ? (mode === 'reps' ? 10 : 5) : step.reps;
  switch (mode) {
    case 'time':
      return { ...base, mode, seconds };
    case 'reps':
      return { ...base, mode, reps };
    case 'hold-reps':
      return { ...base, mode, reps, holdSeconds: seconds };
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
  data: { title: string; aliases: string[]; sides: Sides; cues: string[]; equipment: Equipment[]; level: Level; secondsPerRep?: number };
}): LibraryExercise {
  const { title, aliases, sides, cues, equipment, level, secondsPerRep } = entry.data;
  return { id: entry.id, title, aliases, sides, cue: cues[0] ?? '', equipment, level, ...(secondsPerRep !== undefined ? { secondsPerRep } : {}) };
}
