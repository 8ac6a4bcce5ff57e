/**
 * Calendar days in the runner's own time zone, as the routine page needs them: days between,
 * "3 days ago", the streak. The arithmetic is date-fns's, one function imported at a time, so
 * daylight-saving days of 23 and 25 hours count as the one calendar day they are. Small on
 * purpose: the timer ships this file, so the week (./history.ts) stays on /log/.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

/** Whole calendar days from `from` to `to` (not 24-hour periods: 23:59 to 00:01 is one day). */
export const calendarDaysBetween = (from: number, to: number): number => differenceInCalendarDays(to, from);

/** "today", "yesterday", "3 days ago", in the site's English. */
export function daysAgoText(then: number, now: number): string {
  const days = Math.max(0, calendarDaysBetween(then, now));
  return new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' }).format(-days, 'day');
}

/**
 * Days in a row with at least one of `times`, counting back from today; a day not yet trained
 * does not break the streak until it is over (so the morning after a workout still counts).
 */
export function streakOfDays(times: readonly number[], now: number): number {
  const daysAgo = new Set(times.map((t) => calendarDaysBetween(t, now)));
  let streak = 0;
  for (let day = daysAgo.has(0) ? 0 : 1; daysAgo.has(day); day++) streak++;
  return streak;
}
