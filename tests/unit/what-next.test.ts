// @vitest-environment happy-dom
/**
 * The finish screen's "what next" without a plan stored: the rule of thumb for the kind of work
 * just done. For strength work these are the plan's own sentences (src/lib/plan/rules.ts), so the
 * finish screen and the plan page cannot state the strength rule two ways.
 */
import { cleanup, render } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WhatNext } from '../../src/islands/timer/WhatNext';
import { RULES } from '../../src/lib/plan/rule-text';

const said = (kind?: 'core' | 'strength' | 'mobility') => render(h(WhatNext, { finished: 'some-routine', kind })).container.textContent ?? '';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('what next, with no plan stored', () => {
  it('after strength work: two a week (three at most), never two days running, never the day before a key session, in the plan’s words', () => {
    const text = said('strength');
    for (const rule of ['strength-twice', 'strength-not-consecutive', 'strength-not-before-key-session'] as const) expect(text).toContain(RULES[rule]);
  });

  it('after the core set: most days are fine, and no strength rule that would tell it to rest a day', () => {
    const text = said('core');
    expect(text).toContain('a short core set can be done most days');
    expect(text).not.toContain(RULES['strength-not-consecutive']);
  });

  it('after a routine of no known kind: strength stays off the day before the long run or a hard session', () => {
    expect(said()).toContain(RULES['strength-not-before-key-session']);
  });
});
