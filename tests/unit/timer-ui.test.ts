/** The timer's one reducer (src/lib/timer/ui.ts): each transition, driven directly. */
import { describe, expect, it } from 'vitest';
import { initTimer, primaryAction, timerReducer, type TimerAction, type TimerState } from '../../src/lib/timer/ui';
import { compilePlan, totalMs, type PlanInput } from '../../src/lib/timer/plan';

const T0 = 1_700_000_000_000;
const input: PlanInput = {
  title: 'Test',
  getReadySeconds: 10,
  switchSidesSeconds: 5,
  rounds: 1,
  restBetweenRounds: 0,
  steps: [
    { exercise: 'plank', exerciseName: 'Plank', mode: 'time', seconds: 30, sides: 'both-at-once', restAfter: 10 },
    { exercise: 'bridge', exerciseName: 'Bridge', mode: 'reps', reps: 10, sides: 'both-at-once', restAfter: 0 },
  ],
};
const run = (actions: TimerAction[], from = initTimer({ routineId: 'test', input })) => actions.reduce(timerReducer, from);
const ready = () => run([{ type: 'restored', at: T0, settings: null, offer: null }]);

describe('the timer reducer', () => {
  it('waits while loading: Start does nothing until the saved state is read', () => {
    const loading = initTimer({ routineId: 'test', input });
    expect(loading.screen.kind).toBe('loading');
    expect(timerReducer(loading, { type: 'start', at: T0 })).toBe(loading);
    expect(ready().screen).toEqual({ kind: 'idle', offer: null });
  });

  it('restores saved timings into the plan', () => {
    const s = run([{ type: 'restored', at: T0, settings: { rounds: 3, getReadySeconds: 0, workDeltaSeconds: 10, restDeltaSeconds: 0 }, offer: null }]);
    expect(s.plan.rounds).toBe(3);
    expect(s.plan.segments[0]!.kind).toBe('work');
    expect(s.plan.segments[0]!.durationMs).toBe(40_000);
  });

  it('Start opens the floor view and announces the first step; ticks move it on and announce each change once', () => {
    let s = run([{ type: 'start', at: T0 }], ready());
    expect(s.screen).toEqual({ kind: 'live', floor: true, confirming: false });
    expect([s.said, s.flashes, s.cuesFrom]).toEqual([0, 1, T0]);
    expect(primaryAction(s)).toBe('Pause');
    s = run([{ type: 'tick', at: T0 + 5_000 }], s);
    expect([s.said, s.flashes]).toEqual([0, 1]);
    s = run([{ type: 'tick', at: T0 + 10_000 }], s);
    expect([s.engine.index, s.said, s.flashes, s.cuesFrom]).toEqual([1, 1, 2, T0]);
  });

  it('a step reached while paused is not announced, and resuming does not announce it late', () => {
    const s = run([{ type: 'start', at: T0 }, { type: 'pause', at: T0 + 1000 }, { type: 'next', at: T0 + 2000 }, { type: 'resume', at: T0 + 3000 }], ready());
    expect(s.engine.index).toBe(1);
    expect([s.said, s.flashes]).toEqual([0, 1]);
    expect(s.cuesFrom).toBe(T0 + 3000);
  });

  it('a reps step makes the big button Done, and Done moves on', () => {
    const plan = compilePlan(input);
    const repsAt = T0 + 10_000 + 30_000 + 10_000;
    let s = run([{ type: 'start', at: T0 }, { type: 'tick', at: repsAt }], ready());
    expect(plan.segments[s.engine.index]!.kind).toBe('reps');
    expect(primaryAction(s)).toBe('Done');
    s = run([{ type: 'done', at: repsAt + 20_000 }], s);
    expect(s.screen.kind).toBe('ended');
  });

  it('finishing shows the finish screen where the workout was, and logs a workout that counts', () => {
    const end = T0 + totalMs(compilePlan(input));
    let s = run([{ type: 'start', at: T0 }, { type: 'tick', at: T0 + 50_000 }, { type: 'done', at: end }], ready());
    expect(s.screen).toMatchObject({ kind: 'ended', floor: true, at: end, activeMs: end - T0 });
    expect(s.logged).toMatchObject({ routineId: 'test', startedAt: T0, finishedAt: end, completed: true });
    expect(s.said).toBe(s.plan.segments.length);
    // Closing the floor view keeps the finish screen on the page.
    s = run([{ type: 'floor', open: false }], s);
    expect(s.screen).toMatchObject({ kind: 'ended', floor: false });
  });

  it('Next through every step ends the routine without logging it', () => {
    const s = run(Array.from({ length: 4 }, (_, i) => ({ type: 'next', at: T0 + i }) as const), run([{ type: 'start', at: T0 }], ready()));
    expect(s.screen).toMatchObject({ kind: 'ended', record: null });
    expect(s.logged).toBeNull();
  });

  it('Reset asks first; a reset after halfway logs the workout as unfinished, before halfway logs nothing', () => {
    let s = run([{ type: 'start', at: T0 }, { type: 'ask-reset', ask: true }], ready());
    expect(s.screen).toEqual({ kind: 'live', floor: true, confirming: true });
    const early = run([{ type: 'reset', at: T0 + 1000 }], s);
    expect(early.screen).toEqual({ kind: 'idle', offer: null });
    expect(early.logged).toBeNull();
    s = run([{ type: 'tick', at: T0 + 45_000 }, { type: 'reset', at: T0 + 45_000 }], s);
    expect(s.logged).toMatchObject({ completed: false, activeMs: 45_000 });
    expect(s.engine.status).toBe('idle');
  });

  it('resuming an offer takes the time away as a pause, under the settings it was saved with', () => {
    const saved = run([{ type: 'start', at: T0 }, { type: 'tick', at: T0 + 12_000 }], ready());
    const offer = { settings: { rounds: 2, getReadySeconds: 10, workDeltaSeconds: 0, restDeltaSeconds: 0 }, state: saved.engine, savedAt: T0 + 12_000 };
    let s = run([{ type: 'restored', at: T0 + 60_000, settings: null, offer }]);
    expect(s.screen).toEqual({ kind: 'idle', offer });
    s = run([{ type: 'resume-offer', at: T0 + 60_000 }], s);
    expect(s.screen.kind).toBe('live');
    expect(s.plan.rounds).toBe(2);
    expect(s.engine).toMatchObject({ status: 'running', index: 1, pausedTotal: 48_000 });
    expect(run([{ type: 'discard-offer' }], run([{ type: 'restored', at: T0, settings: null, offer }])).screen).toEqual({ kind: 'idle', offer: null });
  });

  it('a new dose (the routine at its progress) is taken before Start, and after the end; never while a workout runs', () => {
    const harder: PlanInput = { ...input, steps: [{ ...input.steps[0]!, seconds: 40 } as (typeof input.steps)[0], input.steps[1]!] };
    // Before Start: the timer runs the new dose, with the runner's timings kept.
    let s = run([{ type: 'restored', at: T0, settings: { rounds: 1, getReadySeconds: 10, workDeltaSeconds: 5, restDeltaSeconds: 0 }, offer: null }, { type: 'dose', input: harder }]);
    expect(s.input).toBe(harder);
    expect(s.plan.segments[1]).toMatchObject({ kind: 'work', durationMs: 45_000 });
    expect(s.settings.workDeltaSeconds).toBe(5);
    // Started: a dose arriving now waits; the runner keeps the dose they started with.
    const started = run([{ type: 'start', at: T0 + 1000 }], ready());
    const same = run([{ type: 'dose', input: harder }], started);
    expect(same).toBe(started);
    expect(run([{ type: 'pause', at: T0 + 2000 }, { type: 'dose', input: harder }], started).input).toBe(input);
    // Ended: the next workout takes it.
    s = run(started.plan.segments.map((_, i) => ({ type: 'next', at: T0 + 3000 + i }) as const), started);
    expect(s.screen.kind).toBe('ended');
    s = run([{ type: 'dose', input: harder }], s);
    expect(s.screen.kind).toBe('ended');
    expect(s.plan.segments[1]).toMatchObject({ durationMs: 40_000 });
  });

  it('new timings keep the workout on its step, or on the last step when that one is gone', () => {
    const longer = { ...input, rounds: 2 };
    let s: TimerState = run([{ type: 'restored', at: T0, settings: null, offer: null }], initTimer({ routineId: 'test', input: longer }));
    const last = s.plan.segments.length - 1;
    s = run([{ type: 'start', at: T0 }, ...Array.from({ length: last }, (_, i) => ({ type: 'next', at: T0 + i + 1 }) as const)], s);
    expect(s.engine.index).toBe(last);
    s = run([{ type: 'setting', at: T0 + 100, settings: { rounds: 1, getReadySeconds: 10, workDeltaSeconds: 0, restDeltaSeconds: 0 } }], s);
    expect(s.engine.index).toBe(s.plan.segments.length - 1);
    expect(s.cuesFrom).toBe(T0 + 100);
  });
});
