import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRoutine, hash } from '../../src/lib/share/codec';
import type { CustomRoutine } from '../../src/lib/share/custom';
import { draftReducer, EMPTY_DRAFT } from '../../src/lib/share/draft';
import { KEYS } from '../../src/lib/storage/keys';
import { readMyRoutines, saveMyRoutine, writeMyRoutine } from '../../src/lib/storage/my-routines';
import type { Store } from '../../src/lib/storage/store';
import { FULL, memoryStore } from './memory-store';

/**
 * My routines never overwrite a routine whose stored title differs (issue 17, item 6). The
 * release before keyed them by a 32-bit hash of the lower-cased title, so two titles could
 * share a slot and saving one silently replaced the other; now the key is the title itself.
 */
const known = new Set(['plank', 'bird-dog']);
const routine = (title: string, rounds = 1): CustomRoutine => ({
  title,
  getReadySeconds: 5,
  rounds,
  restBetweenRounds: 30,
  steps: [{ exercise: 'plank', sides: 'both-at-once', restAfter: 0, mode: 'time', seconds: 30 }],
});
/** The key the release before gave a title (its writeMyRoutine: FNV-1a of the lower-cased title). */
const legacyKey = (title: string) => `corestride:my-routine:${hash(title.toLowerCase())}`;

const titles = (store: Store) => readMyRoutines(store.entries(), known).routines.map((r) => r.routine.title);

describe('My routines keys', () => {
  it('“Core day 162789” and “Core day 379192” shared a slot before, and no longer do', () => {
    expect(legacyKey('Core day 162789')).toBe(legacyKey('Core day 379192'));
    expect(KEYS.myRoutine('Core day 162789')).not.toBe(KEYS.myRoutine('Core day 379192'));
    const store = memoryStore();
    expect(saveMyRoutine(store, routine('Core day 162789'), 1000, known).value?.replaced).toBeNull();
    expect(saveMyRoutine(store, routine('Core day 379192'), 2000, known).value?.replaced).toBeNull();
    expect(titles(store)).toEqual(['Core day 379192', 'Core day 162789']);
  });

  it('a crafted title can never take the slot of a routine with another title (1,000 pairs)', () => {
    // A small alphabet with look-alikes, case pairs and combining marks, so near-misses are common.
    const title = fc
      .string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('a', 'A', 'e', 'é', 'e\u0301', 'ı', 'I', 'i', ' ', '1', 'ß', 'SS', '\u0430') })
      .map((t) => t.trim())
      .filter((t) => t.length > 0);
    const norm = (t: string) => t.normalize('NFC').toLowerCase();
    fc.assert(
      fc.property(title, title, (mine, crafted) => {
        const store = memoryStore();
        saveMyRoutine(store, routine(mine), 1000, known);
        const before = store.data.get(KEYS.myRoutine(mine));
        const saved = saveMyRoutine(store, routine(crafted, 2), 2000, known);
        if (norm(mine) === norm(crafted)) {
          // The same title as the runner reads it: replaced, and what was there comes back for Undo.
          expect(saved.value?.replaced).toEqual({ value: before, title: mine });
        } else {
          expect(saved.value?.replaced).toBeNull();
          expect(store.data.get(KEYS.myRoutine(mine))).toBe(before);
          expect(titles(store).sort()).toEqual([mine, crafted].sort());
        }
      }),
      { seed: 17, numRuns: 1000 },
    );
  }, 30_000);

  it('saving the same title again replaces it and offers it back; Undo restores the old one', () => {
    const store = memoryStore();
    saveMyRoutine(store, routine('Morning core', 1), 1000, known);
    const old = store.data.get(KEYS.myRoutine('Morning core'))!;
    const saved = saveMyRoutine(store, routine('MORNING CORE', 3), 2000, known);
    expect(saved.value).toEqual({ key: KEYS.myRoutine('Morning core'), replaced: { value: old, title: 'Morning core' } });
    const draft = draftReducer(EMPTY_DRAFT, { type: 'replaced', key: saved.value!.key, value: old, title: '“Morning core”' });
    expect(draft.undo).toEqual({ kind: 'saved', text: 'Replaced “Morning core” in My routines.', key: saved.value!.key, value: old, title: '“Morning core”' });
    // What the page's Undo does with it.
    store.set(draft.undo!.kind === 'saved' ? draft.undo!.key : '', old);
    expect(readMyRoutines(store.entries(), known).routines.map((r) => [r.routine.title, r.routine.rounds])).toEqual([['Morning core', 1]]);
  });

  it('never saves over a value it cannot read, and says when the browser refuses', () => {
    const damaged = memoryStore({ [KEYS.myRoutine('Legs')]: '{broken' });
    expect(saveMyRoutine(damaged, routine('Legs'), 1, known)).toEqual({ value: null, problem: 'a saved routine of this title could not be read, and is kept as it is rather than saved over' });
    expect(damaged.data.get(KEYS.myRoutine('Legs'))).toBe('{broken');
    const full = memoryStore({}, FULL);
    expect(saveMyRoutine(full, routine('Legs'), 1, known).problem).toBe('this browser’s storage is full or turned off');
    expect(full.data.size).toBe(0);
  });

  it('writes the routine as its share link, so a saved one passes the checks a shared one does', () => {
    const { value } = writeMyRoutine(routine('Hills'), 5);
    expect(JSON.parse(value)).toEqual({ v: 1, link: encodeRoutine(routine('Hills')), savedAt: 5, kind: 'core' });
  });
});
