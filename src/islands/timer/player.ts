/**
 * Playing cues: beeps on the audio clock, words and vibration on timers. Only a running
 * workout plays any, so this travels with the workout's views (./WorkoutView.tsx re-exports
 * it) and the island's useCues (./useCues.ts) only keeps the schedule.
 */
import { cuesBetween } from '../../lib/timer/cues';
import type { EngineState } from '../../lib/timer/engine';
import type { Plan } from '../../lib/timer/plan';
import type { TimerPrefs } from '../../lib/storage/timer';
import { beep } from './beeps';
import { canKeepAwake } from './senses';

export { describeChange } from '../../lib/timer/words';
export { silence } from './beeps';

/** The screen wake lock, held while a workout runs (useCues). */
class ScreenAwake {
  private sentinel: WakeLockSentinel | null = null;

  async hold(): Promise<void> {
    if (!canKeepAwake || this.sentinel || document.visibilityState !== 'visible') return;
    try {
      this.sentinel = await navigator.wakeLock.request('screen');
      this.sentinel.addEventListener('release', () => (this.sentinel = null));
    } catch {
      // Denied (battery saver, no permission): the timer still works, the screen may dim.
    }
  }

  async release(): Promise<void> {
    const s = this.sentinel;
    this.sentinel = null;
    await s?.release().catch(() => undefined);
  }
}
export const screenAwake = new ScreenAwake();

/** Says `text`, queued after anything already being said (never cut off mid-sentence). */
export function speak(text: string): void {
  const synth = window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  const u = new SpeechSynthesisUtterance(text);
  u.rate = 1.05;
  synth.speak(u);
}

/**
 * Plays the cues due after `from` and up to `to`, each at its time counted from `now`: beeps
 * go on the audio clock at once; words and vibration wait on timers, which are returned so a
 * press can cancel them.
 */
export function playCues(plan: Plan, state: EngineState, from: number, to: number, now: number, prefs: TimerPrefs): ReturnType<typeof setTimeout>[] {
  const timers = [];
  for (const cue of cuesBetween(plan, state, from, to)) {
    const delay = cue.at - now;
    if (prefs.sound) beep(cue, delay);
    const words = prefs.voice && cue.text;
    const buzz = prefs.vibrate && (cue.kind === 'change' || cue.kind === 'finish');
    if (words || buzz) {
      timers.push(
        setTimeout(() => {
          if (words) speak(words);
          if (buzz) navigator.vibrate?.(cue.kind === 'finish' ? [200, 100, 200] : 250);
        }, Math.max(0, delay)),
      );
    }
  }
  return timers;
}
