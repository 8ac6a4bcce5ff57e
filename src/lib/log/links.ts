/**
 * Where a logged workout leads, so a runner can run it again: a library routine to its page, a
 * builder routine to its share link (the whole routine is in the link), a try of one exercise to
 * that exercise's guide. Pure.
 */
import type { RoutineKind } from '../content/vocabulary';
import { triedExercise } from '../routine/try';
import { customRoutineId, encodeRoutine } from '../share/codec';
import type { MyRoutine } from '../storage/my-routines';

/** The builder's page; a share link is this with `#r=1.…`. */
export const BUILDER_PATH = '/routines/build/';

/** Each saved builder routine by the id its workouts are logged under (`custom-<hash>`), with its kind and link. */
export function builderIndex(saved: readonly MyRoutine[]): Map<string, { kind: RoutineKind; link: string; title: string }> {
  const index = new Map<string, { kind: RoutineKind; link: string; title: string }>();
  for (const s of saved) {
    const link = encodeRoutine(s.routine);
    index.set(customRoutineId(link), { kind: s.kind, link, title: s.routine.title });
  }
  return index;
}

export type HistoryLink = { href: string; from: 'library' | 'builder' | 'try' } | null;

/** The link that runs a logged workout's routine again, or null when the site no longer has it (an edited or deleted builder routine). */
export function historyLink(routineId: string, library: ReadonlySet<string>, builder: ReadonlyMap<string, { link: string }>): HistoryLink {
  if (library.has(routineId)) return { href: `/routines/${routineId}/`, from: 'library' };
  const exercise = triedExercise(routineId);
  if (exercise !== null) return { href: `/exercises/${exercise}/`, from: 'try' };
  const saved = builder.get(routineId);
  return saved ? { href: `${BUILDER_PATH}#${saved.link}`, from: 'builder' } : null;
}
