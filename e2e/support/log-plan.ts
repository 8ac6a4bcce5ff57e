/**
 * A runner's stored week for the log's plan journeys and screenshots: a plan made on Monday
 * 16 November 2026 (runs Monday, Wednesday, Friday and Saturday, long run Saturday, hard session
 * Wednesday, new to strength work), workouts and check-ins, written into localStorage as the
 * plan page, the timer and the finish screen would have. The clock stands at Thursday
 * 10 December 2026, 19:00: plan week 4, "Your first strength days", whose Monday to Sunday asks
 * for strength on Monday and Thursday, core on Tuesday, Wednesday, Friday and Sunday, and gentle
 * mobility on Saturday (strength 2, core 4, mobility 1).
 */
import type { Page } from '@playwright/test';
import { sampleWeek } from '../../tests/fixtures/sample-week';

export const NOW = new Date('2026-12-10T19:00:00');

export const PLAN_RECORD = {
  v: 1,
  ...sampleWeek({ startDate: '2026-11-16' }),
  slot: { time: '18:00', reminderMinutes: 30 },
  madeAt: new Date('2026-11-16T08:00:00').getTime(),
};

export interface SeedWorkout {
  routineId: string;
  title: string;
  /** Local date and time it finished, `2026-12-07T07:30:00`. */
  at: string;
  /** The finish screen's back score, or none. */
  back?: number;
}

/** Writes the plan (unless `plan` is false), the workouts and their check-ins before the page's scripts run. */
export async function seedLogPlan(page: Page, workouts: SeedWorkout[], options: { plan?: boolean; extra?: Record<string, string> } = {}) {
  await page.addInitScript(
    ({ workouts, plan, extra }) => {
      // Only on the first load: a test that reloads sees what the page itself saved since.
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      if (plan) localStorage.setItem('corestride:plan', JSON.stringify(plan));
      for (const [k, v] of Object.entries(extra)) localStorage.setItem(k, v);
      const pad = (n: number) => String(n).padStart(2, '0');
      for (const w of workouts) {
        const finishedAt = new Date(w.at).getTime();
        const startedAt = finishedAt - 600_000;
        const id = `${w.routineId}-${startedAt}`;
        const record = { v: 1, id, routineId: w.routineId, routineTitle: w.title, startedAt, finishedAt, activeMs: 590_000, steps: 8, rounds: 1, completed: true };
        localStorage.setItem(`corestride:workout:${id}`, JSON.stringify(record));
        if (w.back !== undefined) {
          const d = new Date(finishedAt);
          const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
          const kind = w.routineId === 'gentle-back-mobility' ? 'mobility' : w.routineId.includes('strength') ? 'strength' : 'core';
          const checkIn = { v: 1, workoutId: id, routineId: w.routineId, kind, at: finishedAt + 30_000, date, rating: 'just-right', back: w.back };
          localStorage.setItem(`corestride:check-in:${id}`, JSON.stringify(checkIn));
        }
      }
    },
    { workouts, plan: options.plan === false ? null : PLAN_RECORD, extra: options.extra ?? {} },
  );
}

/** Back scores over the last eight weeks (Mondays 19 October to 7 December), oldest first: none in the first week. */
export const BACK_HISTORY: SeedWorkout[] = [
  { routineId: 'core-basics', title: 'Core basics', at: '2026-10-27T07:00:00', back: 3 },
  { routineId: 'core-basics', title: 'Core basics', at: '2026-11-03T07:00:00', back: 2 },
  { routineId: 'core-basics', title: 'Core basics', at: '2026-11-10T07:00:00', back: 2 },
  { routineId: 'core-basics', title: 'Core basics', at: '2026-11-12T07:00:00', back: 4 },
  { routineId: 'seven-minute-core', title: 'Seven-minute core', at: '2026-11-17T07:00:00', back: 4 },
  { routineId: 'seven-minute-core', title: 'Seven-minute core', at: '2026-11-24T07:00:00', back: 2 },
  { routineId: 'seven-minute-core', title: 'Seven-minute core', at: '2026-12-01T07:00:00', back: 1 },
];
