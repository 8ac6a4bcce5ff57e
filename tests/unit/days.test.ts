/**
 * Calendar days across daylight-saving changes. vitest.config.ts runs this file in the
 * machine's zone and again in New York and Auckland; every assertion holds in any zone, and
 * the first test proves each run really is in the zone it is named for, with the clock
 * changes it is meant to cross.
 */
import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, daysAgoText, streakOfDays } from '../../src/lib/log/days';
import { DEFAULT_PLAN, startOfDay, startOfWeek } from '../../src/lib/log/history';
import { honestWeek } from '../../src/lib/log/week';
import type { WorkoutRecord } from '../../src/lib/storage/workout';

/** Local time; month is 1-based here. */
const at = (y: number, mo: number, d: number, h = 8, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const HOUR = 3_600_000;
/** Hours from local midnight to the next local midnight. */
const hoursIn = (y: number, mo: number, d: number) => (at(y, mo, d + 1, 0) - at(y, mo, d, 0)) / HOUR;

/** 2026's clock changes: a day of 23 hours (clocks forward) and one of 25 (clocks back). */
const CHANGES: Record<string, { short: [number, number, number]; long: [number, number, number] }> = {
  'America/New_York': { short: [2026, 3, 8], long: [2026, 11, 1] },
  'Pacific/Auckland': { short: [2026, 9, 27], long: [2026, 4, 5] },
};
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const DAYS = Object.values(CHANGES).flatMap((c) => [c.short, c.long]);

const workout = (finishedAt: number): WorkoutRecord => ({
  id: `seven-minute-core-${finishedAt - 420_000}`,
  routineId: 'seven-minute-core',
  routineTitle: 'Seven-minute core',
  startedAt: finishedAt - 420_000,
  finishedAt,
  activeMs: 420_000,
  steps: 9,
  rounds: 1,
  completed: true,
});

describe(`calendar days in ${zone}`, () => {
  it('runs in the zone its project names, across real clock changes', () => {
    if (process.env['TZ']) expect(zone).toBe(process.env['TZ']);
    const mine = CHANGES[zone];
    if (mine) {
      expect(hoursIn(...mine.short)).toBe(23);
      expect(hoursIn(...mine.long)).toBe(25);
    }
  });

  for (const [y, mo, d] of DAYS) {
    const day = `${y}-${mo}-${d}`;

    it(`${day}: a day is one day, whatever its length`, () => {
      expect(startOfDay(at(y, mo, d, 23, 30))).toBe(at(y, mo, d, 0));
      expect(calendarDaysBetween(at(y, mo, d - 1, 23, 30), at(y, mo, d + 1, 0, 30))).toBe(2);
      expect(calendarDaysBetween(at(y, mo, d, 0, 5), at(y, mo, d, 23, 55))).toBe(0);
      expect(calendarDaysBetween(at(y, mo, d, 23, 55), at(y, mo, d + 1, 0, 5))).toBe(1);
      expect(daysAgoText(at(y, mo, d - 1, 22), at(y, mo, d + 1, 1))).toBe('2 days ago');
      expect(daysAgoText(at(y, mo, d, 0, 30), at(y, mo, d, 23, 30))).toBe('today');
      expect(daysAgoText(at(y, mo, d, 23, 30), at(y, mo, d + 1, 0, 30))).toBe('yesterday');
    });

    it(`${day}: a streak runs through it, late nights and early mornings alike`, () => {
      const nights = Array.from({ length: 10 }, (_, i) => at(y, mo, d - 5 + i, 23, 45));
      const mornings = Array.from({ length: 10 }, (_, i) => at(y, mo, d - 5 + i, 0, 15));
      for (const times of [nights, mornings]) {
        expect(streakOfDays(times, at(y, mo, d + 4, 23, 50))).toBe(10);
        // The morning after, before training: still 10. The day after that: over.
        expect(streakOfDays(times, at(y, mo, d + 5, 9))).toBe(10);
        expect(streakOfDays(times, at(y, mo, d + 6, 9))).toBe(0);
      }
    });

    it(`${day}: its week has seven days from Monday, and a workout late that day counts on it`, () => {
      const now = at(y, mo, d, 12);
      const monday = startOfWeek(now);
      expect(new Date(monday).getDay()).toBe(1);
      expect(new Date(monday).getHours()).toBe(0);
      const none = new Map();
      const week = honestWeek([workout(at(y, mo, d, 23, 30)), workout(at(y, mo, d, 0, 30))], { library: none, builder: none, checkIns: none }, now, { counters: DEFAULT_PLAN });
      expect(week.days.map((x) => new Date(x.start).getHours())).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expect(week.days[0]!.start).toBe(monday);
      // Each the next calendar date: one step of Date's own day arithmetic from the one before.
      week.days.slice(1).forEach((x, i) => {
        const before = new Date(week.days[i]!.start);
        expect(x.start).toBe(new Date(before.getFullYear(), before.getMonth(), before.getDate() + 1).getTime());
      });
      expect(week.days.find((x) => x.start === at(y, mo, d, 0))?.workouts).toHaveLength(2);
      expect(week.days.reduce((n, x) => n + x.workouts.length, 0)).toBe(2);
    });
  }
});
