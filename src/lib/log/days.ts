/**
 * Calendar days in the runner's own time zone: days between, "3 days ago", the streak. Small on
 * purpose: the timer island ships this file, and the rest of the log stays on /log/.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Local midnight at the start of the day containing `ms`. */
export function startOfDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight starting the Monday of the week containing `ms`. */
export function startOfWeek(ms: number): number {
  const d = new Date(startOfDay(ms));
  const sinceMonday = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - sinceMonday).getTime();
}

/** Whole calendar days from `from` to `to` (not 24-hour periods: 23:59 to 00:01 is one day). */
export function calendarDaysBetween(from: number, to: number): number {
  // Rounding absorbs the 23- and 25-hour days at daylight-saving changes.
  return Math.round((startOfDay(to) - startOfDay(from)) / DAY_MS);
}

/** "today", "yesterday", "3 days ago". */
export function daysAgoText(then: number, now: number): string {
  const days = Math.max(0, calendarDaysBetween(then, now));
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

/**
 * Days in a row with at least one of `times`, counting back from today; a day not yet trained
 * does not break the streak until it is over (so the morning after a workout still counts).
 */
export function streakOfDays(times: readonly number[], now: number): number {
  const days = new Set(times.map(startOfDay));
  const today = startOfDay(now);
  let day = days.has(today) ? today : startOfDay(today - DAY_MS / 2);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = startOfDay(day - DAY_MS / 2);
  }
  return streak;
}
