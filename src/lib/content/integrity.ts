/**
 * Library integrity: every link between entries resolves, the easier/harder ladders
 * make sense, and no routine is harder than the level it claims. Pure functions over
 * plain entry data, so they are unit-tested and also run on every build (see
 * src/content.ts), where a problem stops the build.
 */
import { LEVELS, type Level } from './vocabulary';

export interface RefLike {
  id: string;
}
export interface Located<D> {
  id: string;
  filePath?: string;
  data: D;
}
export interface ExerciseLinks {
  easier: RefLike[];
  harder: RefLike[];
  level: Level;
}
export interface RoutineLinks {
  level: Level;
  steps: { exercise: RefLike }[];
}
export interface ArticleLinks {
  exercises: RefLike[];
  routines: RefLike[];
}

export interface LibraryLinks {
  exercises: Located<ExerciseLinks>[];
  routines: Located<RoutineLinks>[];
  articles: Located<ArticleLinks>[];
}

const where = (e: Located<unknown>, collection: string) => e.filePath ?? `content/${collection}/${e.id}.mdx`;

/** Returns one readable line per problem: `file: field: what is wrong`. Empty means sound. */
export function findProblems(lib: LibraryLinks): string[] {
  const problems: string[] = [];
  const exerciseIds = new Set(lib.exercises.map((e) => e.id));
  const routineIds = new Set(lib.routines.map((r) => r.id));
  const unknown = (file: string, field: string, kind: string, id: string) =>
    problems.push(`${file}: ${field}: unknown ${kind} "${id}" (no content/${kind}s/${id}.mdx)`);

  const exerciseById = new Map(lib.exercises.map((e) => [e.id, e]));
  const other = { easier: 'harder', harder: 'easier' } as const;
  for (const ex of lib.exercises) {
    const file = where(ex, 'exercises');
    for (const key of ['easier', 'harder'] as const) {
      ex.data[key].forEach((ref, i) => {
        const target = exerciseById.get(ref.id);
        if (!target) unknown(file, `${key}[${i}]`, 'exercise', ref.id);
        else if (ref.id === ex.id) problems.push(`${file}: ${key}[${i}]: an exercise cannot be its own ${key} version`);
        else if (!target.data[other[key]].some((back) => back.id === ex.id)) {
          problems.push(
            `${file}: ${key}[${i}]: "${ref.id}" is listed as ${key}, but ${where(target, 'exercises')} does not list "${ex.id}" under ${other[key]}; link both ways`,
          );
        }
      });
    }
  }
  for (const r of lib.routines) {
    const file = where(r, 'routines');
    r.data.steps.forEach((step, i) => {
      const target = exerciseById.get(step.exercise.id);
      if (!target) unknown(file, `steps[${i}].exercise`, 'exercise', step.exercise.id);
      // A routine is as hard as its hardest step: a runner who picks a beginner routine
      // should meet only beginner exercises. Harder options belong in the step's note.
      else if (LEVELS.indexOf(target.data.level) > LEVELS.indexOf(r.data.level)) {
        problems.push(
          `${file}: steps[${i}].exercise: "${target.id}" is ${target.data.level} but the routine's level is ${r.data.level}; ` +
            `use an easier exercise (name the harder one in the step's note) or raise the routine's level`,
        );
      }
    });
  }
  for (const a of lib.articles) {
    const file = where(a, 'articles');
    a.data.exercises.forEach((ref, i) => {
      if (!exerciseIds.has(ref.id)) unknown(file, `exercises[${i}]`, 'exercise', ref.id);
    });
    a.data.routines.forEach((ref, i) => {
      if (!routineIds.has(ref.id)) unknown(file, `routines[${i}]`, 'routine', ref.id);
    });
  }
  const cycle = findLadderCycle(lib.exercises);
  if (cycle) problems.push(`content/exercises: easier/harder: the ladder goes round in a circle: ${cycle.join(' → ')}`);
  return problems;
}

/**
 * Every easier/harder link says "X is harder than Y". A cycle in that relation means the
 * ladder contradicts itself. Returns the cycle (first id repeated at the end) or null.
 */
export function findLadderCycle(exercises: Located<ExerciseLinks>[]): string[] | null {
  const harderThan = new Map<string, Set<string>>(); // edge: easier -> harder
  const edge = (from: string, to: string) => {
    if (!harderThan.has(from)) harderThan.set(from, new Set());
    harderThan.get(from)!.add(to);
  };
  for (const ex of exercises) {
    for (const h of ex.data.harder) edge(ex.id, h.id);
    for (const e of ex.data.easier) edge(e.id, ex.id);
  }
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const next of harderThan.get(id) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const id of [...harderThan.keys()].sort()) {
    const found = visit(id);
    if (found) return found;
  }
  return null;
}
