/**
 * The builder's exercise picker: the muscles and kit it can be narrowed to, and the
 * narrowing itself (words, a muscle, a kit), in library order. Pure. The muscle filter matches
 * an exercise's main and other muscles alike, as the browse pages do (src/lib/content/browse.ts).
 */
import { EQUIPMENT, EQUIPMENT_LABELS, kitNeeded, MUSCLE_LABELS, MUSCLES, type Equipment, type Muscle } from '../content/vocabulary';
import { filterExercises, type LibraryExercise } from './custom';

/** The kit filter's value for exercises that need none. */
export const NO_KIT = 'none' satisfies Equipment;
/** Either filter's value for "any". */
export const ANY = '';

export interface PickerFilter {
  query: string;
  /** A muscle, or ANY. */
  muscle: Muscle | typeof ANY;
  /** A piece of kit the exercise needs, NO_KIT for exercises that need none, or ANY. */
  kit: Equipment | typeof ANY;
}

export const NO_FILTER: PickerFilter = { query: '', muscle: ANY, kit: ANY };

export interface PickerOption {
  value: string;
  label: string;
}

/** The muscles some exercise in the library works, in the vocabulary's order. */
export function muscleOptions(library: readonly LibraryExercise[]): PickerOption[] {
  const worked = new Set(library.flatMap((e) => e.muscles));
  return MUSCLES.filter((m) => worked.has(m)).map((m) => ({ value: m, label: MUSCLE_LABELS[m] }));
}

/** "No equipment" (when some exercise needs none), then each piece of kit some exercise needs. */
export function kitOptions(library: readonly LibraryExercise[]): PickerOption[] {
  const needed = new Set(library.flatMap((e) => kitNeeded(e.equipment)));
  const none = library.some((e) => kitNeeded(e.equipment).length === 0) ? [{ value: NO_KIT, label: 'No equipment' }] : [];
  return [...none, ...EQUIPMENT.filter((k) => needed.has(k)).map((k) => ({ value: k, label: EQUIPMENT_LABELS[k] }))];
}

/** The exercises that hold every word of the query and match the muscle and the kit chosen. */
export function pick(library: readonly LibraryExercise[], f: PickerFilter): LibraryExercise[] {
  return filterExercises(library, f.query).filter((e) => {
    if (f.muscle !== ANY && !e.muscles.includes(f.muscle)) return false;
    if (f.kit === ANY) return true;
    const kit = kitNeeded(e.equipment);
    return f.kit === NO_KIT ? kit.length === 0 : kit.includes(f.kit);
  });
}
