/**
 * What the runner hears and feels while a workout runs, kept on schedule: the cues due between
 * the cursor and a little ahead are handed to the player (./player.ts, which arrives with the
 * workout's views, and which also lets the audio clock sleep between beeps), and the screen is
 * kept awake while the workout runs (the player holds the lock). A press (`cuesFrom` moving)
 * drops whatever was scheduled; a cue this late (a throttled tab waking) is dropped, never
 * played in a burst.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TimerPrefs } from '../../lib/storage/timer';
import type { EngineState } from '../../lib/timer/engine';
import type { Plan } from '../../lib/timer/plan';
import type { scheduleCues, screenAwake, silence } from './player';
import type { Ticks } from './useWorkoutClock';

export interface CuePlayer {
  scheduleCues: typeof scheduleCues;
  silence: typeof silence;
  screenAwake: typeof screenAwake;
}

interface Workout {
  plan: Plan;
  engine: EngineState;
  now: number;
  cuesFrom: number;
}

/**
 * Plays the cues of `w` as its clock moves: at each of its renders, and at each of `ticks`, the
 * island's wakes within a step (which draw nothing). Whether the screen can be kept awake at all
 * is `canKeepAwake` (./senses.ts).
 */
export function useCues({ plan, engine, now, cuesFrom }: Workout, prefs: TimerPrefs, player: CuePlayer | null, ticks: Ticks): void {
  /** Cues up to here are scheduled or dropped. */
  const cursorRef = useRef(0);
  // The newest workout, set by the effect below before any wake can come.
  const latestRef = useRef<{ plan: Plan; engine: EngineState; prefs: TimerPrefs; player: CuePlayer | null }>(null);
  const [cueAt] = useState(() => (at: number) => {
    const { plan, engine, prefs, player } = latestRef.current!;
    if (player) cursorRef.current = player.scheduleCues(plan, engine, cursorRef.current, at, prefs);
  });

  // A press starts the cues afresh from its own time (the player drops what it had scheduled).
  useLayoutEffect(() => {
    player?.silence();
    cursorRef.current = cuesFrom;
  }, [cuesFrom, player]);

  // Everything due between the cursor and a little ahead (./player.ts, scheduleCues, says how far);
  // until the player arrives, the cursor waits.
  useLayoutEffect(() => {
    latestRef.current = { plan, engine, prefs, player };
    cueAt(now);
  }, [plan, engine, now, prefs, player, cueAt]);
  useLayoutEffect(() => {
    ticks.add(cueAt);
    return () => void ticks.delete(cueAt);
  }, [ticks, cueAt]);

  // The screen stays awake while the workout runs, and is asked again when the page comes back.
  const running = engine.status === 'running';
  useLayoutEffect(() => {
    if (!player) return;
    const awake = player.screenAwake;
    if (!running) {
      void awake.release();
      return;
    }
    const hold = () => void awake.hold();
    hold();
    document.addEventListener('visibilitychange', hold);
    return () => document.removeEventListener('visibilitychange', hold);
  }, [running, player]);
}
