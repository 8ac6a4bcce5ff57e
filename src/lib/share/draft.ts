/**
 * The routine being built at /routines/build/, as one pure reducer: its settings, its steps
 * (each with a key that stays with it when steps move, so focus and inputs follow), and the
 * one change that can be undone. Pure: the island (src/islands/RoutineBuilder.tsx) owns the
 * URL fragment, storage, the clipboard and focus, and dispatches what the runner did.
 */
import { STEPS_RANGE } from '../routine/limits';
import type { Step } from '../routine/model';
import { move, newStep, type CustomRoutine, type LibraryExercise } from './custom';

/** A step and the key that stays with it. */
export interface Row {
  uid: number;
  step: Step;
}
export type DraftSettings = Omit<CustomRoutine, 'steps'>;

/**
 * The last change that lost something, what to say about it, and what brings it back: the
 * routine that was being built before another replaced it, or a saved routine deleted or saved over in
 * storage (which the island writes back).
 */
export type Undo = { text: string } & ({ kind: 'draft'; settings: DraftSettings; rows: Row[] } | { kind: 'saved'; key: string; value: string; title: string });

export interface Draft {
  settings: DraftSettings;
  rows: Row[];
  /** The key the next new row gets. */
  nextUid: number;
  undo: Undo | null;
}

export type DraftAction =
  /** A routine from a link or My routines; `what` names it for the undo offer ("The link"). */
  | { type: 'load'; routine: CustomRoutine; what: string }
  | { type: 'setting'; settings: Partial<DraftSettings> }
  | { type: 'add'; exercise: LibraryExercise }
  | { type: 'update'; at: number; step: Step }
  | { type: 'move'; at: number; by: -1 | 1 }
  | { type: 'remove'; at: number }
  /** A saved routine was deleted from storage, or saved over: its key and value, to offer it back. */
  | { type: 'deleted' | 'replaced'; key: string; value: string; title: string }
  | { type: 'undo' };

export const EMPTY_DRAFT: Draft = {
  settings: { title: 'My routine', getReadySeconds: 10, rounds: 2, restBetweenRounds: 60 },
  rows: [],
  nextUid: 0,
  undo: null,
};

/** The routine a draft stands for, as it is saved and shared (the title trimmed). */
export function draftRoutine({ settings, rows }: Pick<Draft, 'settings' | 'rows'>): CustomRoutine {
  return { ...settings, title: settings.title.trim(), steps: rows.map((r) => r.step) };
}

/** Whether two routines are the same, field for field. */
const same = (a: CustomRoutine, b: CustomRoutine) => JSON.stringify(a) === JSON.stringify(b);

export const isFull = (d: Draft) => d.rows.length >= STEPS_RANGE.max;

export function draftReducer(d: Draft, a: DraftAction): Draft {
  switch (a.type) {
    case 'load': {
      const { steps, ...settings } = a.routine;
      const rows = steps.map((step, i) => ({ uid: d.nextUid + i, step }));
      // Replacing work in progress (anything but the same routine) can be undone.
      const replaced = d.rows.length > 0 && !same(draftRoutine(d), draftRoutine({ settings, rows }));
      const undo: Undo | null = replaced ? { kind: 'draft', text: `${a.what} replaced the routine you were building.`, settings: d.settings, rows: d.rows } : null;
      return { settings, rows, nextUid: d.nextUid + rows.length, undo };
    }
    case 'setting':
      return { ...d, settings: { ...d.settings, ...a.settings } };
    case 'add':
      if (isFull(d)) return d;
      return { ...d, rows: [...d.rows, { uid: d.nextUid, step: newStep(a.exercise) }], nextUid: d.nextUid + 1, undo: null };
    case 'update':
      return d.rows[a.at] ? { ...d, rows: d.rows.map((r, i) => (i === a.at ? { ...r, step: a.step } : r)) } : d;
    case 'move': {
      const to = a.at + a.by;
      return d.rows[a.at] && d.rows[to] ? { ...d, rows: move(d.rows, a.at, to) } : d;
    }
    case 'remove':
      return d.rows[a.at] ? { ...d, rows: d.rows.filter((_, i) => i !== a.at), undo: null } : d;
    case 'deleted':
    case 'replaced': {
      const text = a.type === 'deleted' ? `Deleted ${a.title}.` : `Replaced ${a.title} in My routines.`;
      return { ...d, undo: { kind: 'saved', text, key: a.key, value: a.value, title: a.title } };
    }
    case 'undo':
      if (d.undo?.kind === 'draft') return { ...d, settings: d.undo.settings, rows: d.undo.rows, undo: null };
      return { ...d, undo: null };
  }
}
