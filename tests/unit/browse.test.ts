import { describe, expect, it } from 'vitest';
import { exerciseFacets, pageHref, pageLinks, pageRange, routineFacets } from '../../src/lib/content/browse';
import { EQUIPMENT, kitNeeded } from '../../src/lib/content/vocabulary';

describe('page links of a long list', () => {
  it('puts page 1 at the list itself and later pages under it', () => {
    expect(pageHref('/exercises', 1)).toBe('/exercises/');
    expect(pageHref('/exercises/level/beginner', 3)).toBe('/exercises/level/beginner/3/');
  });

  it('lists every page when there are few', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two either side of the current page, with a gap mark for the rest', () => {
    expect(pageLinks(1, 84)).toEqual([1, 2, 3, null, 84]);
    expect(pageLinks(40, 84)).toEqual([1, null, 38, 39, 40, 41, 42, null, 84]);
    expect(pageLinks(84, 84)).toEqual([1, null, 82, 83, 84]);
  });

  it('shows a single missing page rather than a gap mark', () => {
    expect(pageLinks(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageLinks(5, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 12]);
  });

  it('never repeats or skips an order, for any page of any length', () => {
    for (let last = 1; last <= 40; last++) {
      for (let current = 1; current <= last; current++) {
        const numbers = pageLinks(current, last).filter((n): n is number => n !== null);
        expect(numbers).toContain(current);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(last);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
      }
    }
  });

  it('describes the range shown, counting from one', () => {
    expect(pageRange({ start: 24, end: 47, total: 2000 })).toBe('Guides 25 to 48 of 2,000.');
  });
});

describe('equipment facets', () => {
  it('every piece of kit in the vocabulary gets its own page once something uses it, and none beyond that', () => {
    for (const kit of kitNeeded(EQUIPMENT)) {
      const exercises = [{ id: 'x', muscles: { primary: ['calves' as const], secondary: [] }, equipment: [kit], level: 'beginner' as const }];
      const facet = exerciseFacets(exercises).find((f) => f.group === 'equipment' && f.value === kit);
      expect(facet?.ids, kit).toEqual(['x']);
      const routine = routineFacets([{ id: 'r', durationMs: 60_000, equipment: [kit] }]).find((f) => f.value === kit);
      expect(routine?.ids, kit).toEqual(['r']);
    }
    const bare = exerciseFacets([{ id: 'y', muscles: { primary: ['abs'], secondary: [] }, equipment: ['mat'], level: 'beginner' }]);
    expect(bare.filter((f) => f.group === 'equipment').map((f) => f.value)).toEqual(['none']);
  });
});
