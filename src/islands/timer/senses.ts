/**
 * The browser's senses for the timer: the audio unlock, spoken words, vibration, and the
 * screen wake lock. Every feature is optional: where the browser lacks one, it is a no-op.
 */
import type { Cue } from '../../lib/timer/cues';

/** A cue this late is stale (a throttled background tab woke up): it is dropped, never played in a burst. */
export const STALE_MS = 400;

let audio: AudioContext | null = null;

/**
 * Must run inside the Start click: browsers only allow audio that a gesture unlocked. The
 * beeps themselves (./beeps.ts) arrive with the workout's views and play on this context.
 */
export function unlockAudio(): void {
  const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctx) return;
  audio ??= new Ctx();
  if (audio.state === 'suspended') void audio.resume();
}

export const audioContext = () => audio;

/**
 * The lock screen: mobile browsers show a page's media session (and keep its sound going with the
 * screen off) only while one of its media elements plays, unmuted, something at least 5 s long.
 * Web Audio alone does not count. So while a workout runs, a 5.25 s loop of a 40 Hz tone at about
 * -60 dBFS plays: inaudible, and also enough for Chromium to count the page as audible, so a
 * locked phone does not throttle its timers to once a minute. It starts in the Start or Resume
 * tap (iOS allows a media element to play only from a gesture, once) and stops with the workout.
 * The README ("The lock screen") says what each browser does with it.
 */
let quiet: HTMLAudioElement | null = null;
/** Whether the timer wants the quiet loop playing: a pause it did not ask for came from outside. */
let wanted = false;
export const QUIET_LOOP = '/sounds/quiet-loop.wav';
/**
 * Told when the quiet loop is paused or played from outside the page: a browser's own media
 * notification (Firefox for Android pauses the element itself), a phone call on iOS.
 */
export const playbackListener: { paused?: () => void; played?: () => void } = {};

type AudioSessionNavigator = Navigator & { audioSession?: { type: string } };

/** Plays (inside a tap, or once a tap has allowed it) or stops the quiet loop. */
export function holdPlayback(on: boolean): void {
  if (typeof Audio === 'undefined') return;
  if (!on && !quiet) return;
  if (!quiet) {
    quiet = Object.assign(new Audio(QUIET_LOOP), { loop: true, preload: 'auto' });
    quiet.addEventListener('pause', () => wanted && playbackListener.paused?.());
    quiet.addEventListener('play', () => !wanted && playbackListener.played?.());
  }
  wanted = on;
  // Safari: the Web Audio beeps play as media (on with the screen locked, and through the silent switch).
  const session = (navigator as AudioSessionNavigator).audioSession;
  if (session) session.type = on ? 'playback' : 'auto';
  if (on) void quiet.play().catch(() => undefined);
  else quiet.pause();
}

export function speak(text: string): void {
  const synth = window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  // Queued, never cancelled mid-sentence: a new announcement waits for the last to finish.
  const u = new SpeechSynthesisUtterance(text);
  u.rate = 1.05;
  synth.speak(u);
}

export function stopSpeaking(): void {
  window.speechSynthesis?.cancel();
}

export function vibrate(pattern: number | number[]): void {
  navigator.vibrate?.(pattern);
}

export class ScreenAwake {
  private sentinel: WakeLockSentinel | null = null;
  readonly supported = typeof navigator !== 'undefined' && 'wakeLock' in navigator;

  async hold(): Promise<void> {
    if (!this.supported || this.sentinel || document.visibilityState !== 'visible') return;
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
