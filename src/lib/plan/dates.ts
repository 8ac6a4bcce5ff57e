/**
 * Calendar days for the plan, as local dates written `yyyy-MM-dd` ("2027-03-28"): a day on the
 * runner's own calendar, never an instant, so a plan that crosses a daylight-saving change keeps
 * every session on its day. Arithmetic goes through date-fns (one function per import, so only
 * what is used is bundled), which moves by calendar days rather than by 24-hour periods; reading
 * and writing the string is a few lines here, many times faster than date-fns' format parser.
 */
import { addDays as addDaysToDate } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getISODay } from 'date-fns/getISODay';

/** A calendar day, `yyyy-MM-dd`. */
export type LocalDate = string;

/** The days of the week, Monday first (ISO 8601), as stored and as the rules name them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Local midnight of a `yyyy-MM-dd` day. Throws on anything else, so a bad date never turns into a plan. */
export function toDate(day: LocalDate): Date {
  const m = SHAPE.exec(day);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(Number.NaN);
  // Years 0 to 99 would be read as 1900 to 1999, and 2027-02-30 as 2 March: both are refused.
  if (Number.isNaN(date.getTime()) || localDate(date) !== day) throw new RangeError(`"${day}" is not a calendar date written yyyy-MM-dd`);
  return date;
}

/** True for a real calendar day written `yyyy-MM-dd` (so "2027-02-30" is false). */
export function isLocalDate(day: string): boolean {
  try {
    toDate(day);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar day of a moment (a Date or ms since the epoch). */
export function localDate(moment: Date | number): LocalDate {
  const d = new Date(moment);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** The day `n` calendar days after `day` (before it, for negative `n`). */
export function addDays(day: LocalDate, n: number): LocalDate {
  return localDate(addDaysToDate(toDate(day), n));
}

/** Whole calendar days from `from` to `to`: 1 from one day to the next, whatever the clocks did overnight. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** The day of the week of a calendar day. */
export function weekdayOf(day: LocalDate): Weekday {
  return WEEKDAYS[getISODay(toDate(day)) - 1] as Weekday;
}
