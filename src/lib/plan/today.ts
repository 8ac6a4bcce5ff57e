/**
 * The Today card and the finish screen's "what next", as pure data: the plan, the library, the
 * date and what the runner has done or left unfinished in; what to show out. No DOM, no storage:
 * src/islands/today/ reads the browser and draws the card.
 *
 * - Today's sessions are the plan's for the date, with the back heard: when the latest back
 *   score advises it (progression.ts `backAdvice`), strength work gives way to gentle back
 *   mobility (`heedBack`). The advice stands until the next back score: the runner's newest word
 *   about their back is the one listened to, and the mobility session is where they give it.
 * - A session already logged today is done; one with an unfinished workout is resumed.
 * - "Next" is the first day after today with sessions, named by what it holds ("strength day",
 *   "core day", "core and mobility day") and when ("tomorrow", "on Thursday", "on Thursday 24
 *   December" beyond the coming week). The finish screen's "what next" is the next session not
 *   yet done today, else that day, so it never contradicts the plan.
 */
import type { RoutineKind } from '../content/vocabulary';
import { addDays, daysBetween, type LocalDate, toDate, WEEKDAY_NAMES, weekdayOf } from './dates';
import type { LibraryRoutine, Plan, PlannedSession, SessionPurpose } from './model';
import { dayOf, nextSessionDay } from './planner';
import { BACK_MOBILITY_ROUTINE, backAdvice, heedBack, type BackAdvice } from './progression';

/** One session as the card shows it. */
export interface TodaySession {
  routineId: string;
  /** The routine's title ("Runner strength day"); its id when the library no longer has it. */
  title: string;
  kind: RoutineKind;
  /** Its length in minutes, as the routine page shows it. */
  minutes: number;
  purpose: SessionPurpose;
  /** Logged today already. */
  done: boolean;
  /** An unfinished workout of it can be resumed. */
  resume: boolean;
}

/** The next day with sessions after the one shown. */
export interface NextDay {
  date: LocalDate;
  /** What the day holds, lower case: "strength day", "core day", "core and mobility day". */
  label: string;
  /** "today", "tomorrow", "on Thursday", "on Thursday 24 December". */
  when: string;
  sessions: TodaySession[];
  /** Its strength work gives way to back mobility, as today's does. */
  heedsBack: boolean;
}

/** Why the back changes the day, for the card to say. */
export interface BackNote {
  /** The latest back score, 0 to 10. */
  score: number;
  /** The runner's usual (median of the five before), or null with none before it. */
  usual: number | null;
  /** Link "When to see a professional" (a score of 7 or more, or rising three sessions running). */
  seeProfessional: boolean;
  /** A sentence giving the score (and the usual, when the rise is what counts). */
  reason: string;
}

export type Today =
  /** The plan has sessions today (some may be done). */
  | { kind: 'sessions'; date: LocalDate; sessions: TodaySession[]; back: BackNote | null; swapped: TodaySession[]; next: NextDay | null }
  /** A rest day in the plan: what is next and when. */
  | { kind: 'rest'; date: LocalDate; back: BackNote | null; next: NextDay | null }
  /** The plan starts later: its first day. */
  | { kind: 'not-started'; date: LocalDate; back: BackNote | null; next: NextDay | null }
  /** The twelve weeks are over. */
  | { kind: 'ended'; date: LocalDate; back: BackNote | null };

export interface TodayInput {
  plan: Plan;
  library: readonly LibraryRoutine[];
  /** Today, on the runner's calendar. */
  date: LocalDate;
  /** Back scores from check-ins, oldest first (progression.ts `backAdvice`). */
  backScores: readonly number[];
  /** Routines logged today. */
  doneToday: readonly string[];
  /** Routines with an unfinished workout to resume. */
  unfinished: readonly string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "today", "tomorrow", "on Thursday" within the coming week, else "on Thursday 24 December". */
export function whenText(from: LocalDate, date: LocalDate): string {
  const n = daysBetween(from, date);
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  const day = WEEKDAY_NAMES[weekdayOf(date)];
  if (n > 1 && n < 7) return `on ${day}`;
  const d = toDate(date);
  return `on ${day} ${d.getDate()} ${MONTHS[d.getMonth()]}`;
}

/** What a day holds, by the kinds of its sessions: "strength day", "core day", "core and mobility day". */
export function dayLabel(sessions: readonly Pick<PlannedSession, 'kind'>[]): string {
  if (sessions.some((s) => s.kind === 'strength')) return 'strength day';
  const kinds = (['core', 'mobility'] as const).filter((k) => sessions.some((s) => s.kind === k));
  return kinds.length ? `${kinds.join(' and ')} day` : 'rest day';
}

/** The back's advice from the scores, or null when it changes nothing (no scores, or none of concern). */
function backNote(scores: readonly number[]): { advice: BackAdvice; note: BackNote } | null {
  const advice = backAdvice(scores);
  const score = scores[scores.length - 1];
  if (!advice.offerMobility || score === undefined) return null;
  const why =
    advice.usual !== null && advice.signals.includes('rise') && !advice.signals.includes('above-4')
      ? `Your last back score was ${score} out of 10, up from your usual ${formatScore(advice.usual)}`
      : `Your last back score was ${score} out of 10`;
  return {
    advice,
    note: {
      score,
      usual: advice.usual,
      seeProfessional: advice.seeProfessional,
      reason: `${why}.`,
    },
  };
}

const formatScore = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The plan's sessions for a day, with the back heard. */
function heard(sessions: readonly PlannedSession[], back: BackAdvice | null, library: readonly LibraryRoutine[]) {
  if (!back) return { sessions: [...sessions], swapped: [] as PlannedSession[] };
  return heedBack(sessions, back, library.find((r) => r.id === BACK_MOBILITY_ROUTINE) ?? null);
}

function show(s: PlannedSession, input: Pick<TodayInput, 'library' | 'doneToday' | 'unfinished'>, today: boolean): TodaySession {
  const r = input.library.find((x) => x.id === s.routineId);
  return {
    routineId: s.routineId,
    title: r?.title ?? s.routineId,
    kind: s.kind,
    minutes: s.minutes,
    purpose: s.purpose,
    done: today && input.doneToday.includes(s.routineId),
    resume: today && input.unfinished.includes(s.routineId),
  };
}

/** The first day after `date` with sessions, as the card names it, or null when the plan has ended by then. */
function nextDay(input: TodayInput, back: BackAdvice | null): NextDay | null {
  const day = nextSessionDay(input.plan, addDays(input.date, 1));
  if (!day) return null;
  const h = heard(day.sessions, back, input.library);
  return {
    date: day.date,
    label: dayLabel(h.sessions),
    when: whenText(input.date, day.date),
    sessions: h.sessions.map((s) => show(s, input, false)),
    heedsBack: h.swapped.length > 0,
  };
}

/** What the Today card shows. */
export function today(input: TodayInput): Today {
  const { plan, date } = input;
  const b = backNote(input.backScores);
  const advice = b?.advice ?? null;
  const back = b?.note ?? null;
  // nextSessionDay starts at the plan's first day at the earliest, so this is also its first session.
  const next = nextDay(input, advice);
  if (daysBetween(plan.settings.startDate, date) < 0) return { kind: 'not-started', date, back, next };
  const day = dayOf(plan, date);
  if (!day) return { kind: 'ended', date, back };
  if (!day.sessions.length) return { kind: 'rest', date, back, next };
  const h = heard(day.sessions, advice, input.library);
  return {
    kind: 'sessions',
    date,
    sessions: h.sessions.map((s) => show(s, input, true)),
    back,
    swapped: h.swapped.map((s) => show(s, input, true)),
    next,
  };
}

/** The finish screen's "what next": the next session not done today, else the next day with sessions. */
export type WhatNext = { kind: 'today'; session: TodaySession } | { kind: 'day'; day: NextDay } | { kind: 'ended' };

/**
 * What comes next once `finished` is done today (it counts as done whether or not the log took
 * it): the first of today's sessions, back heard, still to do; else the next day with sessions.
 */
export function whatNext(input: TodayInput, finished: string): WhatNext {
  const t = today({ ...input, doneToday: [...input.doneToday, finished] });
  if (t.kind === 'sessions') {
    const left = t.sessions.find((s) => !s.done);
    if (left) return { kind: 'today', session: left };
  }
  if (t.kind === 'ended' || !t.next) return { kind: 'ended' };
  return { kind: 'day', day: t.next };
}

/** "8 min", as the site shows a routine's length. */
export const minutesText = (minutes: number) => `${Math.max(1, Math.round(minutes))} min`;

/**
 * The finish screen's "what next", to follow "Next:": "strength day on Thursday (Runner strength
 * day, 19 min)."; "Gentle back mobility, also today (8 min)."; null when the plan has ended.
 */
export function whatNextText(next: WhatNext): string | null {
  switch (next.kind) {
    case 'today':
      return `${next.session.title}, also today (${minutesText(next.session.minutes)}).`;
    case 'day': {
      const what = next.day.sessions.map((s) => `${s.title}, ${minutesText(s.minutes)}`).join('; ');
      return `${next.day.label} ${next.day.when}${what ? ` (${what})` : ''}.`;
    }
    case 'ended':
      return null;
  }
}
