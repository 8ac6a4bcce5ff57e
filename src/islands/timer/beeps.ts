/**
 * Beeps on the Web Audio clock, which keeps time even when timers are throttled. Loaded with
 * the workout's views (only a running workout beeps); the context is the one Start unlocked.
 */
import type { Cue } from '../../lib/timer/cues';
import { audioContext } from './senses';

let scheduled: OscillatorNode[] = [];

/** Schedules a cue's beep `delayMs` from now. */
export function beep(cue: Cue, delayMs: number): void {
  const ctx = audioContext();
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
    osc.onended = () => (scheduled = scheduled.filter((o) => o !== osc));
    scheduled.push(osc);
  };
  if (cue.kind === 'count') tone(660, at, 0.12);
  else if (cue.kind === 'change') tone(990, at, 0.35);
  else if (cue.kind === 'finish') [0, 0.25, 0.5].forEach((t) => tone(990, at + t, 0.2));
}

/** Silences everything scheduled but not yet played (pause, skip, reset). */
export function silence(): void {
  for (const osc of scheduled) {
    try {
      osc.stop();
    } catch {
      // already stopped
    }
  }
  scheduled = [];
}
