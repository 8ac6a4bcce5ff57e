/**
 * Beeps on the Web Audio clock, which keeps time even when timers are throttled. Loaded with
 * the workout's views (only a running workout beeps); the context is the one Start unlocked.
 *
 * A running AudioContext costs CPU even in silence (its render thread never stops), so it sleeps
 * (suspend()) when no beep is near: while paused, after the finish, and while the page is visible
 * with the next beep more than AWAKE_AHEAD_MS away. It wakes (resume()) ahead of the next beep,
 * and never sleeps while a beep is still scheduled on its clock: a hidden page's beeps, scheduled
 * minutes ahead, would otherwise never sound.
 */
import type { Cue } from '../../lib/timer/cues';
import { audioContext } from './senses';

/** A beep nearer than this keeps the audio clock running (and wakes it). */
export const AWAKE_AHEAD_MS = 10_000;

/** Oscillators scheduled and not yet ended: the context may sleep only when there are none. */
let scheduled: OscillatorNode[] = [];
/** Beeps waiting for the context to wake before they are scheduled. */
let waking = 0;
/** Bumped by silence(): a beep still waiting for the context to wake is then dropped. */
let generation = 0;
/** The timer has no beep near: sleep as soon as nothing is scheduled. */
let sleepy = false;

const ignore = () => undefined;

function sleepIfIdle(ctx: AudioContext): void {
  if (sleepy && scheduled.length === 0 && waking === 0 && ctx.state === 'running') void ctx.suspend?.().catch(ignore);
}

/** Schedules a cue's beep `delayMs` from now, waking the context first if it sleeps. */
/** The cues that beep: a countdown second, a change of step, the finish (halfway is words only). */
const BEEPING: ReadonlySet<Cue['kind']> = new Set(['count', 'change', 'finish']);

export function beep(cue: Cue, delayMs: number): void {
  const ctx = audioContext();
  if (!ctx || !BEEPING.has(cue.kind)) return;
  sleepy = false;
  const asked = performance.now();
  const ours = generation;
  const play = () => {
    if (ours !== generation) return;
    // the delay still to go once the context is awake
    const at = ctx.currentTime + Math.max(0, delayMs - (performance.now() - asked)) / 1000;
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
      osc.onended = () => {
        scheduled = scheduled.filter((o) => o !== osc);
        sleepIfIdle(ctx);
      };
      scheduled.push(osc);
    };
    if (cue.kind === 'count') tone(660, at, 0.12);
    else if (cue.kind === 'change') tone(990, at, 0.35);
    else if (cue.kind === 'finish') [0, 0.25, 0.5].forEach((t) => tone(990, at + t, 0.2));
  };
  if (ctx.state === 'running') return play();
  waking++;
  void (ctx.resume?.() ?? Promise.resolve())
    .then(play, ignore)
    .finally(() => {
      waking--;
      sleepIfIdle(ctx);
    });
}

/**
 * The timer says how far off its next beep is (ms), or null when none is coming (paused, finished,
 * sound off). A near beep wakes the context; otherwise it sleeps once nothing is left to play,
 * except on a hidden page with beeps still to come, which keeps its audio clock running.
 */
export function tendAudio(nextBeepInMs: number | null): void {
  const ctx = audioContext();
  if (!ctx || ctx.state === 'closed') return;
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  if (nextBeepInMs !== null && (nextBeepInMs <= AWAKE_AHEAD_MS || hidden)) {
    sleepy = false;
    if (ctx.state !== 'running') void ctx.resume?.().catch(ignore);
    return;
  }
  sleepy = true;
  sleepIfIdle(ctx);
}

/** Silences everything scheduled but not yet played (pause, skip, reset). */
export function silence(): void {
  generation++;
  for (const osc of scheduled) {
    try {
      osc.stop();
    } catch {
      // already stopped
    }
  }
  scheduled = [];
}
