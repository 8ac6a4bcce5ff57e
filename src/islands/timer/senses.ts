/**
 * The browser's senses for the timer: beeps on the Web Audio clock, spoken words, vibration,
 * and the screen wake lock. Every feature is optional: where the browser lacks one, it is a no-op.
 */
import type { Cue } from '../../lib/timer/cues';

/** A cue this late is stale (a throttled background tab woke up): it is dropped, never played in a burst. */
export const STALE_MS = 400;

export class Beeper {
  private ctx: AudioContext | null = null;
  private scheduled: OscillatorNode[] = [];

  /** Must run inside the Start click: browsers only allow audio that a gesture unlocked. */
  unlock(): void {
    const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) return;
    this.ctx ??= new Ctx();
    if (this.ctx.state === 'suspended') void this.ctx.resume();
  }

  /** Schedules a cue's beep `delayMs` from now on the audio clock, which keeps time even when timers are throttled. */
  schedule(cue: Cue, delayMs: number): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const at = ctx.currentTime + Math.max(0, delayMs) / 1000;
    const tone = (freq: number, start: number, length: number) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.35, start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + length + 0.02);
      osc.onended = () => (this.scheduled = this.scheduled.filter((o) => o !== osc));
      this.scheduled.push(osc);
    };
    if (cue.kind === 'count') tone(660, at, 0.12);
    else if (cue.kind === 'change') tone(990, at, 0.35);
    else if (cue.kind === 'finish') [0, 0.25, 0.5].forEach((t) => tone(990, at + t, 0.2));
  }

  /** Silences everything scheduled but not yet played (pause, skip, reset). */
  cancel(): void {
    for (const osc of this.scheduled) {
      try {
        osc.stop();
      } catch {
        // already stopped
      }
    }
    this.scheduled = [];
  }
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
