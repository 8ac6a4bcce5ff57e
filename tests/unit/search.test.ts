import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestSection,
  compound,
  correctQuery,
  editDistance,
  highlight,
  namedFirst,
  numeralTitle,
  pagefindFilters,
  parseSearch,
  phraseQuery,
  phrases,
  searchToQuery,
  toggleFilter,
  vocabulary,
} from '../../src/lib/search/query';

describe('search helpers', () => {
  it('round-trips a search through the URL', () => {
    const state = { q: 'glute bridge', filters: { muscle: ['Glutes', 'Abs'], level: ['Beginner'] } };
    expect(searchToQuery(state)).toBe('?q=glute+bridge&muscle=Glutes&muscle=Abs&level=Beginner');
    expect(parseSearch(searchToQuery(state))).toEqual(state);
  });

  it('never throws on any query string, and keeps only known groups', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseSearch(s);
        expect(parsed.q.length).toBeLessThanOrEqual(100);
        expect(Object.keys(parsed.filters).every((k) => ['type', 'muscle', 'equipment', 'level'].includes(k))).toBe(true);
      }),
    );
    expect(parseSearch('?q=x&evil=<script>&muscle=').filters).toEqual({});
  });

  it('combines values in a group with OR and groups with AND', () => {
    expect(pagefindFilters({ muscle: ['Glutes', 'Abs'], equipment: ['Mat'], level: [] })).toEqual({
      muscle: { any: ['Glutes', 'Abs'] },
      equipment: { any: ['Mat'] },
    });
    expect(toggleFilter({ muscle: ['Glutes'] }, 'muscle', 'Glutes', false)).toEqual({ muscle: [] });
  });

  it('writes each name as one word, and asks for a whole name only when several words are typed', () => {
    expect(compound('Single-leg glute bridge')).toBe('singlelegglutebridge');
    expect(phrases(['Glute bridge', 'hip bridge', 'Hip-bridge', 'bridge'])).toBe('glutebridge hipbridge bridge');
    expect(phraseQuery('  Glute   Bridge ')).toBe('"glutebridge"');
    expect(phraseQuery('7 minute')).toBe('"7minute"');
    expect(phraseQuery('plank')).toBeNull();
    expect(phraseQuery('')).toBeNull();
  });

  it('moves the named pages to the front and keeps Pagefind\'s order within each group', () => {
    const results = ['marching', 'glute', 'single', 'pelvic', 'routine'].map((id) => ({ id }));
    expect(namedFirst(results, new Set(['routine', 'glute'])).map((r) => r.id)).toEqual(['glute', 'routine', 'marching', 'single', 'pelvic']);
    expect(namedFirst(results, new Set())).toEqual(results);
    fc.assert(
      fc.property(fc.uniqueArray(fc.string()), fc.array(fc.string()), (ids, named) => {
        const out = namedFirst(ids.map((id) => ({ id })), new Set(named)).map((r) => r.id);
        expect([...out].sort()).toEqual([...ids].sort());
      }),
    );
  });

  it('writes number words in a title as digits', () => {
    expect(numeralTitle('Seven-minute core')).toBe('7-minute core');
    expect(numeralTitle('Ten minutes, twice')).toBe('10 minutes, twice');
    expect(numeralTitle('Core basics')).toBeNull();
    // Only whole words: "someone" holds "one" but is not a number.
    expect(numeralTitle('Someone often')).toBeNull();
  });

  it('builds a vocabulary of distinct name words', () => {
    expect(vocabulary(['Glute bridge', 'Single-leg glute bridge', 'Abs', '90 90 stretch', 'ab'])).toEqual(['abs', 'bridge', 'glute', 'leg', 'single', 'stretch']);
  });

  it('counts edits, a swap of neighbours as one, and stops past the limit', () => {
    expect(editDistance('brige', 'bridge')).toBe(1);
    expect(editDistance('birdge', 'bridge')).toBe(1);
    expect(editDistance('plnak', 'plank')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('plank', 'stability', 2)).toBe(3);
    // Found by the property below: every row stays within the limit, only the last cell goes past it.
    expect(editDistance(' r', 'r! ', 1)).toBe(2);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, b, 1)).toBe(Math.min(d, 2));
      }),
    );
  });

  it('mends misspelt words against the vocabulary and leaves real words alone', () => {
    const words = vocabulary(['Glute bridge', 'Marching glute bridge', 'Plank', 'Side plank', 'Core basics', 'Glutes']);
    const unknown = (...ts: string[]) => (t: string) => ts.includes(t);
    // "glut" is known to Pagefind (it begins "glutes"), so it is only completed.
    expect(correctQuery('glut brige', words, unknown('brige'))).toBe('glute bridge');
    expect(correctQuery('Glute Birdge', words, unknown('birdge'))).toBe('glute bridge');
    expect(correctQuery('plnak', words, unknown('plnak'))).toBe('plank');
    // A word Pagefind knows is never replaced by another, however close.
    expect(correctQuery('sore back', words, unknown())).toBeNull();
    // Too far from every name, or too short to guess: left as typed.
    expect(correctQuery('zzyzzx', words, unknown('zzyzzx'))).toBeNull();
    expect(correctQuery('abz', words, unknown('abz'))).toBeNull();
    expect(correctQuery('glute bridge', words, unknown())).toBeNull();
  });

  it('marks the words of a summary that begin with a query word, and loses no text', () => {
    const text = 'Lift your hips from the floor to wake up the glutes.';
    expect(highlight(text, 'glute bridge')).toEqual([
      { text: 'Lift your hips from the floor to wake up the ', mark: false },
      { text: 'glutes', mark: true },
      { text: '.', mark: false },
    ]);
    expect(highlight(text, 'Hips, floor')).toEqual([
      { text: 'Lift your ', mark: false },
      { text: 'hips', mark: true },
      { text: ' from the ', mark: false },
      { text: 'floor', mark: true },
      { text: ' to wake up the glutes.', mark: false },
    ]);
    expect(highlight(text, '')).toEqual([{ text, mark: false }]);
    fc.assert(
      fc.property(fc.string(), fc.string(), (t, q) => {
        expect(highlight(t, q).map((s) => s.text).join('')).toBe(t);
      }),
    );
  });

  it('links a section only when it holds more of the match than the top of the page', () => {
    const at = (...scores: number[]) => scores.map((balanced_score) => ({ balanced_score }));
    const top = { title: 'Glute bridge', url: '/exercises/glute-bridge/', weighted_locations: at(9, 9, 4) };
    const how = { title: 'How to do it', url: '/exercises/glute-bridge/#how-to', weighted_locations: at(1, 1) };
    const why = { title: 'Why runners need it', url: '/exercises/glute-bridge/#why', weighted_locations: at(6, 6, 6, 6) };
    expect(bestSection([top, how])).toBeUndefined();
    expect(bestSection([top, how, why])).toBe(why);
    expect(bestSection([how])).toBe(how);
    expect(bestSection([])).toBeUndefined();
    expect(bestSection(undefined)).toBeUndefined();
  });
});
