/**
 * The browser's senses for the timer, as far as the island needs them before a workout runs:
 * the audio unlock and silencing speech (words, beeps, vibration and the screen wake lock
 * are in ./player.ts). Every feature is optional: where the browser lacks one, it is a no-op.
 */
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

export function stopSpeaking(): void {
  window.speechSynthesis?.cancel();
}

/** Whether this browser can keep the screen awake (the lock itself is in ./player.ts, held while a workout runs). */
export const canKeepAwake = typeof navigator !== 'undefined' && 'wakeLock' in navigator;
