/** The builder's draft reducer (src/lib/share/draft.ts): every edit, and what Undo brings back. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryExercise } from '../../src/lib/share/custom';
import { draftReducer, draftRoutine, EMPTY_DRAFT, type Draft, type DraftAction } from '../../src/lib/share/draft';
import { STEPS_RANGE } from '../../src/lib/routine/limits';

const bridge: LibraryExercise = { id: 'glute-bridge', title: 'Glute bridge', aliases: [], sides: 'both-at-once', cue: 'Squeeze.', equipment: ['mat'], level: 'beginner', muscles: ['glutes'], dose: { kind: 'timed', seconds: 60, sets: 2 } };
const plank: LibraryExercise = { id: 'side-plank', title: 'Side plank', aliases: [], sides: 'each-side', cue: 'Hips high.', equipment: ['mat'], level: 'beginner', muscles: ['obliques'], dose: { kind: 'timed', seconds: 30, sets: 1 } };
const run = (actions: DraftAction[], from: Draft = EMPTY_DRAFT) => actions.reduce(draftReducer, from);
const shared = { title: 'Shared', getReadySeconds: 5, rounds: 1, restBetweenRounds: 0, steps: [{ exercise: 'side-plank', sides: 'each-side' as const, restAfter: 0, mode: 'time' as const, seconds: 20 }] };

describe('the builder draft', () => {
  it('adds steps with the exercise’s own sides and keys that never repeat', () => {
    const d = run([{ type: 'add', exercise: bridge }, { type: 'add', exercise: plank }, { type: 'remove', at: 0 }, { type: 'add', exercise: bridge }]);
    expect(d.rows.map((r) => r.step.exercise)).toEqual(['side-plank', 'glute-bridge']);
    expect(d.rows[0]!.step.sides).toBe('each-side');
    expect(new Set(d.rows.map((r) => r.uid)).size).toBe(2);
    expect(d.rows.map((r) => r.uid)).toEqual([1, 2]);
  });

  it('moves a step with its key, and ignores a move past either end', () => {
    const d = run([{ type: 'add', exercise: bridge }, { type: 'add', exercise: plank }]);
    const moved = draftReducer(d, { type: 'move', at: 1, by: -1 });
    expect(moved.rows.map((r) => [r.uid, r.step.exercise])).toEqual([
      [1, 'side-plank'],
      [0, 'glute-bridge'],
    ]);
    expect(draftReducer(d, { type: 'move', at: 0, by: -1 })).toBe(d);
    expect(draftReducer(d, { type: 'move', at: 1, by: 1 })).toBe(d);
  });

  it('stops adding at the step limit', () => {
    const full = run(Array.from({ length: STEPS_RANGE.max }, () => ({ type: 'add', exercise: bridge }) as const));
    expect(full.rows).toHaveLength(STEPS_RANGE.max);
    expect(draftReducer(full, { type: 'add', exercise: plank })).toBe(full);
  });

  it('changes settings and steps in place, and the routine trims its title', () => {
    const d = run([{ type: 'add', exercise: bridge }, { type: 'setting', settings: { title: '  Core  ', rounds: 3 } }]);
    const step = { ...d.rows[0]!.step, restAfter: 30 };
    const e = draftReducer(d, { type: 'update', at: 0, step });
    expect(draftRoutine(e)).toMatchObject({ title: 'Core', rounds: 3, steps: [{ restAfter: 30 }] });
    expect(draftReducer(e, { type: 'update', at: 5, step })).toBe(e);
  });

  it('offers Undo when a link replaces work in progress, and Undo brings the work back', () => {
    const mine = run([{ type: 'add', exercise: bridge }, { type: 'setting', settings: { title: 'Mine' } }]);
    const replaced = draftReducer(mine, { type: 'load', routine: shared, what: 'The link' });
    expect(draftRoutine(replaced)).toEqual(shared);
    expect(replaced.undo).toMatchObject({ kind: 'draft', text: 'The link replaced the routine you were building.' });
    const back = draftReducer(replaced, { type: 'undo' });
    expect(draftRoutine(back)).toEqual(draftRoutine(mine));
    expect(back.rows.map((r) => r.uid)).toEqual(mine.rows.map((r) => r.uid));
    expect(back.undo).toBeNull();
  });

  it('offers nothing to undo when the routine loaded is the one already there, or nothing was built', () => {
    const loaded = run([{ type: 'load', routine: shared, what: 'The link' }]);
    expect(loaded.undo).toBeNull();
    expect(draftReducer(loaded, { type: 'load', routine: shared, what: 'The link' }).undo).toBeNull();
  });

  it('keeps a deleted saved routine to offer back, until the next step is added or removed', () => {
    const d = run([{ type: 'add', exercise: bridge }, { type: 'deleted', key: 'k', value: 'v', title: '“Old”' }]);
    expect(d.undo).toEqual({ kind: 'saved', text: 'Deleted “Old”.', key: 'k', value: 'v', title: '“Old”' });
    expect(draftReducer(d, { type: 'setting', settings: { rounds: 4 } }).undo).toBe(d.undo);
    expect(draftReducer(d, { type: 'add', exercise: plank }).undo).toBeNull();
    expect(draftReducer(d, { type: 'remove', at: 0 }).undo).toBeNull();
    // Undo of a deletion changes nothing in the draft: the island writes the routine back.
    const undone = draftReducer(d, { type: 'undo' });
    expect(undone.rows).toBe(d.rows);
    expect(undone.undo).toBeNull();
  });

  it('whatever is done, keys stay unique and the routine has the rows’ steps in order', () => {
    const action: fc.Arbitrary<DraftAction> = fc.oneof(
      fc.constantFrom<DraftAction>({ type: 'add', exercise: bridge }, { type: 'add', exercise: plank }, { type: 'undo' }, { type: 'load', routine: shared, what: 'The link' }),
      fc.record({ type: fc.constant('remove' as const), at: fc.integer({ min: -1, max: 5 }) }),
      fc.record({ type: fc.constant('move' as const), at: fc.integer({ min: -1, max: 5 }), by: fc.constantFrom(-1 as const, 1 as const) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const d = run(actions);
        expect(new Set(d.rows.map((r) => r.uid)).size).toBe(d.rows.length);
        expect(d.rows.every((r) => r.uid < d.nextUid)).toBe(true);
        expect(draftRoutine(d).steps).toEqual(d.rows.map((r) => r.step));
        expect(d.rows.length).toBeLessThanOrEqual(STEPS_RANGE.max);
      }),
    );
  });
});
