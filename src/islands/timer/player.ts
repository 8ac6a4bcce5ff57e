/**
 * Playing cues: beeps on the audio clock, words and vibration on timers. Only a running
 * workout plays any, so this travels with the workout's views (./WorkoutView.tsx re-exports
 * it) and the island's useCues (./useCues.ts) only keeps the schedule.
 */
import { cuesBetween } from '../../lib/timer/cues';
import type { EngineState } from '../../lib/timer/engine';
import type { Plan } from '../../lib/timer/plan';
import type { TimerPrefs } from '../../lib/storage/timer';
import { AWAKE_AHEAD_MS, beep, silence as silenceBeeps, tendAudio } from './beeps';
import { canKeepAwake, STALE_MS } from './senses';

export { describeChange } from '../../lib/timer/words';

/** Timers for words and vibration not yet due. */
let pending: ReturnType<typeof setTimeout>[] = [];

/** Drops everything scheduled: beeps on the audio clock, words and vibration on timers (a press, sound off, a page shown again). */
export function silence(): void {
  silenceBeeps();
  pending.forEach(clearTimeout);
  pending = [];
}

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
 * go on the audio clock at once; words and vibration wait on timers, which silence() cancels.
 */
export function playCues(plan: Plan, state: EngineState, from: number, to: number, now: number, prefs: TimerPrefs): void {
  for (const cue of cuesBetween(plan, state, from, to)) {
    const delay = cue.at - now;
    if (prefs.sound) beep(cue, delay);
    const words = prefs.voice && cue.text;
    const buzz = prefs.vibrate && (cue.kind === 'change' || cue.kind === 'finish');
    if (words || buzz) {
      // A page suspended with the screen locked runs its timers late when it wakes: words out of
      // time are dropped (the wall clock, as the monotonic one may have stood still meanwhile).
      const due = Date.now() + Math.max(0, delay);
      pending.push(
        setTimeout(() => {
          if (Date.now() - due > STALE_MS) return;
          if (words) speak(words);
          if (buzz) navigator.vibrate?.(cue.kind === 'finish' ? [200, 100, 200] : 250);
        }, Math.max(0, delay)),
      );
    }
  }
}

/** How far ahead cues are scheduled: beeps go on the audio clock this far ahead. */
export const LOOKAHEAD_MS = 1200;
/** On a hidden page (a locked phone) much further: its timers may run late, or not at all, until it is shown. */
export const HIDDEN_LOOKAHEAD_MS = 5 * 60 * 1000;

/**
 * Schedules the cues due after `cursor` (cues up to it are scheduled or dropped) and up to a little
 * ahead of `now`, lets the audio clock sleep or wakes it, and returns the new cursor. A page shown
 * again with minutes of beeps scheduled goes back to the short lookahead, so its audio clock can
 * sleep between cues.
 */
export function scheduleCues(plan: Plan, state: EngineState, cursor: number, now: number, prefs: TimerPrefs): number {
  const hidden = document.visibilityState === 'hidden';
  if (!hidden && cursor > now + LOOKAHEAD_MS) {
    silence();
    cursor = 0;
  }
  const to = now + (hidden ? HIDDEN_LOOKAHEAD_MS : LOOKAHEAD_MS);
  if (state.status === 'running' && to > cursor) {
    playCues(plan, state, Math.max(cursor, now - STALE_MS), to, now, prefs);
    cursor = to;
  }
  tendBeeps(plan, state, now, prefs.sound);
  return cursor;
}

/** Wakes the audio clock ahead of the plan's next beep, or lets it sleep (./beeps.ts says when). */
export function tendBeeps(plan: Plan, state: EngineState, now: number, sound: boolean): void {
  if (!sound || state.status !== 'running') return tendAudio(null);
  const next = cuesBetween(plan, state, now, now + AWAKE_AHEAD_MS).find((c) => c.kind !== 'halfway'); // halfway is words only
  tendAudio(next ? next.at - now : Number.POSITIVE_INFINITY);
}

/**
 * The lock screen: mobile browsers show a page's media session (and keep its sound going with the
 * screen off) only while one of its media elements plays, unmuted, something at least 5 s long;
 * Web Audio alone does not count. So while a workout runs with sound or voice on, a 5.25 s loop
 * of a 40 Hz tone at about -60 dBFS plays (public/sounds/quiet-loop.wav): inaudible, and also
 * enough for Chromium to count the page as audible, so a locked phone does not throttle its
 * timers to once a minute. The README ("The lock screen") says what each browser does with it.
 */
let quiet: HTMLAudioElement | undefined;
let wanted = false;
/**
 * Told when the quiet loop is paused or played from outside the page: a browser's own media
 * notification (Firefox for Android pauses the element itself), a phone call on iOS.
 */
let listener: { paused?: () => void; played?: () => void } = {};
export const onOutsidePlayback = (l: typeof listener) => void (listener = l);
export const QUIET_LOOP = '/sounds/quiet-loop.wav';

type AudioSessionNavigator = Navigator & { audioSession?: { type: string } };

/**
 * Plays or stops the quiet loop. iOS lets a media element play only from a tap, so the island
 * calls this in the Start and Resume taps (once this module has arrived, at the first touch),
 * and the lock screen's view again as the workout runs or pauses.
 */
export function holdPlayback(on: boolean): void {
  if (typeof Audio === 'undefined' || (!on && !quiet)) return;
  if (!quiet) {
    quiet = Object.assign(new Audio(QUIET_LOOP), { loop: true });
    quiet.addEventListener('pause', () => wanted && listener.paused?.());
    quiet.addEventListener('play', () => !wanted && listener.played?.());
  }
  wanted = on;
  // Safari: the Web Audio beeps play as media (on with the screen locked, and through the silent switch).
  const session = (navigator as AudioSessionNavigator).audioSession;
  if (session) session.type = on ? 'playback' : 'auto';
  if (on) void quiet.play().catch(() => undefined);
  else quiet.pause();
}
