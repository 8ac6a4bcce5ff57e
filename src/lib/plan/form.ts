/**
 * The plan page's form, pure: what the runner has filled in, how each change keeps it whole (a
 * long run or a hard session only on a run day, never both), what is wrong with it in words,
 * and the record it becomes. The island (src/islands/PlanPage.tsx) only draws it.
 */
import { isLocalDate, type LocalDate, WEEKDAYS, type Weekday } from './dates';
import { DAY_MINUTES, type DayMinutes, type PlanSettings, RUNNER_KIT, type RunnerKit, type StartingPoint } from './model';
import { type PlanRecord, planRecord } from './schema';
import { DEFAULT_SLOT, MAX_REMINDER_MINUTES, SLOT_TIME } from './slot';

/** The planner's settings as the runner fills them in: the start date is today's, set on making. */
export interface PlanForm extends Omit<PlanSettings, 'startDate' | 'raceDate'> {
  /** `yyyy-MM-dd`, or '' for no race. */
  raceDate: string;
  /** `HH:mm`. */
  slotTime: string;
  reminderMinutes: number;
}

/** A new runner's form: no days ticked, 15 minutes, new to strength work, no kit, the default slot. */
export const EMPTY_FORM: PlanForm = {
  runDays: [],
  longRunDay: null,
  hardDays: [],
  minutes: 15,
  start: 'new',
  kit: [],
  raceDate: '',
  slotTime: DEFAULT_SLOT.time,
  reminderMinutes: DEFAULT_SLOT.reminderMinutes,
};

/** Reminder choices the form offers, in minutes before the slot (a stored value outside them is offered too). */
export const REMINDER_CHOICES: readonly number[] = [0, 10, 15, 30, 60, 120];

/** The form as a stored plan left it. */
export function formFromRecord(record: PlanRecord): PlanForm {
  return {
    runDays: [...record.runDays],
    longRunDay: record.longRunDay,
    hardDays: [...record.hardDays],
    minutes: record.minutes,
    start: record.start,
    kit: [...record.kit],
    raceDate: record.raceDate ?? '',
    slotTime: record.slot.time,
    reminderMinutes: record.slot.reminderMinutes,
  };
}

export type FormAction =
  | { type: 'run-day'; day: Weekday; on: boolean }
  | { type: 'long-run'; day: Weekday | null }
  | { type: 'hard-day'; day: Weekday; on: boolean }
  | { type: 'minutes'; minutes: DayMinutes }
  | { type: 'start'; start: StartingPoint }
  | { type: 'kit'; kit: RunnerKit; on: boolean }
  | { type: 'race-date'; date: string }
  | { type: 'slot-time'; time: string }
  | { type: 'reminder'; minutes: number }
  | { type: 'reset'; form: PlanForm };

/** `days` with `day` in or out, Monday first. */
function toggled(days: readonly Weekday[], day: Weekday, on: boolean): Weekday[] {
  return WEEKDAYS.filter((d) => (d === day ? on : days.includes(d)));
}

/**
 * The form after one change. Unticking a run day takes its long run or hard session with it;
 * a long run day stops being a hard-session day; a day that is not a run day cannot be made
 * the long run or a hard session (the controls offer only run days, so this is a guard).
 */
export function formReducer(form: PlanForm, action: FormAction): PlanForm {
  switch (action.type) {
    case 'run-day': {
      const runDays = toggled(form.runDays, action.day, action.on);
      return {
        ...form,
        runDays,
        longRunDay: form.longRunDay !== null && runDays.includes(form.longRunDay) ? form.longRunDay : null,
        hardDays: form.hardDays.filter((d) => runDays.includes(d)),
      };
    }
    case 'long-run':
      if (action.day !== null && !form.runDays.includes(action.day)) return form;
      return { ...form, longRunDay: action.day, hardDays: form.hardDays.filter((d) => d !== action.day) };
    case 'hard-day':
      if (action.on && (!form.runDays.includes(action.day) || action.day === form.longRunDay)) return form;
      return { ...form, hardDays: toggled(form.hardDays, action.day, action.on) };
    case 'minutes':
      return DAY_MINUTES.includes(action.minutes) ? { ...form, minutes: action.minutes } : form;
    case 'start':
      return { ...form, start: action.start };
    case 'kit':
      return { ...form, kit: RUNNER_KIT.filter((k) => (k === action.kit ? action.on : form.kit.includes(k))) };
    case 'race-date':
      return { ...form, raceDate: action.date.trim() };
    case 'slot-time':
      return { ...form, slotTime: action.time.trim() };
    case 'reminder':
      return { ...form, reminderMinutes: action.minutes };
    case 'reset':
      return action.form;
  }
}

/** The fields that can be wrong, each with the id of its control's group on the page. */
export type FormField = 'runDays' | 'raceDate' | 'slotTime' | 'reminderMinutes';
export type FormProblems = Partial<Record<FormField, string>>;

/** What is wrong with the form, field by field, in words for the runner; empty when it can be made into a plan. */
export function formProblems(form: PlanForm, today: LocalDate): FormProblems {
  const problems: FormProblems = {};
  if (form.runDays.length === 0) problems.runDays = 'Tick at least one day you run: the plan places its sessions around your runs.';
  if (form.raceDate !== '') {
    if (!isLocalDate(form.raceDate)) problems.raceDate = 'Give the race date as a date, or leave it empty.';
    else if (form.raceDate < today) problems.raceDate = 'That race date is in the past. Leave it empty, or give a date from today on.';
  }
  // A phone's time picker may add seconds (18:00:00); the calendar needs hours and minutes.
  if (!SLOT_TIME.test(slotTime(form.slotTime))) problems.slotTime = 'Give a time of day, such as 18:00.';
  if (!Number.isInteger(form.reminderMinutes) || form.reminderMinutes < 0 || form.reminderMinutes > MAX_REMINDER_MINUTES) {
    problems.reminderMinutes = 'Pick when the reminder rings.';
  }
  return problems;
}

/** `HH:mm` from what a time input gives (`HH:mm` or `HH:mm:ss`). */
const slotTime = (value: string) => (/^\d\d:\d\d:\d\d(\.\d+)?$/.test(value) ? value.slice(0, 5) : value);

/**
 * The record to store for a form with no problems: a plan that starts `today`. Throws a
 * RangeError for a form `formProblems` finds fault with, so a bad form never becomes a plan.
 */
export function recordFromForm(form: PlanForm, today: LocalDate, madeAt: number): PlanRecord {
  const problems = Object.values(formProblems(form, today));
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  const longRunDay = form.longRunDay !== null && form.runDays.includes(form.longRunDay) ? form.longRunDay : null;
  return planRecord(
    {
      runDays: WEEKDAYS.filter((d) => form.runDays.includes(d)),
      longRunDay,
      hardDays: WEEKDAYS.filter((d) => form.hardDays.includes(d) && form.runDays.includes(d) && d !== longRunDay),
      minutes: form.minutes,
      start: form.start,
      kit: RUNNER_KIT.filter((k) => form.kit.includes(k)),
      startDate: today,
      raceDate: form.raceDate === '' ? null : form.raceDate,
    },
    { time: slotTime(form.slotTime), reminderMinutes: form.reminderMinutes },
    madeAt,
  );
}
