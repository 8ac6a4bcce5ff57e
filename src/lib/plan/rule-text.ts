/**
 * The placement rules of src/lib/plan/rules.ts, one sentence each: a module of its own with no
 * code, so the timer's finish screen (src/islands/timer/WhatNext.tsx) quotes the same sentences
 * without loading the planner, and the planner's pages do not load the sentences.
 */
import type { RuleId } from './model';

/** One sentence per rule, for the finish screen and the README. */
export const RULES: Record<RuleId, string> = {
  'strength-twice': 'Two strength sessions a week, three at most, on different days.',
  'strength-on-easy-or-rest-day': 'Strength work goes on an easy-run day or a rest day.',
  'strength-not-before-key-session': 'Never strength work the day before the long run or a hard session.',
  'strength-not-consecutive': 'Never strength work on two days in a row.',
  'core-most-days': 'The short core set on most days (at least four a week).',
  'core-skipped-on-strength-day': 'No separate core set on a strength day: the strength session covers it.',
  'mobility-after-long-run': 'Gentle mobility after the long run.',
  'fits-minutes': 'A normal day fits the minutes you have; strength days may run longer.',
  'race-taper':
    'Before a race, the last 10 days are lighter: one light strength session at most, none in the last 4 days, none in the week after the race.',
};
