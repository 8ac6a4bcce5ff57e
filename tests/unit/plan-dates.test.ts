import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isLocalDate, localDate, toDate, weekdayOf } from '../../src/lib/plan/dates';
import { makePlan } from '../../src/lib/plan/planner';
import { planDays } from '../../src/lib/plan/model';
import { LIBRARY } from './plan-fixtures';

// Calendar days must not drift at a daylight-saving change: run these in zones that have them
// (Havana's spring change skips its midnight, so a day there starts at 01:00).
const zones = ['Europe/London', 'America/Santiago', 'Australia/Lord_Howe', 'America/Havana'];
const savedTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = savedTz;
});

describe.each(zones)('local dates in %s', (zone) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });

  it('the zone is in force', () => {
    // Every one of these zones changes its clocks at some point in a year.
    const offsets = new Set(Array.from({ length: 12 }, (_, m) => new Date(2027, m, 1).getTimezoneOffset()));
    expect(offsets.size).toBeGreaterThan(1);
  });

  it('moves one calendar day at a time through a whole year of changes', () => {
    let day = '2026-12-25';
    for (let i = 1; i <= 400; i++) {
      const nextDay = addDays(day, 1);
      expect(daysBetween(day, nextDay)).toBe(1);
      expect(toDate(nextDay).getDate()).not.toBe(toDate(day).getDate());
      day = nextDay;
    }
    expect(day).toBe('2028-01-29');
    expect(daysBetween('2026-12-25', day)).toBe(400);
  });

  it('knows the weekday of a day either side of a change', () => {
    expect(['2027-03-27', '2027-03-28', '2027-03-29', '2027-10-30', '2027-10-31', '2027-11-01'].map(weekdayOf)).toEqual([
      'sat',
      'sun',
      'mon',
      'sat',
      'sun',
      'mon',
    ]);
  });

  it('keeps a plan across the changes on consecutive days, each with its weekday', () => {
    const plan = makePlan(
      { runDays: ['sat'], longRunDay: 'sat', hardDays: [], minutes: 15, start: 'regular', kit: [], startDate: '2027-03-01', raceDate: null },
      LIBRARY,
    );
    const days = planDays(plan);
    expect(days.map((d) => d.date).slice(26, 30)).toEqual(['2027-03-27', '2027-03-28', '2027-03-29', '2027-03-30']);
    days.forEach((d, i) => expect(d.date).toBe(addDays('2027-03-01', i)));
    expect(days.every((d) => d.weekday === weekdayOf(d.date))).toBe(true);
  });
});

describe('reading local dates', () => {
  it('refuses what is not a calendar day', () => {
    for (const bad of ['2027-02-29', '2027-13-01', '2027-00-10', '27-03-01', '2027-3-1', '0099-01-01', '', '2027-03-01T00:00']) {
      expect(isLocalDate(bad), bad).toBe(false);
      expect(() => toDate(bad)).toThrow(/not a calendar date/);
    }
    expect(isLocalDate('2028-02-29')).toBe(true);
  });

  it('writes the local day of a moment', () => {
    expect(localDate(new Date(2027, 2, 28, 23, 59))).toBe('2027-03-28');
  });
});
