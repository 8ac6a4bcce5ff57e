/** The builder's picker (src/lib/share/picker.ts) and the try ids (src/lib/routine/try.ts). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryExercise } from '../../src/lib/share/custom';
import { ANY, kitOptions, muscleOptions, NO_FILTER, NO_KIT, pick } from '../../src/lib/share/picker';
import { isTry, triedExercise, tryFragment, tryHref, tryRoutineId, TRY_ROUTINE_PREFIX } from '../../src/lib/routine/try';

const ex = (id: string, muscles: LibraryExercise['muscles'], equipment: LibraryExercise['equipment'], aliases: string[] = []): LibraryExercise => ({
  id,
  title: id.replace(/-/g, ' '),
  aliases,
  sides: 'both-at-once',
  cue: '',
  equipment,
  level: 'beginner',
  muscles,
  dose: { kind: 'reps', sets: 1, reps: 10 },
});
const LIBRARY = [
  ex('glute-bridge', ['glutes', 'hamstrings'], ['mat'], ['hip bridge']),
  ex('plank', ['abs', 'deep-core'], ['none']),
  ex('stability-ball-pike', ['abs', 'shoulders'], ['stability-ball']),
  ex('dumbbell-romanian-deadlift', ['hamstrings', 'glutes', 'lower-back'], ['dumbbell']),
];
const ids = (list: LibraryExercise[]) => list.map((e) => e.id);

describe('the picker', () => {
  it('offers only the muscles and kit the library has, in the vocabulary’s order, no equipment first', () => {
    expect(muscleOptions(LIBRARY).map((o) => o.label)).toEqual(['Abs', 'Deep core', 'Lower back', 'Glutes', 'Hamstrings', 'Shoulders']);
    expect(kitOptions(LIBRARY)).toEqual([
      { value: NO_KIT, label: 'No equipment' },
      { value: 'stability-ball', label: 'Stability ball' },
      { value: 'dumbbell', label: 'Dumbbell' },
    ]);
    // A mat is comfort, not kit: no "Mat" filter.
    expect(kitOptions([LIBRARY[0]!]).map((o) => o.value)).toEqual([NO_KIT]);
  });

  it('narrows by a muscle worked mainly or also, by kit, and by words, all at once', () => {
    expect(ids(pick(LIBRARY, NO_FILTER))).toEqual(ids(LIBRARY));
    expect(ids(pick(LIBRARY, { ...NO_FILTER, muscle: 'glutes' }))).toEqual(['glute-bridge', 'dumbbell-romanian-deadlift']);
    expect(ids(pick(LIBRARY, { ...NO_FILTER, kit: NO_KIT }))).toEqual(['glute-bridge', 'plank']);
    expect(ids(pick(LIBRARY, { ...NO_FILTER, kit: 'dumbbell' }))).toEqual(['dumbbell-romanian-deadlift']);
    expect(ids(pick(LIBRARY, { query: 'bridge', muscle: 'hamstrings', kit: NO_KIT }))).toEqual(['glute-bridge']);
    expect(ids(pick(LIBRARY, { query: 'hip', muscle: 'abs', kit: ANY }))).toEqual([]);
  });
});

describe('a try of one exercise', () => {
  it('has an id of its own that the log and the plan can read back', () => {
    expect(tryRoutineId('glute-bridge')).toBe('try-glute-bridge');
    expect(triedExercise('try-glute-bridge')).toBe('glute-bridge');
    expect(isTry('try-glute-bridge')).toBe(true);
    expect(isTry('seven-minute-core')).toBe(false);
    expect(isTry('custom-abc123')).toBe(false);
    expect(isTry(TRY_ROUTINE_PREFIX)).toBe(false);
  });

  it('never collides with a site routine', () => {
    const routines = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'routines')).filter((f) => f.endsWith('.mdx'));
    expect(routines.length).toBeGreaterThan(3);
    for (const f of routines) expect(isTry(f.replace(/\.mdx$/, '')), f).toBe(false);
  });

  it('opens from a link the builder reads', () => {
    expect(tryHref('bird-dog')).toBe('/routines/build/#try=bird-dog');
    expect(tryFragment(new URL(tryHref('bird-dog'), 'https://x').hash)).toBe('bird-dog');
    expect(tryFragment('try=plank')).toBe('plank');
    expect(tryFragment('#r=1.abc')).toBeNull();
    expect(tryFragment('#try=%E0%A4%A')).toBe('%E0%A4%A');
  });
});
