import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pagefindFilters, parseSearch, rerank, searchToQuery, toggleFilter } from '../../src/lib/search/query';

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

  it('puts the exercise named by the query first, then its variations, then the rest', () => {
    const results = [
      { url: '/routines/core-basics/', title: 'Core basics', type: 'Routine' },
      { url: '/exercises/single-leg-glute-bridge/', title: 'Single-leg glute bridge', type: 'Exercise' },
      { url: '/articles/form/', title: 'Form fundamentals', type: 'Article' },
      { url: '/exercises/glute-bridge/', title: 'Glute bridge', type: 'Exercise', aliases: 'hip bridge, bridge' },
      { url: '/exercises/locust-pose/', title: 'Locust pose', type: 'Exercise', aliases: 'superman, superman hold' },
    ];
    expect(rerank(results, 'Glute Bridge').map((r) => r.url)).toEqual([
      '/exercises/glute-bridge/',
      '/exercises/single-leg-glute-bridge/',
      '/routines/core-basics/',
      '/articles/form/',
      '/exercises/locust-pose/',
    ]);
    expect(rerank(results, 'superman')[0]!.url).toBe('/exercises/locust-pose/');
    expect(rerank(results, 'hip bridge')[0]!.url).toBe('/exercises/glute-bridge/');
  });
});
