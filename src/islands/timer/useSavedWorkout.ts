/**
 * The timer's side of localStorage: on mount it reads the sound and voice toggles, this
 * routine's timings and any unfinished workout (reporting what could not be read, which the
 * store sets aside); from then on it keeps the workout in progress saved as timestamps, puts
 * finished workouts in the log (the finish screen works out the streak from it).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { KEYS, lastStartedFromKeys } from '../../lib/storage/keys';
import { compilePlan, type PlanSettings } from '../../lib/timer/plan';
import {
  DEFAULT_PREFS,
  readPrefs,
  readSession,
  readSettings,
  RESUME_WITHIN_MS,
  writePrefs,
  writeSession,
  writeSettings,
  type TimerPrefs,
} from '../../lib/storage/timer';
import { writeWorkout, type WorkoutRecord } from '../../lib/storage/workout';
import type { Read } from '../../lib/storage/read';
import type { TimerAction, TimerState } from '../../lib/timer/ui';
import { store } from '../browser-storage';
import type { Unreadable } from './Restored';

export { RESUME_WITHIN_MS } from '../../lib/storage/timer';

export interface SavedWorkout {
  prefs: TimerPrefs;
  /** Turns one toggle over and saves the result; returns the new toggles. */
  togglePref(key: keyof TimerPrefs): TimerPrefs;
  /** Saves this routine's timings, or forgets them (null: the routine's own). */
  saveSettings(settings: PlanSettings | null): void;
  /** What could not be read when the page opened. */
  notices: Unreadable[];
  /** "Start fresh": the unfinished workout on offer is cleared, as the runner asked. */
  discard(): void;
  /** What this page could not save since it opened (storage full or turned off, or a value kept where it was). */
  failed: NotSaved[];
  /** Workouts that could not be put in the log: kept here, for the runner to download. */
  unsaved: WorkoutRecord[];
  /** A workout of this routine is running in another tab or window (told by ./otherTabs.ts). */
  elsewhere: boolean;
  setElsewhere(running: boolean): void;
  /** When this routine was last logged. */
  lastDoneAt: number | null;
}

export const keys = () => store.entries().map(([key]) => key);
/** Stores a value unless its key is `held`; false when not stored. */
const put = (held: Set<string>, key: string, value: string | null) => !held.has(key) && store.set(key, value);
/** What could not be saved: the toggles, this routine's timings, or the workout in progress. */
export type NotSaved = 'prefs' | 'settings' | 'session';
const adding = (what: NotSaved) => (failed: NotSaved[]) => (failed.includes(what) ? failed : [...failed, what]);


export function useSavedWorkout(state: TimerState, dispatch: (a: TimerAction) => void, clock: { read(): number; notBefore(t: number): void }): SavedWorkout {
  const { routineId, engine, settings, now, screen, logged } = state;
  // The routine as it was when the page opened: restoring happens once, not again at a new dose
  // (a dose changes no step's segments, so a saved workout's step count is the same).
  const [input] = useState(state.input);
  const [prefs, setPrefs] = useState<TimerPrefs>(DEFAULT_PREFS);
  const [notices, setNotices] = useState<Unreadable[]>([]);
  const [lastDoneAt, setLastDoneAt] = useState<number | null>(null);
  // Keys holding a value that could not be read nor set aside: kept as they are, never written over.
  const [held] = useState(() => new Set<string>());
  // Whether the unfinished-workout key holds what this page wrote: only that is ever cleared unasked.
  const mineRef = useRef(false);
  const [failed, setFailed] = useState<NotSaved[]>([]);
  const [unsaved, setUnsaved] = useState<WorkoutRecord[]>([]);
  const [elsewhere, setElsewhere] = useState(false);
  /** Stores a value, or notes that `what` could not be saved. */
  const save = (what: NotSaved, key: string, value: string | null) => put(held, key, value) || setFailed(adding(what));

  // Restore, once: whatever cannot be read is set aside by store.read, so the next load is clean.
  useLayoutEffect(() => {
    const problems: Unreadable[] = [];
    const read = <T,>(key: string, reader: (raw: string | null) => Read<T> | null, which: Unreadable[0]) => {
      const r = store.read(key, reader);
      if (r?.problem) {
        problems.push([which, r.problem, r.aside]);
        if (!r.aside) held.add(key);
      }
      return r?.value;
    };
    const p = read(KEYS.prefs, readPrefs, 'prefs');
    if (p) setPrefs(p);
    const s = read(KEYS.settings(routineId), readSettings, 'settings');
    const session = read(KEYS.session(routineId), (raw) => readSession(raw, (saved) => compilePlan(input, saved).segments.length), 'session');
    let offer = null;
    if (session) {
      const { state: saved, savedAt } = session;
      clock.notBefore(savedAt);
      if ((saved.status === 'running' || saved.status === 'paused') && clock.read() - savedAt < RESUME_WITHIN_MS) offer = session;
      else store.set(KEYS.session(routineId), null);
    }
    setLastDoneAt(lastStartedFromKeys(keys(), routineId, clock.read()));
    setNotices(problems);
    dispatch({ type: 'restored', at: clock.read(), settings: s ?? null, offer });
  }, [routineId, input, clock, dispatch, held]);

  // The workout in progress, as timestamps, so a reload can offer to carry on; cleared when it
  // ends, but only if this page wrote it (a damaged one left in place, or another tab's, is not
  // this page's to clear). While another tab's workout of this routine runs, that one keeps the key.
  const loading = screen.kind === 'loading';
  useLayoutEffect(() => {
    if (loading) return;
    if (engine.status === 'running' || engine.status === 'paused') {
      if (elsewhere && !mineRef.current) return;
      if (put(held, KEYS.session(routineId), writeSession({ settings, state: engine, savedAt: now }))) mineRef.current = true;
      else setFailed(adding('session'));
    } else if (mineRef.current) {
      mineRef.current = !store.set(KEYS.session(routineId), null);
    }
  }, [loading, engine, settings, now, routineId, held, elsewhere]);

  // Each workout that counts goes in the log once, under its own key; one the browser refuses is
  // kept here, never reported as done. Logged, 'Last done' changes, so the finish screen, drawn
  // again, counts it in the streak.
  useLayoutEffect(() => {
    if (!logged) return;
    if (store.set(KEYS.workout(logged.id), writeWorkout(logged))) setLastDoneAt(logged.finishedAt);
    else setUnsaved((u) => [...u, logged]);
  }, [logged]);

  return {
    prefs,
    togglePref(key) {
      const next = { ...prefs, [key]: !prefs[key] };
      setPrefs(next);
      save('prefs', KEYS.prefs, writePrefs(next));
      return next;
    },
    saveSettings: (next) => void save('settings', KEYS.settings(routineId), next && writeSettings(next)),
    notices,
    discard() {
      if (!elsewhere) put(held, KEYS.session(routineId), null);
      dispatch({ type: 'discard-offer' });
    },
    elsewhere,
    setElsewhere,
    failed,
    unsaved,
    lastDoneAt,
  };
}
