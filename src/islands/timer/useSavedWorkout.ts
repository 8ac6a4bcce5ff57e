/**
 * The timer's side of localStorage: on mount it reads the sound and voice toggles, this
 * routine's timings and any unfinished workout (reporting what could not be read, which the
 * store sets aside); from then on it keeps the workout in progress saved as timestamps, puts
 * finished workouts in the log, and works out the streak for the finish screen.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { streakOfDays } from '../../lib/log/days';
import { KEYS, lastStartedFromKeys, workoutStartsFromKeys } from '../../lib/storage/keys';
import { compilePlan, type PlanSettings } from '../../lib/timer/plan';
import {
  DEFAULT_PREFS,
  readPrefs,
  readSession,
  readSettings,
  writePrefs,
  writeSession,
  writeSettings,
  type TimerPrefs,
} from '../../lib/storage/timer';
import { writeWorkout } from '../../lib/storage/workout';
import type { TimerAction, TimerState } from '../../lib/timer/ui';
import { store } from '../browser-storage';
import type { Unreadable } from './Restored';

/** A saved workout older than this is not offered for resuming. */
export const RESUME_WITHIN_MS = 3 * 60 * 60 * 1000;

export interface SavedWorkout {
  prefs: TimerPrefs;
  /** Turns one toggle over and saves the result; returns the new toggles. */
  togglePref(key: keyof TimerPrefs): TimerPrefs;
  /** Saves this routine's timings, or forgets them (null: the routine's own). */
  saveSettings(settings: PlanSettings | null): void;
  /** What could not be read when the page opened. */
  notices: Unreadable[];
  /** When this routine was last logged. */
  lastDoneAt: number | null;
  /** Days in a row with a workout, as of the end of the last one. */
  streak: number;
}

const keys = () => store.entries().map(([key]) => key);


export function useSavedWorkout(state: TimerState, dispatch: (a: TimerAction) => void, clock: { read(): number; notBefore(t: number): void }): SavedWorkout {
  const { routineId, input, engine, settings, now, screen, logged } = state;
  const [prefs, setPrefs] = useState<TimerPrefs>(DEFAULT_PREFS);
  const [notices, setNotices] = useState<Unreadable[]>([]);
  const [lastDoneAt, setLastDoneAt] = useState<number | null>(null);
  const [streak, setStreak] = useState(0);

  // Restore, once: whatever cannot be read is set aside by store.read, so the next load is clean.
  useLayoutEffect(() => {
    const problems: Unreadable[] = [];
    const p = store.read(KEYS.prefs, readPrefs);
    if (p?.value) setPrefs(p.value);
    else if (p?.problem) problems.push(['prefs', p.problem]);
    const s = store.read(KEYS.settings(routineId), readSettings);
    if (s?.problem) problems.push(['settings', s.problem]);
    const session = store.read(KEYS.session(routineId), (raw) => readSession(raw, (saved) => compilePlan(input, saved).segments.length));
    let offer = null;
    if (session?.value) {
      const { state: saved, savedAt } = session.value;
      clock.notBefore(savedAt);
      if ((saved.status === 'running' || saved.status === 'paused') && clock.read() - savedAt < RESUME_WITHIN_MS) offer = session.value;
      else store.set(KEYS.session(routineId), null);
    } else if (session?.problem) problems.push(['session', session.problem]);
    setLastDoneAt(lastStartedFromKeys(keys(), routineId));
    setNotices(problems);
    dispatch({ type: 'restored', at: clock.read(), settings: s?.value ?? null, offer });
  }, [routineId, input, clock, dispatch]);

  // The workout in progress, as timestamps, so a reload can offer to carry on.
  const offering = screen.kind === 'idle' && screen.offer !== null;
  const loading = screen.kind === 'loading';
  useLayoutEffect(() => {
    if (loading) return;
    if (engine.status === 'running' || engine.status === 'paused') {
      store.set(KEYS.session(routineId), writeSession({ settings, state: engine, savedAt: now }));
    } else if (!offering) {
      store.set(KEYS.session(routineId), null);
    }
  }, [loading, offering, engine, settings, now, routineId]);

  // Each workout that counts goes in the log once, under its own key.
  useLayoutEffect(() => {
    if (!logged) return;
    store.set(KEYS.workout(logged.id), writeWorkout(logged));
    setLastDoneAt(logged.finishedAt);
  }, [logged]);

  // The streak as of the end, counting the workout just logged (the effect above runs first).
  const endedAt = screen.kind === 'ended' ? screen.at : null;
  useLayoutEffect(() => {
    if (endedAt !== null) setStreak(streakOfDays(workoutStartsFromKeys(keys()), endedAt));
  }, [endedAt]);

  return {
    prefs,
    togglePref(key) {
      const next = { ...prefs, [key]: !prefs[key] };
      setPrefs(next);
      store.set(KEYS.prefs, writePrefs(next));
      return next;
    },
    saveSettings: (next) => void store.set(KEYS.settings(routineId), next && writeSettings(next)),
    notices,
    lastDoneAt,
    streak,
  };
}
