/**
 * What the Today card and the finish screen's "what next" need from the browser: the stored plan
 * made again with the library (./../plan/storedPlan.ts), the back scores of every check-in, the
 * routines logged today and the unfinished workouts. Loaded only where a plan is stored.
 */
import { localDate } from '../../lib/plan/dates';
import type { Plan, LibraryRoutine } from '../../lib/plan/model';
import { whatNext, whatNextText, type TodayInput } from '../../lib/plan/today';
import { KEYS, parseWorkoutKey, PLAN_KEYS } from '../../lib/storage/keys';
import { readCheckIn } from '../../lib/storage/plan';
import { readSession, RESUME_WITHIN_MS } from '../../lib/storage/timer';
import { store } from '../browser-storage';
import { fetchLibrary, planFrom, readStoredPlan } from '../plan/storedPlan';

/** The plan as stored, or why there is none to show. */
export type StoredPlan =
  | { plan: Plan; library: LibraryRoutine[]; problem: null }
  /** `unreadable`: the settings could not be read (`aside`: set aside, not deleted); `library`: the routine list could not be fetched. */
  | { plan: null; problem: 'unreadable' | 'library' | 'none'; why: string; aside?: boolean };

export async function storedPlan(): Promise<StoredPlan> {
  const read = readStoredPlan();
  if (!read) return { plan: null, problem: 'none', why: '' };
  if (read.problem !== null) return { plan: null, problem: 'unreadable', why: read.problem, aside: read.aside };
  try {
    const library = await fetchLibrary();
    return { plan: planFrom(read.value, library), library, problem: null };
  } catch (e) {
    return { plan: null, problem: 'library', why: String(e) };
  }
}

const CHECK_IN_PREFIX = PLAN_KEYS.checkIn('');
const SESSION_PREFIX = KEYS.session('');

/** Today's input for src/lib/plan/today.ts, read from storage at `now`. */
export function todayInput(plan: Plan, library: readonly LibraryRoutine[], now: number): TodayInput {
  const date = localDate(now);
  const checkIns: { at: number; back: number }[] = [];
  const doneToday: string[] = [];
  const unfinished: string[] = [];
  for (const [key, raw] of store.entries()) {
    if (key.startsWith(CHECK_IN_PREFIX)) {
      const c = readCheckIn(raw)?.value;
      if (c && c.back !== null) checkIns.push({ at: c.at, back: c.back });
    } else if (key.startsWith(SESSION_PREFIX)) {
      // Any length of plan will do here: the routine page checks the saved step against its own.
      const s = readSession(raw, () => Number.MAX_SAFE_INTEGER)?.value;
      if (s && (s.state.status === 'running' || s.state.status === 'paused') && now - s.savedAt < RESUME_WITHIN_MS) unfinished.push(key.slice(SESSION_PREFIX.length));
    } else {
      const w = parseWorkoutKey(key);
      if (w && localDate(w.startedAt) === date) doneToday.push(w.routineId);
    }
  }
  checkIns.sort((a, b) => a.at - b.at);
  return { plan, library, date, backScores: checkIns.map((c) => c.back), doneToday, unfinished };
}

/**
 * The finish screen's "what next" from the stored plan, once `finished` is done: the words to
 * follow "Next:", or null when the plan has ended. Rejects when the plan cannot be read or made.
 */
export async function whatNextNow(finished: string, now: number): Promise<string | null> {
  const sp = await storedPlan();
  if (sp.problem !== null) throw new Error(`no plan to follow (${sp.problem})`);
  return whatNextText(whatNext(todayInput(sp.plan, sp.library, now), finished));
}
