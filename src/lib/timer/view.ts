/** What the timer shows, derived from the plan: step numbers, headlines, phases. Pure. */
import { snapshot, type EngineState, type Status } from './engine';
import { totalMs, type Plan, type Segment } from './plan';
import type { WorkoutRecord } from './storage';

export const isExercise = (s: Segment) => s.kind === 'work' || s.kind === 'hold' || s.kind === 'reps';

/** The phase a runner sees as a colour and a word, readable across the room. */
export type Phase = 'get-ready' | 'work' | 'rest' | 'switch' | 'paused' | 'done';

export function phaseOf(status: Status, seg: Segment | null | undefined): Phase {
  if (status === 'finished') return 'done';
  if (status === 'paused') return 'paused';
  if (status === 'idle' || !seg) return 'get-ready';
  return seg.kind === 'get-ready' ? 'get-ready' : seg.kind === 'rest' ? 'rest' : seg.kind === 'switch-sides' ? 'switch' : 'work';
}

/**
 * The phase's word: "Hold" and "Reps" say how the work is done (they share work's colour); a
 * rest says which ("Relax" between holds, "Rest between rounds").
 */
export function phaseLabel(phase: Phase, seg: Segment | null | undefined): string {
  if (phase === 'work') return seg?.kind === 'hold' ? 'Hold' : seg?.kind === 'reps' ? 'Reps' : 'Work';
  if (phase === 'rest' && seg?.kind === 'rest') return seg.label;
  return { 'get-ready': 'Get ready', rest: 'Rest', switch: 'Switch sides', paused: 'Paused', done: 'Finished' }[phase];
}

/**
 * A changeover (get ready, a rest, switching sides) leading into an exercise: the floor view then
 * makes the coming exercise the headline. Returns that exercise, or undefined.
 */
export function changeoverTo(plan: Plan, index: number): Segment | undefined {
  const seg = plan.segments[index];
  if (!seg || isExercise(seg)) return undefined;
  return upNext(plan, index);
}

/**
 * What the runner is doing, after the name: "hold 3 of 10 · right", "set 2 of 3", "left".
 * Empty for rests and countdowns.
 */
export function segmentDetail(s: Segment): string {
  if (!isExercise(s)) return '';
  return [s.detail?.toLowerCase(), s.side].filter(Boolean).join(' · ');
}

/**
 * "Step n of N" counts exercise segments (each side, each hold). A rest or countdown shows
 * the number of the step it leads into.
 */
export function stepNumbers(plan: Plan): { numbers: number[]; total: number } {
  const total = plan.segments.filter(isExercise).length;
  const numbers: number[] = [];
  let seen = 0;
  for (const seg of plan.segments) {
    if (isExercise(seg)) seen++;
    numbers.push(isExercise(seg) ? seen : Math.min(total, seen + 1));
  }
  return { numbers, total };
}

export function exerciseStepsDone(plan: Plan, index: number): number {
  return plan.segments.slice(0, index).filter(isExercise).length;
}

/** "Side plank, left side": an exercise segment as spoken and shown. */
export function nameWithSide(s: Pick<Segment, 'exerciseName' | 'side'>): string {
  return `${s.exerciseName ?? ''}${s.side ? `, ${s.side} side` : ''}`;
}

/** The next segment worth naming as "Up next": skips rests and switches. */
export function upNext(plan: Plan, index: number): Segment | undefined {
  return plan.segments.slice(index + 1).find(isExercise);
}

/**
 * The log entry for a workout at time `at`, or null when it does not count. It counts once
 * at least half of the routine's planned time has been spent working through it (pauses
 * excluded), so pressing Next through every step logs nothing. It is complete when it
 * reached the end, and marked incomplete when stopped early.
 */
export function workoutRecord(routineId: string, plan: Plan, state: EngineState, at: number): WorkoutRecord | null {
  const snap = snapshot(plan, state, at);
  const completed = snap.status === 'finished';
  if (state.startedAt === null || snap.status === 'idle' || snap.elapsedMs < totalMs(plan) / 2) return null;
  return {
    id: `${routineId}-${state.startedAt}`,
    routineId,
    routineTitle: plan.title,
    startedAt: state.startedAt,
    finishedAt: completed ? (state.finishedAt ?? at) : at,
    activeMs: snap.elapsedMs,
    steps: completed ? stepNumbers(plan).total : exerciseStepsDone(plan, snap.index),
    rounds: completed ? plan.rounds : (plan.segments[snap.index]?.round ?? plan.rounds),
    completed,
  };
}

const seconds = (ms: number) => {
  const n = Math.round(ms / 1000);
  return `${n} second${n === 1 ? '' : 's'}`;
};
/** A gap too short to say anything useful in: a word, so speech never runs over the next hold. */
const SHORT_GAP_MS = 3000;

/** One sentence for a change into segment `index`: spoken aloud and sent to the live region. */
export function describeChange(plan: Plan, index: number): string {
  const seg = plan.segments[index];
  if (!seg) return 'Workout complete. Well done.';
  const coming = upNext(plan, index);
  // "Next: Side plank, right side.": what to get into, said the same way at every changeover
  const nextWords = coming ? ` Next: ${nameWithSide(coming)}.` : '';
  switch (seg.kind) {
    case 'get-ready':
      return `Get ready, ${seconds(seg.durationMs ?? 0)}.${nextWords}`;
    case 'rest':
      if ((seg.durationMs ?? 0) < SHORT_GAP_MS) return `${seg.label}.`;
      return `${seg.label}, ${seconds(seg.durationMs ?? 0)}.${nextWords}`;
    case 'switch-sides':
      return `Switch sides.${nextWords}`;
    case 'reps':
      return `${nameWithSide(seg)}: ${seg.reps ?? ''} reps. Press Done when you finish.`;
    case 'hold':
      return `${nameWithSide(seg)}: ${seg.detail?.toLowerCase()}, ${seconds(seg.durationMs ?? 0)}.`;
    case 'work':
      return `${nameWithSide(seg)}, ${seconds(seg.durationMs ?? 0)}.`;
  }
}

