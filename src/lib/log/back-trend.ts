/**
 * The back score over the weeks, from the finish screen's check-ins: one value a week (the
 * median of that week's scores, the same "usual" the progression rules use), the points of a
 * small line chart, and the words that say the same for a screen reader. Pure: no DOM; the log
 * draws the SVG from these points.
 */
import { BACK, median } from '../plan/progression';
import type { LocalDate } from '../plan/dates';
import { toDate } from '../plan/dates';
import { calendarDaysBetween } from './days';
import { dayAfter, startOfWeek } from './history';

/** Weeks the trend shows, this one last. */
export const TREND_WEEKS = 8;

export interface TrendWeek {
  /** Local midnight of the week's Monday. */
  monday: number;
  /** The median of the week's back scores, or null for a week without one. */
  score: number | null;
  /** How many scores the week had. */
  count: number;
}

/**
 * The last `weeks` weeks (Monday to Sunday, this week last) with each one's back score, from
 * check-ins' local dates and scores (a check-in that skipped the question has a null score and
 * is left out). Scores outside 0 to 10 cannot be stored (the schema refuses them).
 */
export function backTrend(checkIns: readonly { date: LocalDate; back: number | null }[], now: number, weeks = TREND_WEEKS): TrendWeek[] {
  const thisMonday = startOfWeek(now);
  const mondays = Array.from({ length: weeks }, (_, i) => dayAfter(thisMonday, (i - (weeks - 1)) * 7));
  const scores: number[][] = mondays.map(() => []);
  for (const c of checkIns) {
    if (c.back === null) continue;
    const days = calendarDaysBetween(mondays[0]!, toDate(c.date).getTime());
    const i = Math.floor(days / 7);
    if (days >= 0 && i < weeks) scores[i]!.push(c.back);
  }
  return mondays.map((monday, i) => ({ monday, score: median(scores[i]!), count: scores[i]!.length }));
}

/** "3", "2.5": a week's score as words and the chart's labels show it. */
export const scoreText = (score: number): string => (Number.isInteger(score) ? String(score) : score.toFixed(1));

/** "Back score, last 8 weeks: 3, 2, no score, 4 …", oldest first: the chart's text alternative. */
export function trendText(trend: readonly TrendWeek[]): string {
  const scores = trend.map((w) => (w.score === null ? 'no score' : scoreText(w.score))).join(', ');
  return `Back score, last ${trend.length} weeks: ${scores} (oldest first; 0 is no pain, ${BACK.max} the worst).`;
}

/** The chart's drawing area, in SVG user units. */
export const CHART = { width: 320, height: 120, left: 28, right: 8, top: 8, bottom: 22 } as const;

/** Where each week sits on the chart: x for every week, y for a week with a score. */
export function trendPoints(trend: readonly TrendWeek[]): { x: number; y: number | null }[] {
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const step = trend.length > 1 ? plotW / (trend.length - 1) : 0;
  return trend.map((w, i) => ({
    x: CHART.left + i * step,
    y: w.score === null ? null : CHART.top + plotH * (1 - w.score / BACK.max),
  }));
}

/** The y of a score on the chart (for the axis lines). */
export const scoreY = (score: number): number => CHART.top + (CHART.height - CHART.top - CHART.bottom) * (1 - score / BACK.max);

/** The chart's line as SVG path data: a gap where a week has no score, so nothing is drawn that was not said. */
export function trendPath(points: readonly { x: number; y: number | null }[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.y === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
    pen = true;
  }
  return d;
}
