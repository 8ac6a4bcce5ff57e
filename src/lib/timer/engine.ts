/**
 * The timer engine. State is a handful of timestamps; every answer is derived from them and
 * the time you pass in, so the engine is right however rarely it is asked (a background tab
 * may wake once a minute) and the same inputs always give the same outputs. No clocks here:
 * the caller supplies `now`.
 */
import { estimateMs, type Plan, type Segment } from './plan';

export type Status = 'idle' | 'running' | 'paused' | 'finished';

export interface EngineState {
  status: Status;
  /** Segment the anchor belongs to. Later segments are reached by walking forward from it. */
  index: number;
  /** When segment `index` began, moved later by every pause since. */
  anchor: number;
  startedAt: number | null;
  pausedAt: number | null;
  /** Total time spent paused, in ms. */
  pausedTotal: number;
  /** Exact end time (not when it was noticed). */
  finishedAt: number | null;
}

export interface Snapshot {
  status: Status;
  index: number;
  segment: Segment | null;
  next: Segment | null;
  /** Time spent in the current segment. */
  elapsedInSegmentMs: number;
  /** Time left in the current segment; `null` while an open-ended reps segment waits for Done. */
  remainingMs: number | null;
  /** Active (unpaused) time since Start. */
  elapsedMs: number;
  /** Estimated time to the end of the workout. */
  remainingTotalMs: number;
  /** 0 to 1, by time. */
  progress: number;
}

export const IDLE: EngineState = {
  status: 'idle',
  index: 0,
  anchor: 0,
  startedAt: null,
  pausedAt: null,
  pausedTotal: 0,
  finishedAt: null,
};

/** How far into a segment "Previous step" restarts it instead of going back one. */
export const RESTART_WITHIN_MS = 3000;

/** The instant the engine reads: frozen while paused. */
const clockOf = (state: EngineState, now: number) => (state.status === 'paused' && state.pausedAt !== null ? state.pausedAt : now);

/**
 * Walks forward from the anchor through every timed segment that has ended by `now`.
 * Stops at an open-ended reps segment. Returns where the workout is, or that it has ended.
 */
function walk(plan: Plan, state: EngineState, now: number): { index: number; anchor: number; ended: boolean } {
  let { index, anchor } = state;
  const segments = plan.segments;
  while (index < segments.length) {
    const d = segments[index]!.durationMs;
    if (d === null || now < anchor + d) break;
    anchor += d;
    index++;
  }
  return { index, anchor, ended: index >= segments.length };
}

/** Brings the state up to `now`: advances past ended segments, and records the exact finish. */
export function settle(plan: Plan, state: EngineState, now: number): EngineState {
  if (state.status !== 'running' && state.status !== 'paused') return state;
  const at = clockOf(state, now);
  const w = walk(plan, state, at);
  if (w.ended) {
    return { ...state, status: 'finished', index: plan.segments.length, anchor: w.anchor, pausedAt: null, finishedAt: w.anchor };
  }
  if (w.index === state.index) return state;
  return { ...state, index: w.index, anchor: w.anchor };
}

export function start(plan: Plan, state: EngineState, now: number): EngineState {
  if (state.status === 'running' || state.status === 'paused') return state;
  if (plan.segments.length === 0) return state;
  return { ...IDLE, status: 'running', index: 0, anchor: now, startedAt: now };
}

export function pause(plan: Plan, state: EngineState, now: number): EngineState {
  const s = settle(plan, state, now);
  if (s.status !== 'running') return s;
  return { ...s, status: 'paused', pausedAt: now };
}

export function resume(plan: Plan, state: EngineState, now: number): EngineState {
  if (state.status !== 'paused' || state.pausedAt === null) return state;
  const gap = Math.max(0, now - state.pausedAt);
  return settle(plan, { ...state, status: 'running', anchor: state.anchor + gap, pausedTotal: state.pausedTotal + gap, pausedAt: null }, now);
}

/** Jumps to the start of segment `index` (or finishes when past the end), keeping paused/running. */
function jumpTo(plan: Plan, state: EngineState, index: number, now: number): EngineState {
  const at = clockOf(state, now);
  if (index >= plan.segments.length) {
    return { ...state, status: 'finished', index: plan.segments.length, anchor: at, pausedAt: null, finishedAt: at };
  }
  return { ...state, index: Math.max(0, index), anchor: at };
}

export function next(plan: Plan, state: EngineState, now: number): EngineState {
  const s = settle(plan, state, now);
  if (s.status !== 'running' && s.status !== 'paused') return s;
  return jumpTo(plan, s, s.index + 1, now);
}

/** Restarts the current segment if it is under way, otherwise goes back one. */
export function previous(plan: Plan, state: EngineState, now: number): EngineState {
  const s = settle(plan, state, now);
  if (s.status !== 'running' && s.status !== 'paused') return s;
  const into = clockOf(s, now) - s.anchor;
  return jumpTo(plan, s, into > RESTART_WITHIN_MS || s.index === 0 ? s.index : s.index - 1, now);
}

/** Ends an open-ended reps segment. Ignored anywhere else, so a stray Done never skips a timed step. */
export function done(plan: Plan, state: EngineState, now: number): EngineState {
  const s = settle(plan, state, now);
  if (s.status !== 'running') return s;
  if (plan.segments[s.index]?.durationMs !== null) return s;
  return jumpTo(plan, s, s.index + 1, now);
}

export function reset(): EngineState {
  return IDLE;
}

export function snapshot(plan: Plan, state: EngineState, now: number): Snapshot {
  const segments = plan.segments;
  const planMs = segments.reduce((sum, seg) => sum + estimateMs(seg), 0);
  if (state.status === 'idle') {
    return {
      status: 'idle',
      index: 0,
      segment: segments[0] ?? null,
      next: segments[1] ?? null,
      elapsedInSegmentMs: 0,
      remainingMs: segments[0]?.durationMs ?? null,
      elapsedMs: 0,
      remainingTotalMs: planMs,
      progress: 0,
    };
  }
  const s = settle(plan, state, now);
  const at = s.status === 'finished' ? (s.finishedAt ?? now) : clockOf(s, now);
  const elapsedMs = Math.max(0, at - (s.startedAt ?? at) - s.pausedTotal);
  if (s.status === 'finished') {
    return {
      status: 'finished',
      index: segments.length,
      segment: null,
      next: null,
      elapsedInSegmentMs: 0,
      remainingMs: 0,
      elapsedMs,
      remainingTotalMs: 0,
      progress: 1,
    };
  }
  const segment = segments[s.index]!;
  const elapsedInSegmentMs = at - s.anchor;
  const remainingMs = segment.durationMs === null ? null : segment.durationMs - elapsedInSegmentMs;
  let later = 0;
  for (let i = s.index + 1; i < segments.length; i++) later += estimateMs(segments[i]!);
  const remainingTotalMs = Math.max(0, (remainingMs ?? Math.max(0, estimateMs(segment) - elapsedInSegmentMs)) + later);
  const total = elapsedMs + remainingTotalMs;
  return {
    status: s.status,
    index: s.index,
    segment,
    next: segments[s.index + 1] ?? null,
    elapsedInSegmentMs,
    remainingMs,
    elapsedMs,
    remainingTotalMs,
    progress: total > 0 ? Math.min(1, elapsedMs / total) : 0,
  };
}
