/**
 * What the runner hears and feels while a workout runs, kept on schedule: the cues due between
 * the cursor and a little ahead are handed to the player (./player.ts, which arrives with the
 * workout's views), and the screen is kept awake while the workout runs (the player holds the lock). A press (`cuesFrom`
 * moving) drops whatever was scheduled; a cue this late (a throttled tab waking) is dropped,
 * never played in a burst.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TimerPrefs } from '../../lib/storage/timer';
import type { EngineState } from '../../lib/timer/engine';
import type { Plan } from '../../lib/timer/plan';
import type { playCues, screenAwake, silence } from './player';
import { canKeepAwake, STALE_MS } from './senses';

/** How far ahead beeps are put on the audio clock. */
export const LOOKAHEAD_MS = 1200;

export interface CuePlayer {
  playCues: typeof playCues;
  silence: typeof silence;
  screenAwake: typeof screenAwake;
}

interface Workout {
  plan: Plan;
  engine: EngineState;
  now: number;
  cuesFrom: number;
}

/** Plays the cues of `w` as its clock moves; returns whether the screen can be kept awake. */
export function useCues({ plan, engine, now, cuesFrom }: Workout, prefs: TimerPrefs, player: CuePlayer | null): boolean {
  /** Cues up to here are scheduled or dropped. */
  const cursorRef = useRef(0);
  /** Timers for words and vibration not yet due. */
  const pendingRef = useRef<ReturnType<typeof setTimeout>[]>([]);

  // A press starts the cues afresh from its own time.
  useLayoutEffect(() => {
    player?.silence();
    pendingRef.current.forEach(clearTimeout);
    pendingRef.current = [];
    cursorRef.current = cuesFrom;
  }, [cuesFrom, player]);

  // Everything due between the cursor and a little ahead; until the player arrives, the cursor waits.
  useLayoutEffect(() => {
    const to = now + LOOKAHEAD_MS;
    if (!player || engine.status !== 'running' || to <= cursorRef.current) return;
    const from = Math.max(cursorRef.current, now - STALE_MS);
    cursorRef.current = to;
    pendingRef.current.push(...player.playCues(plan, engine, from, to, now, prefs));
  }, [plan, engine, now, prefs, player]);

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

  return canKeepAwake;
}
