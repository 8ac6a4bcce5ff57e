/**
 * What the timer says: the phase's word, a step's detail, and the sentence spoken and sent to
 * the live region at each change. Pure. Only a running workout needs words, so this module
 * travels with the workout's views (src/islands/timer/WorkoutView.tsx), not with the island.
 */
import type { Plan, Segment } from './plan';
import { isExercise, upNext, type Phase } from './view';

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
 * What the runner is doing, after the name: "hold 3 of 10 · right", "set 2 of 3", "left".
 * Empty for rests and countdowns.
 */
export function segmentDetail(s: Segment): string {
  if (!isExercise(s)) return '';
  return [s.detail?.toLowerCase(), s.side].filter(Boolean).join(' · ');
}

/** "Side plank, left side": an exercise segment as spoken and shown. */
export function nameWithSide(s: Pick<Segment, 'exerciseName' | 'side'>): string {
  return `${s.exerciseName ?? ''}${s.side ? `, ${s.side} side` : ''}`;
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

