/**
 * What the runner hears and feels while a workout runs: beeps put ahead on the audio clock,
 * words and vibration on timers, all from the pure cue list (src/lib/timer/cues.ts), and the
 * screen kept awake while the workout runs. A press (`cuesFrom` moving) drops whatever was
 * scheduled; a cue this late (a throttled tab waking) is dropped, never played in a burst.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Cue } from '../../lib/timer/cues';
import type { EngineState } from '../../lib/timer/engine';
import type { Plan } from '../../lib/timer/plan';
import type { TimerPrefs } from '../../lib/storage/timer';
import { ScreenAwake, speak, STALE_MS, vibrate } from './senses';

/** How far ahead beeps are put on the audio clock. */
export const LOOKAHEAD_MS = 1200;

/** The part of the workout's views that plays cues: it arrives with them (./WorkoutView.tsx). */
export interface CuePlayer {
  cuesBetween(plan: Plan, state: EngineState, from: number, to: number): Cue[];
  beep(cue: Cue, delayMs: number): void;
  silence(): void;
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
  const [awake] = useState(() => new ScreenAwake());

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
    for (const cue of player.cuesBetween(plan, engine, from, to)) {
      const delay = cue.at - now;
      if (prefs.sound) player.beep(cue, delay);
      const words = prefs.voice && cue.text;
      const buzz = prefs.vibrate && (cue.kind === 'change' || cue.kind === 'finish');
      if (words || buzz) {
        pendingRef.current.push(
          setTimeout(() => {
            if (words) speak(words);
            if (buzz) vibrate(cue.kind === 'finish' ? [200, 100, 200] : 250);
          }, Math.max(0, delay)),
        );
      }
    }
  }, [plan, engine, now, prefs, player]);

  // The screen stays awake while the workout runs, and is asked again when the page comes back.
  const running = engine.status === 'running';
  useLayoutEffect(() => {
    if (!running) {
      void awake.release();
      return;
    }
    const hold = () => void awake.hold();
    hold();
    document.addEventListener('visibilitychange', hold);
    return () => document.removeEventListener('visibilitychange', hold);
  }, [running, awake]);

  return awake.supported;
}
