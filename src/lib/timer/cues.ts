/**
 * What the timer says and beeps, and when. Pure: given the plan, the engine state and a
 * window of time, it lists the cues due in that window, so the browser can schedule them
 * ahead on the audio clock and drop any that are already stale.
 */
import { settle, type EngineState } from './engine';
import type { Plan } from './plan';
import { describeChange } from './words';

export type CueKind = 'count' | 'change' | 'halfway' | 'finish';

export interface Cue {
  /** Timestamp the cue belongs to. */
  at: number;
  kind: CueKind;
  /** Index of the segment the cue announces or counts down. */
  segment: number;
  /** Words to speak or announce, where there are any. */
  text?: string;
  /** For `count`: 3, 2 or 1. */
  count?: number;
}

/** Countdown beeps only for segments long enough that they help rather than nag. */
const COUNTDOWN_FROM_MS = 6000;
/** The halfway form cue is spoken only in work long enough to hear it. */
const HALFWAY_FROM_MS = 20000;

/**
 * Cues with `from < at <= to`, assuming nobody presses anything in between. Past an
 * open-ended reps segment nothing is known yet, so nothing is listed.
 */
export function cuesBetween(plan: Plan, state: EngineState, from: number, to: number): Cue[] {
  if (state.status !== 'running' || to <= from) return [];
  const cues: Cue[] = [];
  const s = settle(plan, state, Math.max(from, state.anchor));
  if (s.status !== 'running') return [];
  let index = s.index;
  let startAt = s.anchor;
  const add = (cue: Cue) => {
    if (cue.at > from && cue.at <= to) cues.push(cue);
  };
  while (index < plan.segments.length && startAt <= to) {
    const seg = plan.segments[index]!;
    const d = seg.durationMs;
    if (d === null) break;
    const endAt = startAt + d;
    if ((seg.kind === 'work' || seg.kind === 'hold') && seg.cue && d >= HALFWAY_FROM_MS) {
      add({ at: startAt + Math.floor(d / 2), kind: 'halfway', segment: index, text: seg.cue });
    }
    if (d >= COUNTDOWN_FROM_MS) {
      for (const count of [3, 2, 1]) add({ at: endAt - count * 1000, kind: 'count', segment: index, count });
    }
    const last = index === plan.segments.length - 1;
    add(
      last
        ? { at: endAt, kind: 'finish', segment: index + 1, text: describeChange(plan, index + 1) }
        : { at: endAt, kind: 'change', segment: index + 1, text: describeChange(plan, index + 1) },
    );
    index++;
    startAt = endAt;
  }
  return cues.sort((a, b) => a.at - b.at);
}
