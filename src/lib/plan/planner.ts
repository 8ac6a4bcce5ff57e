/**
 * The planner: a runner's settings and the routine library in, twelve weeks of dated sessions
 * out, with every rule it had to bend and why. Pure and deterministic: the same settings and
 * library always give the same plan, so only the settings need storing.
 *
 * The shape of the twelve weeks:
 * - Weeks 1 to 4 follow "Your first four weeks": core basics three times (`basics`), the
 *   seven-minute core daily (`daily`), then gentle mobility too (`mobility`), then two strength
 *   days (`first-strength`). A runner with some strength work skips the first of those weeks; a
 *   regular starts at the fourth.
 * - After the first month (`build`): the notch rises every two weeks (longer holds and timed
 *   steps, more reps; see progression.ts), the second strength day becomes `strength-day-two`
 *   where the runner's kit allows, the plyometrics primer joins the first strength day from the
 *   second build week, and on a day with 20 minutes or more one core set a week is a longer one.
 * - Weeks 8 and 12 are lighter (`lighter`): `in-season-maintenance` for strength, the shortest
 *   core set, no notches, no plyometrics.
 * - With a race date: the 10 days up to it are lighter (one `in-season-maintenance` session at
 *   most, at least 5 days out), the race day has gentle mobility only, and the 7 days after it
 *   have no strength work.
 *
 * Strength days are the same days every week: the pair of weekdays that keeps every rule, or
 * when none does, the arrangement that bends least (`BEND_COST` in rules.ts).
 */
import { LEVELS, type Level, type RoutineKind } from '../content/vocabulary';
import { addDays, daysBetween, type LocalDate, WEEKDAY_NAMES, WEEKDAYS, type Weekday, weekdayOf } from './dates';
import {
  type BentRule,
  type DayRole,
  LIGHTER_WEEKS,
  type LibraryRoutine,
  PLAN_WEEKS,
  type Plan,
  type PlanDay,
  type PlannedSession,
  type PlanSettings,
  type PlanWeek,
  type RuleId,
  type SessionPurpose,
  type Stage,
  type StartingPoint,
} from './model';
import {
  BEND_COST,
  isKeyRole,
  RACE_NO_STRENGTH_DAYS,
  RACE_TAPER_DAYS,
  raceWindowAt,
  type RaceWindow,
  stageHas,
  STRENGTH_PER_WEEK,
  usualRole,
} from './rules';

/** The routines the planner asks for by name; any other routine of the right kind is a fallback. */
export const PLAN_ROUTINES = {
  basics: 'core-basics',
  dailyCore: 'seven-minute-core',
  shortCore: 'after-your-run',
  mobility: 'gentle-back-mobility',
  strength: 'runner-strength-day',
  strengthTwo: 'strength-day-two',
  plyometrics: 'plyometrics-primer',
  maintenance: 'in-season-maintenance',
} as const;

/** Core sets that are never the week's longer one: the daily sets and the first week's basics. */
const SHORT_SETS: readonly string[] = [PLAN_ROUTINES.basics, PLAN_ROUTINES.dailyCore, PLAN_ROUTINES.shortCore];
/** Template weeks 1 to 4, in order. */
const TEMPLATE: readonly Stage[] = ['basics', 'daily', 'mobility', 'first-strength'];
/** How many template weeks each starting point skips. */
const SKIP: Record<StartingPoint, number> = { new: 0, some: 1, regular: 3 };
/** Minutes a day needs before plyometrics join a strength day, or a longer core set replaces the short one. */
const PLYOMETRICS_FROM_MINUTES = 15;
const LONGER_CORE_FROM_MINUTES = 20;
/** Build weeks before the plyometrics primer joins. */
const PLYOMETRICS_FROM_BUILD_WEEK = 2;
/** Highest notch the week alone sets. */
const MAX_WEEK_NOTCH = 4;

/** The stage, build week and notch of a plan week for a starting point. */
export function weekShape(start: StartingPoint, week: number): { stage: Stage; buildWeek: number; notch: number } {
  const t = week + SKIP[start];
  const buildWeek = Math.max(0, t - TEMPLATE.length);
  if (LIGHTER_WEEKS.includes(week)) return { stage: 'lighter', buildWeek, notch: 0 };
  if (buildWeek === 0) return { stage: TEMPLATE[t - 1] as Stage, buildWeek, notch: 0 };
  return { stage: 'build', buildWeek, notch: Math.min(MAX_WEEK_NOTCH, Math.ceil(buildWeek / 2)) };
}

/** The hardest level of routine a week may use: beginner routines in the first month, one level up after it; a regular one more. */
export function maxLevel(start: StartingPoint, stage: Stage): Level {
  const afterFirstMonth = stage === 'build' || stage === 'lighter';
  const index = (afterFirstMonth ? 1 : 0) + (start === 'regular' ? 1 : 0);
  return LEVELS[Math.min(index, LEVELS.length - 1)] as Level;
}

// ---------------------------------------------------------------------------------------------
// Strength days

/** A cost breakdown for one set of strength weekdays. */
interface Placement {
  days: Weekday[];
  cost: number;
  /** What each day bends, by `BEND_COST` key. */
  bends: { day: Weekday; bend: keyof typeof BEND_COST }[];
  missing: number;
}

const next = (day: Weekday): Weekday => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7] as Weekday;
const gap = (a: Weekday, b: Weekday) => {
  const d = Math.abs(WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  return Math.min(d, 7 - d);
};

const weekdayRole = usualRole;

function cost(settings: PlanSettings, days: Weekday[]): Placement {
  const bends: Placement['bends'] = [];
  for (const day of days) {
    const role = weekdayRole(settings, day);
    const after = weekdayRole(settings, next(day));
    if (role === 'hard') bends.push({ day, bend: 'on-hard-day' });
    if (role === 'long') bends.push({ day, bend: 'on-long-run-day' });
    if (after === 'hard') bends.push({ day, bend: 'before-hard-day' });
    if (after === 'long') bends.push({ day, bend: 'before-long-run' });
    if (days.includes(next(day))) bends.push({ day, bend: 'consecutive' });
  }
  const missing = STRENGTH_PER_WEEK.aim - days.length;
  const total = bends.reduce((sum, b) => sum + BEND_COST[b.bend], 0) + missing * BEND_COST['missing-session'];
  return { days, cost: total, bends, missing };
}

/**
 * The strength weekdays for a runner's week: of every set of up to two days, the one of least
 * bending cost; ties go to more sessions, then days further apart, then not the day after the
 * long run (a recovery day), then the earlier weekdays.
 */
export function strengthDays(settings: PlanSettings): Placement {
  const candidates: Weekday[][] = [[]];
  for (const a of WEEKDAYS) {
    candidates.push([a]);
    for (const b of WEEKDAYS) if (WEEKDAYS.indexOf(b) > WEEKDAYS.indexOf(a)) candidates.push([a, b]);
  }
  const afterLong = (d: Weekday) => weekdayRole(settings, WEEKDAYS[(WEEKDAYS.indexOf(d) + 6) % 7] as Weekday) === 'long';
  const spread = (days: Weekday[]) => (days.length === 2 ? gap(days[0] as Weekday, days[1] as Weekday) : 0);
  const order = (days: Weekday[]) => days.map((d) => WEEKDAYS.indexOf(d)).join(',');
  let best: Placement | null = null;
  for (const days of candidates) {
    const p = cost(settings, days);
    if (!best) {
      best = p;
      continue;
    }
    const keys = (q: Placement) => [q.cost, -q.days.length, -spread(q.days), q.days.filter(afterLong).length];
    const [a, b] = [keys(p), keys(best)];
    const i = a.findIndex((x, j) => x !== b[j]);
    if (i >= 0 ? (a[i] as number) < (b[i] as number) : order(p.days) < order(best.days)) best = p;
  }
  return best as Placement;
}

/** Three days for core basics in week 1: off the hard days and long run where possible, spread out. */
function basicsDays(settings: PlanSettings): Weekday[] {
  let best: Weekday[] = [];
  let bestKey: number[] = [];
  for (let i = 0; i < 7; i++)
    for (let j = i + 1; j < 7; j++)
      for (let k = j + 1; k < 7; k++) {
        const days = [i, j, k].map((n) => WEEKDAYS[n] as Weekday);
        const key = [
          days.filter((d) => isKeyRole(weekdayRole(settings, d))).length,
          -Math.min(gap(days[0] as Weekday, days[1] as Weekday), gap(days[1] as Weekday, days[2] as Weekday), gap(days[0] as Weekday, days[2] as Weekday)),
        ];
        const d = key.findIndex((x, n) => x !== bestKey[n]);
        if (!best.length || (d >= 0 && (key[d] as number) < (bestKey[d] as number))) {
          best = days;
          bestKey = key;
        }
      }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Routines

const levelIndex = (level: Level) => LEVELS.indexOf(level);

class Chooser {
  constructor(
    private readonly library: readonly LibraryRoutine[],
    private readonly settings: PlanSettings,
  ) {}

  usable(routine: LibraryRoutine, level: Level): boolean {
    return levelIndex(routine.level) <= levelIndex(level) && routine.needs.every((k) => this.settings.kit.includes(k));
  }

  /** The first usable routine of `preferred`, else the shortest usable one of the kind (never one of `exclude`). */
  pick(kind: RoutineKind, level: Level, preferred: readonly string[], exclude: readonly string[] = [], maxMinutes = Infinity): LibraryRoutine | null {
    for (const id of preferred) {
      const r = this.library.find((x) => x.id === id);
      if (r && r.kind === kind && this.usable(r, level) && r.minutes <= maxMinutes) return r;
    }
    const others = this.library
      .filter((r) => r.kind === kind && this.usable(r, level) && !exclude.includes(r.id) && r.minutes <= maxMinutes)
      .sort((a, b) => a.minutes - b.minutes || a.id.localeCompare(b.id));
    return others[0] ?? null;
  }

  /** The core set for a normal day: the preferred one if it fits the minutes, else the shortest that does, else the shortest. */
  core(level: Level, preferred: readonly string[]): LibraryRoutine | null {
    return this.pick('core', level, preferred, [], this.settings.minutes) ?? this.pick('core', level, preferred);
  }

  /** Core routines longer than the daily set that fit the day's minutes, for variety after the first month. */
  longer(level: Level, than: LibraryRoutine): LibraryRoutine[] {
    return this.library
      .filter((r) => r.kind === 'core' && this.usable(r, level) && !SHORT_SETS.includes(r.id) && r.minutes > than.minutes && r.minutes <= this.settings.minutes)
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}

// ---------------------------------------------------------------------------------------------
// The plan

/** Bends found while building, gathered by rule and reason. */
class Bends {
  private readonly map = new Map<string, BentRule>();

  add(rule: RuleId, reason: string, date: LocalDate, week: number) {
    const key = `${rule}\n${reason}`;
    const b = this.map.get(key) ?? { rule, reason, dates: [], weeks: [] };
    if (!b.dates.includes(date)) b.dates.push(date);
    if (!b.weeks.includes(week)) b.weeks.push(week);
    this.map.set(key, b);
  }

  list(): BentRule[] {
    return [...this.map.values()];
  }
}

const name = (d: Weekday) => WEEKDAY_NAMES[d];
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** Why the strength days bend: the runner's week, in a phrase. */
function weekPhrase(settings: PlanSettings): string {
  const runs = settings.runDays.length;
  const hard = WEEKDAYS.filter((d) => weekdayRole(settings, d) === 'hard').map(name);
  const parts = [`you run ${runs} day${runs === 1 ? '' : 's'} a week`];
  if (hard.length) parts.push(`with hard sessions on ${list(hard)}`);
  if (settings.longRunDay && settings.runDays.includes(settings.longRunDay)) parts.push(`and the long run on ${name(settings.longRunDay)}`);
  return parts.join(' ');
}

function bendReason(settings: PlanSettings, placement: Placement, day: Weekday, bend: keyof typeof BEND_COST): string {
  const why = `No two days keep every strength rule when ${weekPhrase(settings)}`;
  const after = next(day);
  switch (bend) {
    case 'on-hard-day':
      return `${why}, so strength goes on ${name(day)}, a hard-session day: run first and do the strength work later in the day, so the hard session is done fresh.`;
    case 'on-long-run-day':
      return `${why}, so strength goes on ${name(day)}, the long-run day: do it after the run, keep it light, and keep the mobility after it.`;
    case 'before-hard-day':
      return `${why}, so strength goes on ${name(day)}, the day before your hard session on ${name(after)}: keep it light, or do it early in the day.`;
    case 'before-long-run':
      return `${why}, so strength goes on ${name(day)}, the day before your long run: keep it light, or do it early in the day.`;
    case 'consecutive':
      return `${why}, so strength falls on ${name(day)} and ${name(after)}, two days in a row: keep the second session light.`;
    case 'missing-session':
      return placement.days.length
        ? `Only one strength day a week keeps your hard sessions and long run fresh when ${weekPhrase(settings)}, so the plan has one, on ${name(placement.days[0] as Weekday)}.`
        : `No day of the week can take strength work without crowding a hard session or the long run when ${weekPhrase(settings)}, so the plan has none.`;
  }
}

const BEND_RULE: Record<keyof typeof BEND_COST, RuleId> = {
  'on-hard-day': 'strength-on-easy-or-rest-day',
  'on-long-run-day': 'strength-on-easy-or-rest-day',
  'before-hard-day': 'strength-not-before-key-session',
  'before-long-run': 'strength-not-before-key-session',
  consecutive: 'strength-not-consecutive',
  'missing-session': 'strength-twice',
};

/**
 * Twelve weeks of sessions for `settings` from `library`. Throws only on a start or race date
 * that is not a calendar date (the settings schema refuses those first).
 */
export function makePlan(settings: PlanSettings, library: readonly LibraryRoutine[]): Plan {
  const chooser = new Chooser(library, settings);
  const bends = new Bends();
  const placement = strengthDays(settings);
  // The first strength day of the week (Monday first) takes the main session and plyometrics.
  const [dayA] = [...placement.days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const basics = basicsDays(settings);
  const longDay = WEEKDAYS.find((d) => weekdayRole(settings, d) === 'long') ?? null;
  const free = (d: Weekday) => !placement.days.includes(d) && weekdayRole(settings, d) !== 'long';
  // Extra mobility: the first rest day after the long run (or any rest day) that has no strength.
  const fromLong = longDay ? WEEKDAYS.indexOf(longDay) : 6;
  const mobilityDay =
    [1, 2, 3, 4, 5, 6, 7].map((n) => WEEKDAYS[(fromLong + n) % 7] as Weekday).find((d) => free(d) && weekdayRole(settings, d) === 'rest') ?? null;
  // A longer core set once a week: a free rest day other than the mobility day, else a free easy day.
  const longerCoreDay =
    WEEKDAYS.find((d) => free(d) && d !== mobilityDay && weekdayRole(settings, d) === 'rest') ??
    WEEKDAYS.find((d) => free(d) && d !== mobilityDay && weekdayRole(settings, d) === 'easy') ??
    null;

  // Before a race, one strength session at most: on the last strength day at least 5 days out.
  let taperStrength: LocalDate | null = null;
  if (settings.raceDate) {
    for (let n = RACE_TAPER_DAYS - 1; n > RACE_NO_STRENGTH_DAYS; n--) {
      const date = addDays(settings.raceDate, -n);
      if (placement.days.includes(weekdayOf(date))) taperStrength = date;
    }
  }

  // Days are walked one calendar day at a time; weekday and race distance follow by counting.
  const firstWeekday = WEEKDAYS.indexOf(weekdayOf(settings.startDate));
  const raceAtStart = settings.raceDate ? daysBetween(settings.startDate, settings.raceDate) : null;
  let date = settings.startDate;
  let n = 0;

  const weeks: PlanWeek[] = [];
  for (let week = 1; week <= PLAN_WEEKS; week++) {
    const shape = weekShape(settings.start, week);
    const phase = stageHas(shape.stage);
    const level = maxLevel(settings.start, shape.stage);
    const lighter = shape.stage === 'lighter';
    const weekStart = date;
    const days: PlanDay[] = [];
    let nearRace = false;

    for (let i = 0; i < 7; i++, n++, date = addDays(date, 1)) {
      const weekday = WEEKDAYS[(firstWeekday + n) % 7] as Weekday;
      const role: DayRole = date === settings.raceDate ? 'race' : weekdayRole(settings, weekday);
      const window: RaceWindow = raceWindowAt(raceAtStart === null ? null : raceAtStart - n);
      if (window) nearRace = true;
      const light = lighter || window !== null;
      const sessions: PlannedSession[] = [];
      const add = (routine: LibraryRoutine, purpose: SessionPurpose, notch = shape.notch) =>
        sessions.push({ date, routineId: routine.id, kind: routine.kind, minutes: routine.minutes, notch: light ? 0 : notch, purpose });

      const mobility = () => {
        const r = chooser.pick('mobility', level, [PLAN_ROUTINES.mobility]);
        if (!r) bends.add('mobility-after-long-run', 'The routine library has no mobility routine for after the long run.', date, week);
        return r;
      };

      const checkFits = () => {
        const total = sessions.reduce((sum, x) => sum + x.minutes, 0);
        if (total <= settings.minutes) return;
        const r = sessions[sessions.length - 1] as PlannedSession;
        const title = library.find((x) => x.id === r.routineId)?.title ?? r.routineId;
        bends.add(
          'fits-minutes',
          `${title} takes about ${Math.round(r.minutes)} minutes, more than the ${settings.minutes} you have on a normal day, and the library has nothing shorter that does its job.`,
          date,
          week,
        );
      };

      if (window === 'race') {
        const r = chooser.pick('mobility', level, [PLAN_ROUTINES.mobility]);
        if (r) add(r, 'mobility-after-race', 0);
        checkFits();
        days.push({ date, weekday, role, sessions });
        continue;
      }

      const strengthToday =
        phase.strength && placement.days.includes(weekday) && (window === null || (window === 'taper' && date === taperStrength));
      const isA = weekday === dayA;
      const main = strengthToday
        ? chooser.pick(
            'strength',
            level,
            window !== null || lighter
              ? [PLAN_ROUTINES.maintenance, PLAN_ROUTINES.strength]
              : shape.stage === 'build' && !isA
                ? [PLAN_ROUTINES.strengthTwo, PLAN_ROUTINES.strength]
                : [PLAN_ROUTINES.strength],
            [PLAN_ROUTINES.plyometrics],
          )
        : null;
      if (strengthToday && !main) {
        bends.add(
          'strength-twice',
          'No strength routine in the library suits your kit and level yet, so these weeks have no strength sessions.',
          weekStart,
          week,
        );
      }

      if (main) {
        const plyo =
          isA && !light && shape.stage === 'build' && shape.buildWeek >= PLYOMETRICS_FROM_BUILD_WEEK && settings.minutes >= PLYOMETRICS_FROM_MINUTES
            ? library.find((r) => r.id === PLAN_ROUTINES.plyometrics && r.kind === 'strength' && chooser.usable(r, level))
            : undefined;
        if (plyo) add(plyo, 'plyometrics', 0);
        add(main, 'strength');
        if (role === 'long' && phase.mobility) {
          const r = mobility();
          if (r) add(r, 'mobility-after-long-run', 0);
        }
      } else {
        if (shape.stage === 'basics') {
          if (basics.includes(weekday)) {
            const r = chooser.core(level, [PLAN_ROUTINES.basics, PLAN_ROUTINES.dailyCore]);
            if (r) add(r, 'basics', 0);
          }
        } else {
          const daily = chooser.core(level, light ? [PLAN_ROUTINES.shortCore, PLAN_ROUTINES.dailyCore] : [PLAN_ROUTINES.dailyCore]);
          let core = daily;
          let purpose: SessionPurpose = 'daily-core';
          if (daily && !light && shape.stage === 'build' && weekday === longerCoreDay && settings.minutes >= LONGER_CORE_FROM_MINUTES) {
            const longer = chooser.longer(level, daily);
            const pick = longer[(shape.buildWeek - 1) % Math.max(1, longer.length)];
            if (pick) [core, purpose] = [pick, 'longer-core'];
          }
          if (!core) {
            bends.add('core-most-days', 'The routine library has no core routine for your kit, so the plan has no daily core set.', weekStart, week);
          }
          const mob = phase.mobility && (role === 'long' || weekday === mobilityDay) ? mobility() : null;
          const fits = (...rs: (LibraryRoutine | null)[]) => rs.reduce((s, r) => s + (r?.minutes ?? 0), 0) <= settings.minutes;
          if (role === 'long' && phase.mobility) {
            // After the long run, mobility comes first; the core set joins it only if both fit.
            if (core && fits(core, mob)) add(core, purpose);
            if (mob) add(mob, 'mobility-after-long-run', 0);
          } else {
            if (core) add(core, purpose);
            if (mob && fits(core, mob)) add(mob, 'mobility', 0);
          }
        }
        checkFits();
      }
      days.push({ date, weekday, role, sessions });
    }

    // Strength days that bend a placement rule, as the chosen days bend them.
    if (phase.strength) {
      for (const day of days) {
        if (!day.sessions.some((s) => s.kind === 'strength')) continue;
        for (const b of placement.bends.filter((x) => x.day === day.weekday)) {
          bends.add(BEND_RULE[b.bend], bendReason(settings, placement, b.day, b.bend), day.date, week);
        }
      }
      if (placement.missing > 0 && !nearRace) {
        bends.add('strength-twice', bendReason(settings, placement, dayA ?? 'mon', 'missing-session'), weekStart, week);
      }
    }
    weeks.push({ week, ...shape, days });
  }
  return { settings, weeks, bent: bends.list() };
}

/** The plan's day for a date, or null outside the plan. */
export function dayOf(plan: Plan, date: LocalDate): PlanDay | null {
  const n = daysBetween(plan.settings.startDate, date);
  if (n < 0 || n >= PLAN_WEEKS * 7) return null;
  return plan.weeks[Math.floor(n / 7)]?.days[n % 7] ?? null;
}

/** The next day from `date` (itself included) with a session, or null when the plan has ended. */
export function nextSessionDay(plan: Plan, date: LocalDate): PlanDay | null {
  for (let n = Math.max(0, daysBetween(plan.settings.startDate, date)); n < PLAN_WEEKS * 7; n++) {
    const day = plan.weeks[Math.floor(n / 7)]?.days[n % 7];
    if (day?.sessions.length) return day;
  }
  return null;
}
