/**
 * The runner's time slot for the calendar file, apart from calendar.ts so that the settings
 * schema and the plan page can use it without loading the iCalendar writer.
 */

/** The runner's time slot for the day's sessions. */
export interface CalendarSlot {
  /** Local time of day, `HH:mm` (24-hour). */
  time: string;
  /** Minutes before the slot that the reminder rings; 0 rings at the start. */
  reminderMinutes: number;
}

export const DEFAULT_SLOT: CalendarSlot = { time: '18:00', reminderMinutes: 30 };
/** The longest a reminder may ring ahead: a day. */
export const MAX_REMINDER_MINUTES = 24 * 60;
/** `HH:mm`, 00:00 to 23:59. */
export const SLOT_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
