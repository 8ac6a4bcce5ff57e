/**
 * The plan in words for the page that shows it: what a day is called, how a date and a week
 * read, and which week is this week. Pure; dates are the plan's local days (dates.ts), written
 * in English the same way in every browser, so the page reads the same on any phone.
 */
import { daysBetween, type LocalDate, toDate, WEEKDAY_NAMES, type Weekday } from './dates';
import { type DayRole, PLAN_WEEKS, type Plan, type PlanWeek } from './model';

/** What the runner does on a day, as the plan page says it. */
export const ROLE_LABELS: Record<DayRole, string> = {
  long: 'Long run',
  hard: 'Hard session',
  easy: 'Easy run',
  rest: 'Rest day',
  race: 'Race day',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "7 Dec" for 2026-12-07. */
export function shortDate(day: LocalDate): string {
  const d = toDate(day);
  return `${d.getDate()} ${MONTHS[d.getMonth()]}`;
}

/** "Monday 7 Dec" for 2026-12-07. */
export function dayTitle(day: LocalDate, weekday: Weekday): string {
  return `${WEEKDAY_NAMES[weekday]} ${shortDate(day)}`;
}

/** "7 Dec to 13 Dec" for a week. */
export function weekRange(week: PlanWeek): string {
  const first = week.days[0];
  const last = week.days[week.days.length - 1];
  return first && last ? `${shortDate(first.date)} to ${shortDate(last.date)}` : '';
}

/** "30 minutes before", "1 hour before", "At the start". */
export function reminderText(minutes: number): string {
  if (minutes === 0) return 'At the start';
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'} before`;
  return `${minutes} minutes before`;
}

/** A length in minutes as the page shows it: whole minutes, at least one. */
export const minutesText = (minutes: number): string => `${Math.max(1, Math.round(minutes))} min`;

/**
 * Where today falls in the plan: `during` with the index of this week, `before` the plan's
 * first day (a clock set back), or `after` its last.
 */
export type PlanPosition = { when: 'before'; week: 0 } | { when: 'during'; week: number } | { when: 'after'; week: number };

export function planPosition(plan: Plan, today: LocalDate): PlanPosition {
  const n = daysBetween(plan.settings.startDate, today);
  if (n < 0) return { when: 'before', week: 0 };
  if (n >= PLAN_WEEKS * 7) return { when: 'after', week: plan.weeks.length };
  return { when: 'during', week: Math.floor(n / 7) };
}

/** The plan's last day. */
export function lastDay(plan: Plan): LocalDate | null {
  return plan.weeks.at(-1)?.days.at(-1)?.date ?? null;
}

/** "Week 4", "Weeks 4 to 7, 9 to 11": the plan weeks a bent rule touches, in runs. */
export function weeksText(weeks: readonly number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    runs.push(j === i ? `${sorted[i]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]} to ${sorted[j]}`);
    i = j + 1;
  }
  if (runs.length === 0) return '';
  return `${sorted.length === 1 ? 'Week' : 'Weeks'} ${runs.length === 1 ? runs[0] : `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}`}.`;
}
