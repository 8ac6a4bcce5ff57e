/**
 * The plan as an iCalendar file (RFC 5545): one event per session, no recurrence rules (the plan
 * changes week to week), the routine's name and length as the title, its kind as CATEGORIES,
 * an absolute link to start it in the description and as URL, and a reminder before the day's
 * time slot.
 *
 * Times are floating: "18:00" is 18:00 wherever the runner's phone is, before and after a
 * daylight-saving change, with no time zone to get wrong. Sessions on the same day follow one
 * another from the slot; the reminder is on the first of them, so a day rings once.
 *
 * The text is written by ical-generator (escaping, line folding, CRLF). It is about 9 KB gzip,
 * so pages load this module only when the runner asks for the file: `await import(...)`.
 */
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { toDate } from './dates';
import { type LibraryRoutine, type Plan, planDays } from './model';
import { type CalendarSlot, DEFAULT_SLOT, MAX_REMINDER_MINUTES, SLOT_TIME } from './slot';

export const CALENDAR_FILE_NAME = 'corestride-plan.ics';
export const CALENDAR_MIME_TYPE = 'text/calendar;charset=utf-8';

export interface CalendarOptions {
  /** The site's absolute address (`site` in astro.config.mjs), which the links start from. */
  site: string | URL;
  /** When the file is written (DTSTAMP); passed in so the function stays pure. */
  now: Date | number;
  slot?: CalendarSlot;
  /** The page that starts a routine, from the site's root. */
  startPath?: (routineId: string) => string;
}

const KIND_CATEGORY = { core: 'CORE', strength: 'STRENGTH', mobility: 'MOBILITY' } as const;
const KIND_WORD = { core: 'Core', strength: 'Strength', mobility: 'Mobility' } as const;

/** Whole minutes a session takes on the calendar: at least one. */
const calendarMinutes = (minutes: number) => Math.max(1, Math.ceil(minutes));

/**
 * The plan as iCalendar text. Throws a RangeError for a slot that is not `HH:mm` or a reminder
 * out of 0 to 1,440 minutes, and a TypeError for a site that is not an absolute URL.
 */
export function planCalendar(plan: Plan, library: readonly LibraryRoutine[], options: CalendarOptions): string {
  const slot = options.slot ?? DEFAULT_SLOT;
  const m = SLOT_TIME.exec(slot.time);
  if (!m) throw new RangeError(`the time slot must be HH:mm, 00:00 to 23:59, not "${slot.time}"`);
  if (!Number.isInteger(slot.reminderMinutes) || slot.reminderMinutes < 0 || slot.reminderMinutes > MAX_REMINDER_MINUTES) {
    throw new RangeError(`the reminder must be a whole number of minutes from 0 to ${MAX_REMINDER_MINUTES}`);
  }
  const site = new URL(options.site);
  const startPath = options.startPath ?? ((id: string) => `/routines/${id}/`);
  const titles = new Map(library.map((r) => [r.id, r.title]));
  const [hours, minutes] = [Number(m[1]), Number(m[2])];

  const calendar = ical({
    prodId: { company: 'CoreStride', product: 'Plan', language: 'EN' },
    name: 'CoreStride plan',
    method: ICalCalendarMethod.PUBLISH,
  });

  for (const week of plan.weeks) {
    for (const day of week.days) {
      const d = toDate(day.date);
      // Floating times are written from the UTC fields: the wall-clock time, in no zone at all.
      let start = Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), hours, minutes);
      day.sessions.forEach((session, i) => {
        const title = titles.get(session.routineId) ?? session.routineId;
        const length = calendarMinutes(session.minutes);
        const link = new URL(startPath(session.routineId), site).href;
        const end = start + length * 60_000;
        calendar.createEvent({
          id: `${day.date}-${i + 1}-${session.routineId}@${site.host}`,
          stamp: new Date(options.now),
          start: new Date(start),
          end: new Date(end),
          floating: true,
          summary: `${title} (${length} min)`,
          description: `Start it: ${link}\n${KIND_WORD[session.kind]}, week ${week.week} of your CoreStride plan.`,
          url: link,
          categories: [{ name: KIND_CATEGORY[session.kind] }],
          alarms: i === 0 ? [{ type: ICalAlarmType.display, trigger: slot.reminderMinutes * 60, description: `${title} at ${slot.time}` }] : [],
        });
        start = end;
      });
    }
  }
  return calendar.toString();
}

/** How many events `planCalendar` writes: one per session. */
export function calendarEventCount(plan: Plan): number {
  return planDays(plan).reduce((n, d) => n + d.sessions.length, 0);
}
