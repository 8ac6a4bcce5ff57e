import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cuesBetween } from '../../src/lib/timer/cues';
import * as engine from '../../src/lib/timer/engine';
import { compilePlan, type Plan, type PlanInput, type PlanStep } from '../../src/lib/timer/plan';

const T0 = 1_700_000_000_000;

const timedStep: fc.Arbitrary<PlanStep> = fc.record({
  exercise: fc.constantFrom('glute-bridge', 'side-plank', 'bird-dog', 'plank'),
  exerciseName: fc.constantFrom('Glute bridge', 'Side plank', 'Bird dog', 'Plank'),
  mode: fc.constantFrom('time' as const, 'hold-reps' as const),
  seconds: fc.integer({ min: 5, max: 120 }),
  reps: fc.integer({ min: 1, max: 5 }),
  holdSeconds: fc.integer({ min: 5, max: 30 }),
  holdRest: fc.integer({ min: 0, max: 10 }),
  sets: fc.integer({ min: 1, max: 3 }),
  setRest: fc.integer({ min: 0, max: 30 }),
  sides: fc.constantFrom('both-at-once' as const, 'each-side' as const),
  restAfter: fc.integer({ min: 0, max: 60 }),
  cue: fc.constant('Keep your hips level.'),
});

const timedInput: fc.Arbitrary<PlanInput> = fc.record({
  title: fc.constant('Random routine'),
  getReadySeconds: fc.integer({ min: 0, max: 10 }),
  switchSidesSeconds: fc.integer({ min: 0, max: 10 }),
  rounds: fc.integer({ min: 1, max: 4 }),
  restBetweenRounds: fc.integer({ min: 0, max: 90 }),
  steps: fc.array(timedStep, { minLength: 1, maxLength: 6 }),
});

const anyInput: fc.Arbitrary<PlanInput> = fc
  .tuple(timedInput, fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }))
  .map(([input, repsMask]) => ({
    ...input,
    steps: input.steps.map((s, i) => (repsMask[i] ? { ...s, mode: 'reps' as const, reps: 10 } : s)),
  }));

/** The ideal schedule, computed the naive way: a running sum of durations from T0. */
function ideal(plan: Plan, t: number): { index: number; remaining: number } | 'finished' {
  let start = T0;
  for (let i = 0; i < plan.segments.length; i++) {
    const end = start + plan.segments[i]!.durationMs!;
    if (t < end) return { index: i, remaining: end - t };
    start = end;
  }
  return 'finished';
}
const totalOf = (plan: Plan) => plan.segments.reduce((s, x) => s + x.durationMs!, 0);

describe('timer engine', () => {
  it('every snapshot equals the ideal schedule, however irregular the wake-ups (boundary error 0 ms)', () => {
    fc.assert(
      fc.property(timedInput, fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 80 }), fc.boolean(), (input, gaps, commit) => {
        const plan = compilePlan(input);
        let state = engine.start(plan, engine.IDLE, T0);
        let t = T0;
        for (const gap of gaps) {
          t += gap;
          if (commit) state = engine.settle(plan, state, t); // what the island does on each wake
          const snap = engine.snapshot(plan, state, t);
          const want = ideal(plan, t);
          if (want === 'finished') {
            expect(snap.status).toBe('finished');
            expect(snap.elapsedMs).toBe(totalOf(plan));
          } else {
            expect(snap.index).toBe(want.index);
            expect(snap.remainingMs).toBe(want.remaining);
            expect(snap.elapsedMs).toBe(t - T0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('changes segment exactly on each boundary: 1 ms before is the old step, the boundary itself the new one', () => {
    fc.assert(
      fc.property(timedInput, (input) => {
        const plan = compilePlan(input);
        const s = engine.start(plan, engine.IDLE, T0);
        let boundary = T0;
        plan.segments.forEach((seg, i) => {
          const before = engine.snapshot(plan, s, boundary - 1);
          const at = engine.snapshot(plan, s, boundary);
          if (i > 0) {
            expect(before.index).toBe(i - 1);
            expect(before.remainingMs).toBe(1);
          }
          expect(at.index).toBe(i);
          expect(at.remainingMs).toBe(seg.durationMs);
          boundary += seg.durationMs!;
        });
        expect(engine.snapshot(plan, s, boundary - 1).status).toBe('running');
        expect(engine.snapshot(plan, s, boundary).status).toBe('finished');
      }),
      { numRuns: 300 },
    );
  });

  it('a pause of 37 s at t = 333 s ends the routine exactly 37 s late', () => {
    const input: PlanInput = {
      title: 'Back and core circuit',
      getReadySeconds: 5,
      switchSidesSeconds: 5,
      rounds: 3,
      restBetweenRounds: 60,
      steps: ['A', 'B', 'C', 'D', 'E'].map((name, i) => ({
        exercise: name,
        exerciseName: name,
        mode: 'time',
        seconds: i === 2 || i === 4 ? 30 : 60,
        sides: i === 2 || i === 4 ? 'each-side' : 'both-at-once',
        restAfter: 0,
      })),
    };
    const plan = compilePlan(input);
    const planned = T0 + totalOf(plan);
    let s = engine.start(plan, engine.IDLE, T0);
    s = engine.pause(plan, s, T0 + 333_000);
    s = engine.resume(plan, s, T0 + 370_000);
    expect(engine.snapshot(plan, s, planned + 36_999).status).toBe('running');
    const end = engine.settle(plan, s, planned + 37_000);
    expect(end.status).toBe('finished');
    expect(end.finishedAt).toBe(planned + 37_000);
    expect(engine.snapshot(plan, s, planned + 90_000).elapsedMs).toBe(totalOf(plan));
  });

  it('random pauses delay the finish by exactly the time paused', () => {
    fc.assert(
      fc.property(timedInput, fc.array(fc.tuple(fc.integer({ min: 1, max: 90_000 }), fc.integer({ min: 0, max: 120_000 })), { maxLength: 8 }), (input, pauses) => {
        const plan = compilePlan(input);
        let s = engine.start(plan, engine.IDLE, T0);
        let t = T0;
        let paused = 0;
        for (const [runFor, pauseFor] of pauses) {
          t += runFor;
          const before = engine.settle(plan, s, t);
          if (before.status === 'finished') break;
          s = engine.resume(plan, engine.pause(plan, s, t), t + pauseFor);
          t += pauseFor;
          paused += pauseFor;
        }
        const end = engine.settle(plan, s, T0 + totalOf(plan) + paused + 1e7);
        expect(end.status).toBe('finished');
        expect(end.finishedAt).toBe(T0 + totalOf(plan) + paused);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps its invariants over 10,000 random command sequences', () => {
    const command = fc.record({
      name: fc.constantFrom('start', 'pause', 'resume', 'next', 'previous', 'done', 'reset', 'wait'),
      gap: fc.integer({ min: 0, max: 45_000 }),
    });
    fc.assert(
      fc.property(anyInput, fc.array(command, { maxLength: 30 }), (input, commands) => {
        const plan = compilePlan(input);
        const n = plan.segments.length;
        let s: engine.EngineState = engine.IDLE;
        let t = T0;
        let lastElapsed = 0;
        for (const { name, gap } of commands) {
          t += gap;
          const before = engine.settle(plan, s, t);
          switch (name) {
            case 'start': s = engine.start(plan, s, t); break;
            case 'pause': s = engine.pause(plan, s, t); break;
            case 'resume': s = engine.resume(plan, s, t); break;
            case 'next': s = engine.next(plan, s, t); break;
            case 'previous': s = engine.previous(plan, s, t); break;
            case 'done': s = engine.done(plan, s, t); break;
            case 'reset': s = engine.reset(); break;
            case 'wait': break;
          }
          const snap = engine.snapshot(plan, s, t);
          expect(['idle', 'running', 'paused', 'finished']).toContain(snap.status);
          expect(snap.progress).toBeGreaterThanOrEqual(0);
          expect(snap.progress).toBeLessThanOrEqual(1);
          if (snap.status === 'running' || snap.status === 'paused') {
            expect(snap.index).toBeGreaterThanOrEqual(0);
            expect(snap.index).toBeLessThan(n);
            const d = plan.segments[snap.index]!.durationMs;
            if (d === null) expect(snap.remainingMs).toBeNull();
            else {
              expect(snap.remainingMs).toBeGreaterThan(0);
              expect(snap.remainingMs).toBeLessThanOrEqual(d);
            }
          }
          if (name === 'next' && (before.status === 'running' || before.status === 'paused')) {
            expect(s.status === 'finished' ? n : s.index).toBe(before.index + 1);
          }
          if (name === 'previous' && (before.status === 'running' || before.status === 'paused')) {
            expect(s.index).toBeLessThanOrEqual(before.index);
            expect(s.index).toBeGreaterThanOrEqual(before.index - 1);
          }
          if (name === 'done' && before.status === 'running' && plan.segments[before.index]!.durationMs !== null) {
            expect(s.index).toBe(before.index); // Done never skips a timed step
          }
          if (name === 'pause' && before.status === 'running') expect(s.status).toBe('paused');
          // Active time only moves forward, except when the workout is reset or restarted.
          if (name !== 'reset' && name !== 'start') expect(snap.elapsedMs).toBeGreaterThanOrEqual(lastElapsed);
          lastElapsed = snap.elapsedMs;
          if (snap.status === 'paused') expect(engine.snapshot(plan, s, t + 60_000).remainingMs).toBe(snap.remainingMs);
        }
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('lists each cue exactly once however the time is sliced, and none past an open-ended reps step', () => {
    fc.assert(
      fc.property(timedInput, fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 40 }), (input, gaps) => {
        const plan = compilePlan(input);
        const s = engine.start(plan, engine.IDLE, T0);
        const end = T0 + gaps.reduce((a, b) => a + b, 0);
        const whole = cuesBetween(plan, s, T0, end);
        const sliced = [];
        let t = T0;
        for (const gap of gaps) {
          sliced.push(...cuesBetween(plan, s, t, t + gap));
          t += gap;
        }
        expect(sliced).toEqual(whole);
        for (const cue of whole) {
          if (cue.kind === 'change' || cue.kind === 'finish') {
            const want = ideal(plan, cue.at);
            expect(want === 'finished' ? plan.segments.length : want.index).toBe(cue.segment);
          }
        }
      }),
      { numRuns: 300 },
    );
    const plan = compilePlan({
      title: 'Reps',
      getReadySeconds: 5,
      switchSidesSeconds: 5,
      rounds: 1,
      restBetweenRounds: 0,
      steps: [
        { exercise: 'r', exerciseName: 'Russian twist', mode: 'reps', reps: 10, sides: 'both-at-once', restAfter: 10 },
        { exercise: 'p', exerciseName: 'Plank', mode: 'time', seconds: 30, sides: 'both-at-once', restAfter: 0 },
      ],
    });
    const s = engine.start(plan, engine.IDLE, T0);
    const cues = cuesBetween(plan, s, T0, T0 + 600_000);
    expect(cues.map((c) => c.kind)).toEqual(['change']); // get-ready ends into the reps step, then nothing is known
    expect(cues[0]!.text).toBe('Russian twist: 10 reps. Press Done when you finish.');
  });
});
