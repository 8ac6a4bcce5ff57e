/**
 * The browser's senses for the timer: the audio unlock, spoken words, vibration, and the
 * screen wake lock. Every feature is optional: where the browser lacks one, it is a no-op.
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
