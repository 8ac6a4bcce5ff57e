// @vitest-environment happy-dom
/**
 * Two tabs on one routine (issue 17, item 8): the tabs tell each other over a BroadcastChannel
 * whether this routine's workout runs, and a tab told so neither writes nor clears the saved
 * workout in progress. The channel here is Node's own, which carries messages between two
 * channels of one name in one process, as a browser carries them between tabs.
 */
import { BroadcastChannel as NodeChannel } from 'node:worker_threads';
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchOtherTabs } from '../../src/islands/timer/otherTabs';
import { useSavedWorkout } from '../../src/islands/timer/useSavedWorkout';
import type { PlanInput } from '../../src/lib/timer/plan';
import { initTimer, timerReducer, type TimerAction, type TimerState } from '../../src/lib/timer/ui';

const T0 = Date.UTC(2026, 10, 22, 7, 0, 0);
const input: PlanInput = {
  title: 'Test',
  getReadySeconds: 10,
  switchSidesSeconds: 5,
  rounds: 1,
  restBetweenRounds: 0,
  steps: [{ exercise: 'plank', exerciseName: 'Plank', mode: 'time', seconds: 30, sides: 'both-at-once', restAfter: 0 }],
};
const run = (actions: TimerAction[], from: TimerState) => actions.reduce(timerReducer, from);
const settle = () => new Promise((r) => setTimeout(r, 20));
/** One clock for the life of the hook, as the island has. */
const clock = { read: () => Date.now(), notBefore: () => {} };

describe('watchOtherTabs', () => {
  beforeEach(() => vi.stubGlobal('BroadcastChannel', NodeChannel));
  afterEach(() => vi.unstubAllGlobals());

  it('a tab that opens hears that another runs this routine, and hears when it stops', async () => {
    const heard: boolean[] = [];
    const running = watchOtherTabs('core-basics', true, () => {});
    const other = watchOtherTabs('another-routine', true, () => {});
    const opened = watchOtherTabs('core-basics', false, (r) => heard.push(r));
    await settle();
    expect(heard).toEqual([true]);
    running();
    await settle();
    expect(heard).toEqual([true, false]);
    opened();
    other();
  });

  it('does nothing where BroadcastChannel is missing', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    expect(() => watchOtherTabs('core-basics', true, () => {})()).not.toThrow();
  });
});

describe('a tab told that this routine runs elsewhere', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: T0 });
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('leaves the saved workout in progress alone: neither written over, nor cleared by Start fresh', () => {
    const theirs = JSON.stringify({ v: 1, settings: { rounds: 1, getReadySeconds: 10, workDeltaSeconds: 0, restDeltaSeconds: 0 }, state: { status: 'running', index: 1, anchor: T0 - 5000, startedAt: T0 - 15_000, pausedAt: null, pausedTotal: 0, finishedAt: null }, savedAt: T0 - 5000 });
    localStorage.setItem('corestride:session:test', theirs);
    let state = initTimer({ routineId: 'test', input });
    const dispatch = (a: TimerAction) => void (state = timerReducer(state, a));
    const hook = renderHook(({ s }) => useSavedWorkout(s, dispatch, clock), { initialProps: { s: state } });
    hook.rerender({ s: state });
    act(() => hook.result.current.setElsewhere(true));
    act(() => hook.result.current.discard());
    expect(localStorage.getItem('corestride:session:test')).toBe(theirs);
    const live = run([{ type: 'start', at: T0 }, { type: 'tick', at: T0 + 5000 }], state);
    hook.rerender({ s: live });
    hook.rerender({ s: run([{ type: 'reset', at: T0 + 6000 }], live) });
    expect(localStorage.getItem('corestride:session:test')).toBe(theirs);
    // Once the other tab stops, Start fresh clears it, as the runner asks.
    act(() => hook.result.current.setElsewhere(false));
    act(() => hook.result.current.discard());
    expect(localStorage.getItem('corestride:session:test')).toBeNull();
  });
});
