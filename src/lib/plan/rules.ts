/**
 * The placement rules, written once: the planner follows them, the finish screen and README
 * quote them (one sentence each, ./rule-text.ts), and `checkPlan` tests any plan against them
 * independently of how it was made. They are the same as the articles give ("How to fit
 * strength work into a running week", "Your first four weeks"):
 *
 * - two strength sessions a week, three at most, on different days;
 * - strength on easy-run or rest days, never the day before the long run or a hard session,
 *   never on consecutive days;
 * - the short core set on most days, skipped (or folded into the strength work) on a strength day;
 * - gentle mobility after the long run;
 * - a normal day's sessions fit the minutes the runner has;
 * - with a race date, the last 10 days are lighter: one light strength session at most, none in
 *   the last 4 days before the race, and none in the week after it.
 *
 * Which rules apply grows with the plan: the first week of "Your first four weeks" is three core
 * sessions, daily core starts in its second week, mobility in its third, strength in its fourth.
 * When a runner's week cannot keep every rule (six runs with three hard sessions leave no easy
 * day that is not the day before a key session), the planner bends as little as it can, by the
 * costs in `BEND_COST`, and reports each rule it bent with a reason.
 */
import { addDays, daysBetween, type LocalDate, type Weekday, weekdayOf } from './dates';
import type { DayRole, Plan, PlanSettings, RuleId, Stage } from './model';

/** Strength sessions a week: the aim, and the most. */
export const STRENGTH_PER_WEEK = { aim: 2, most: 3 } as const;
/** "Most days": days a week with a core set, once daily core has begun. */
export const CORE_DAYS_AT_LEAST = 4;
/** The lighter stretch before a race, counting the race day. */
export const RACE_TAPER_DAYS = 10;
/** No strength work in this many days before the race (nor on the race day). */
export const RACE_NO_STRENGTH_DAYS = 4;
/** No strength work in this many days after the race. */
export const RACE_RECOVERY_DAYS = 7;

/**
 * What bending each placement rule costs, per strength session that bends it (a missing session
 * costs `missing-session`). The planner takes the arrangement of the lowest total. The order is a
 * coach's: strength after the run on a hard-session day is the gentlest bend (hard days hard, easy
 * days easy: run first, then lift); the day before a hard session comes next; dropping to one
 * session before crowding the long run or working two days in a row.
 */
export const BEND_COST = {
  'on-hard-day': 2,
  'before-hard-day': 3,
  'missing-session': 5,
  'on-long-run-day': 5,
  'before-long-run': 5,
  consecutive: 6,
} as const;

/** Days that the next day's strength work must not crowd. */
export const isKeyRole = (role: DayRole): boolean => role === 'long' || role === 'hard' || role === 'race';

/** What a weekday is in the runner's usual week: the long run, a hard session, an easy run, or rest. */
export function usualRole(settings: PlanSettings, day: Weekday): DayRole {
  if (!settings.runDays.includes(day)) return 'rest';
  if (settings.longRunDay === day) return 'long';
  return settings.hardDays.includes(day) ? 'hard' : 'easy';
}

/** What the runner does on a day: the race, the long run, a hard session, an easy run, or rest. */
export function dayRole(settings: PlanSettings, date: LocalDate): DayRole {
  return settings.raceDate === date ? 'race' : usualRole(settings, weekdayOf(date));
}

/** Where a day sits around the race: in the lighter days before it, on it, in the week after it, or none. */
export type RaceWindow = 'taper' | 'taper-no-strength' | 'race' | 'recovery' | null;

/** The race window of a day `toRace` days before the race (negative: after it; null: no race). */
export function raceWindowAt(toRace: number | null): RaceWindow {
  if (toRace === null) return null;
  if (toRace === 0) return 'race';
  if (toRace > 0 && toRace <= RACE_NO_STRENGTH_DAYS) return 'taper-no-strength';
  if (toRace > 0 && toRace < RACE_TAPER_DAYS) return 'taper';
  if (toRace < 0 && -toRace <= RACE_RECOVERY_DAYS) return 'recovery';
  return null;
}

export function raceWindow(settings: PlanSettings, date: LocalDate): RaceWindow {
  return raceWindowAt(settings.raceDate ? daysBetween(date, settings.raceDate) : null);
}

/** Which kinds of work a stage of the plan has begun. */
export function stageHas(stage: Stage): { dailyCore: boolean; mobility: boolean; strength: boolean } {
  return {
    dailyCore: stage !== 'basics',
    mobility: stage !== 'basics' && stage !== 'daily',
    strength: stage === 'first-strength' || stage === 'build' || stage === 'lighter',
  };
}

/** A place where a plan breaks a rule. */
export interface Violation {
  rule: RuleId;
  /** The day (for `strength-twice`, the first day of the week). */
  date: LocalDate;
  week: number;
  detail: string;
}

/**
 * Every place where `plan` breaks a rule, found from the plan and its settings alone. A plan
 * is sound when each of these is reported in `plan.bent` (same rule, date listed).
 */
export function checkPlan(plan: Plan): Violation[] {
  const { settings } = plan;
  const out: Violation[] = [];
  const days = plan.weeks.flatMap((w) => w.days.map((day) => ({ day, week: w.week })));
  const toRace = settings.raceDate && days[0] ? daysBetween(days[0].day.date, settings.raceDate) : null;
  const facts = days.map(({ day }, i) => ({
    role: dayRole(settings, day.date),
    window: raceWindowAt(toRace === null ? null : toRace - i),
    strength: day.sessions.filter((s) => s.kind === 'strength').length,
  }));
  const last = days[days.length - 1];
  const after = last ? dayRole(settings, addDays(last.day.date, 1)) : 'rest';

  let i = 0;
  for (const week of plan.weeks) {
    const add = (rule: RuleId, date: LocalDate, detail: string) => out.push({ rule, date, week: week.week, detail });
    const first = week.days[0]?.date ?? settings.startDate;
    const phase = stageHas(week.stage);
    let strengthSessions = 0;
    let strengthDays = 0;
    let coreDays = 0;
    let nearRace = false;

    for (const day of week.days) {
      const { role, window, strength } = facts[i] as (typeof facts)[number];
      const nextRole = facts[i + 1]?.role ?? after;
      const nextStrength = (facts[i + 1]?.strength ?? 0) > 0;
      i++;
      if (window) nearRace = true;
      const core = day.sessions.some((s) => s.kind === 'core');
      strengthSessions += strength;
      if (core) coreDays++;

      if (strength) {
        strengthDays++;
        if (role !== 'easy' && role !== 'rest') add('strength-on-easy-or-rest-day', day.date, `strength on a ${role} day`);
        if (isKeyRole(nextRole)) add('strength-not-before-key-session', day.date, `strength the day before a ${nextRole} day`);
        if (nextStrength) add('strength-not-consecutive', day.date, `strength on ${day.date} and the day after`);
        if (core) add('core-skipped-on-strength-day', day.date, 'a core set on a strength day');
        if (window && window !== 'taper') add('race-taper', day.date, `strength in the ${window} window`);
      }
      if (window && window !== 'recovery' && day.sessions.some((s) => s.purpose === 'plyometrics')) {
        add('race-taper', day.date, 'plyometrics in the days before a race');
      }
      if (phase.mobility && role === 'long' && !day.sessions.some((s) => s.kind === 'mobility')) {
        add('mobility-after-long-run', day.date, 'no mobility on the long-run day');
      }
      const minutes = day.sessions.reduce((sum, s) => sum + s.minutes, 0);
      if (!strength && minutes > settings.minutes) {
        add('fits-minutes', day.date, `${minutes} minutes on a ${settings.minutes}-minute day`);
      }
    }

    if (phase.strength) {
      if (strengthSessions > STRENGTH_PER_WEEK.most) add('strength-twice', first, `${strengthSessions} strength sessions`);
      if (!nearRace && strengthDays < STRENGTH_PER_WEEK.aim) add('strength-twice', first, `strength on ${strengthDays} days`);
    }
    if (phase.dailyCore && coreDays < CORE_DAYS_AT_LEAST) add('core-most-days', first, `core on ${coreDays} days`);
  }

  // Before the race, one strength session at most: every one after the first is a violation.
  const taper = days.flatMap(({ day, week }, n) => {
    const w = facts[n]?.window;
    return w === 'taper' || w === 'taper-no-strength' || w === 'race' ? day.sessions.filter((s) => s.kind === 'strength').map(() => ({ day, week })) : [];
  });
  for (const { day, week } of taper.slice(1)) {
    out.push({ rule: 'race-taper', date: day.date, week, detail: 'more than one strength session in the 10 days before the race' });
  }
  return out;
}

/** The violations that `plan.bent` does not report: empty for a sound plan. */
export function unreported(plan: Plan): Violation[] {
  return checkPlan(plan).filter((v) => !plan.bent.some((b) => b.rule === v.rule && b.dates.includes(v.date)));
}
