/**
 * Calendar days in the runner's own time zone, and "last done" for a routine page. Small on
 * purpose: the timer island ships this file, and the rest of the log stays on /log/.
 */
import { KEYS } from '../saved';

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
 * When this routine was last logged, from storage keys alone (`corestride:workout:<routine>-<start>`):
 * the start time is in the key, so the routine page need not read and check every record.
 * Only the calendar day is shown, so start time stands in for finish time.
 */
export function lastStartedFromKeys(keys: readonly string[], routineId: string): number | null {
  const prefix = KEYS.workout(`${routineId}-`);
  let last: number | null = null;
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (/^\d{1,16}$/.test(rest) && (last === null || Number(rest) > last)) last = Number(rest);
  }
  return last;
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

/** Start times of every logged workout, any routine, from the keys alone (see lastStartedFromKeys). */
export function workoutStartsFromKeys(keys: readonly string[]): number[] {
  const starts: number[] = [];
  for (const key of keys) {
    const m = key.startsWith(KEYS.workoutPrefix) ? /-(\d{1,16})$/.exec(key) : null;
    if (m) starts.push(Number(m[1]));
  }
  return starts;
}
