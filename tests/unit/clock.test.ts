/** The workout clock (src/lib/timer/clock.ts): monotonic, the wall clock only across a gap. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, markGap, notBefore, startClock, type Clock } from '../../src/lib/timer/clock';
import * as engine from '../../src/lib/timer/engine';
import { compilePlan } from '../../src/lib/timer/plan';
import { workoutRecord } from '../../src/lib/timer/view';

const T0 = 1_700_000_000_000;

/** A run of readings: each moves the monotonic clock on by 0..90 s, the wall clock by anything from -1 h to +1 h around it, visible or not. */
const readings = fc.array(
  fc.record({ mono: fc.integer({ min: 0, max: 90_000 }), wallSkew: fc.integer({ min: -3_600_000, max: 3_600_000 }), visible: fc.boolean(), gap: fc.boolean() }),
  { maxLength: 60 },
);

function walk(steps: { mono: number; wallSkew: number; visible: boolean; gap: boolean }[]): { clocks: Clock[]; monoTotal: number } {
  let mono = 1000;
  let c = startClock({ mono, wall: T0 });
  const clocks = [c];
  for (const s of steps) {
    mono += s.mono;
    if (s.gap) c = markGap(c);
    c = advance(c, { mono, wall: T0 + (mono - 1000) + s.wallSkew }, s.visible);
    clocks.push(c);
  }
  return { clocks, monoTotal: mono - 1000 };
}

describe('the workout clock', () => {
  it('never goes backwards, whatever either clock does', () => {
    fc.assert(
      fc.property(readings, (steps) => {
        const { clocks } = walk(steps);
        for (let i = 1; i < clocks.length; i++) expect(clocks[i]!.at).toBeGreaterThanOrEqual(clocks[i - 1]!.at);
      }),
    );
  });

  it('while the page stays visible, moves exactly as the monotonic clock: a wall-clock jump is ignored', () => {
    fc.assert(
      fc.property(readings, (steps) => {
        const { clocks, monoTotal } = walk(steps.map((s) => ({ ...s, visible: true, gap: false })));
        expect(clocks.at(-1)!.at - T0).toBe(monoTotal);
      }),
    );
  });

  it('across a hidden gap, counts the larger of the two clocks (a sleeping device stops the monotonic one)', () => {
    let c = startClock({ mono: 500, wall: T0 });
    c = markGap(c);
    // Asleep for ten minutes: the monotonic clock moved one second, the wall clock ten minutes.
    c = advance(c, { mono: 1500, wall: T0 + 600_000 }, true);
    expect(c.at).toBe(T0 + 600_000);
    expect(c.gap).toBe(false);
    // Back on screen: a wall-clock jump of an hour is ignored again.
    c = advance(c, { mono: 2500, wall: T0 + 600_000 + 3_600_000 }, true);
    expect(c.at).toBe(T0 + 601_000);
    // A reading taken while hidden bridges as well, and leaves a gap for the next.
    c = advance(c, { mono: 3500, wall: T0 + 600_000 + 3_600_000 + 30_000 }, false);
    expect(c.at).toBe(T0 + 631_000);
    expect(c.gap).toBe(true);
  });

  it('a reload starts from the wall clock, but never before the last save', () => {
    expect(startClock({ mono: 3, wall: T0 }, T0 + 5000).at).toBe(T0 + 5000);
    expect(startClock({ mono: 3, wall: T0 }, T0 - 5000).at).toBe(T0);
    const c = startClock({ mono: 3, wall: T0 });
    expect(notBefore(c, T0 - 1)).toBe(c);
    expect(notBefore(c, T0 + 9).at).toBe(T0 + 9);
  });

  it('active time never exceeds elapsed time, on any workout driven by any readings', () => {
    const plan = compilePlan({
      title: 'Test',
      getReadySeconds: 5,
      switchSidesSeconds: 5,
      rounds: 2,
      restBetweenRounds: 10,
      steps: [
        { exercise: 'a', exerciseName: 'A', mode: 'time', seconds: 20, sides: 'each-side', restAfter: 5 },
        { exercise: 'b', exerciseName: 'B', mode: 'reps', reps: 10, sides: 'both-at-once', restAfter: 0 },
      ],
    });
    const ops = [engine.pause, engine.resume, engine.next, engine.previous, engine.done] as const;
    fc.assert(
      fc.property(readings, fc.array(fc.integer({ min: 0, max: ops.length }), { maxLength: 60 }), (steps, presses) => {
        const { clocks } = walk(steps);
        let state = engine.start(plan, engine.IDLE, clocks[0]!.at);
        clocks.forEach((c, i) => {
          const op = ops[presses[i] ?? ops.length];
          if (op) state = op(plan, state, c.at);
          const snap = engine.snapshot(plan, state, c.at);
          expect(snap.elapsedMs).toBeLessThanOrEqual(c.at - state.startedAt!);
          const record = workoutRecord('test', plan, state, c.at);
          if (record) expect(record.activeMs).toBeLessThanOrEqual(record.finishedAt - record.startedAt);
        });
      }),
    );
  });
});
