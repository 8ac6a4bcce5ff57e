/**
 * Every content query lives here; pages never call getCollection with ideas of their own.
 * Loading the library also checks it: a dangling reference or a contradictory ladder
 * fails the build with the file and field at fault.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findProblems } from './lib/content/integrity';
import { routineDuration, routineEquipment, toPlanInput, type PlanExercise } from './lib/content/routine';
import type { PlanInput } from './lib/timer/plan';
import type { Equipment } from './lib/content/vocabulary';
import { libraryRoutine, type LibraryRoutine } from './lib/plan/model';

export type Exercise = CollectionEntry<'exercises'>;
export type Routine = CollectionEntry<'routines'>;
export type Article = CollectionEntry<'articles'>;

export interface RoutineInfo {
  entry: Routine;
  plan: PlanInput;
  durationMs: number;
  exactDuration: boolean;
  equipment: Equipment[];
}

export interface Library {
  exercises: Exercise[];
  routines: RoutineInfo[];
  articles: Article[];
  exercise(id: string): Exercise;
  routine(id: string): RoutineInfo;
  /** Routines whose steps use the exercise. */
  routinesUsing(exerciseId: string): RoutineInfo[];
  /** Articles that reference the exercise. */
  articlesMentioning(exerciseId: string): Article[];
  /** Articles that reference the routine. */
  articlesAboutRoutine(routineId: string): Article[];
  /** Every routine as the planner sees it (served to the browser at /plan/library.json). */
  planLibrary: LibraryRoutine[];
}

let library: Promise<Library> | undefined;

export function getLibrary(): Promise<Library> {
  library ??= load();
  return library;
}

async function load(): Promise<Library> {
  const [exercises, routineEntries, articles] = await Promise.all([
    getCollection('exercises'),
    getCollection('routines'),
    getCollection('articles'),
  ]);
  const problems = findProblems({ exercises, routines: routineEntries, articles });
  if (problems.length) {
    throw new Error(`The content library has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }

  exercises.sort((a, b) => a.data.title.localeCompare(b.data.title));
  articles.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
  const facts = new Map<string, PlanExercise>(exercises.map((e) => [e.id, { id: e.id, ...e.data }]));
  const routines: RoutineInfo[] = routineEntries
    .map((entry) => {
      const plan = toPlanInput(entry.data, facts);
      const { ms, exact } = routineDuration(plan);
      return { entry, plan, durationMs: ms, exactDuration: exact, equipment: routineEquipment(plan, facts) };
    })
    .sort((a, b) => a.durationMs - b.durationMs);

  const byId = <T>(items: T[], id: (t: T) => string, kind: string) => {
    const map = new Map(items.map((t) => [id(t), t]));
    return (key: string) => {
      const found = map.get(key);
      if (!found) throw new Error(`No ${kind} with id "${key}"`);
      return found;
    };
  };

  return {
    exercises,
    routines,
    articles,
    exercise: byId(exercises, (e) => e.id, 'exercise'),
    routine: byId(routines, (r) => r.entry.id, 'routine'),
    routinesUsing: (id) => routines.filter((r) => r.plan.steps.some((s) => s.exercise === id)),
    articlesMentioning: (id) => articles.filter((a) => a.data.exercises.some((ref) => ref.id === id)),
    articlesAboutRoutine: (id) => articles.filter((a) => a.data.routines.some((ref) => ref.id === id)),
    planLibrary: routines.map((r) =>
      libraryRoutine({ id: r.entry.id, title: r.entry.data.title, kind: r.entry.data.kind, level: r.entry.data.level, equipment: r.equipment, durationMs: r.durationMs }),
    ),
  };
}
