// @vitest-environment happy-dom
/**
 * The timer with a full storage (issue 17, items 2 and 5): every write is checked, nothing that
 * could not be set aside is deleted or saved over, and the page is told what was not saved.
 * Storage is made full by having localStorage refuse every write, as a full one does.
 */
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
const clock = { read: () => Date.now(), notBefore: () => {} };

/**
 * localStorage as the islands use it, over a Map, that refuses a write (as a full storage does)
 * whenever `refuse(key)` says so; removals always work.
 */
function fakeStorage() {
  const data = new Map<string, string>();
  const fake = {
    refuse: (_key: string) => false,
    getItem: (key: string) => data.get(key) ?? null,
    setItem(key: string, value: string) {
      if (fake.refuse(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, String(value));
    },
    removeItem: (key: string) => void data.delete(key),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  // Object.keys(localStorage) lists the stored keys, as in a browser.
  return new Proxy(fake, { ownKeys: () => [...data.keys()], getOwnPropertyDescriptor: (_t, k) => (data.has(k as string) ? { enumerable: true, configurable: true, value: data.get(k as string) } : undefined) });
}
let storage: ReturnType<typeof fakeStorage>;
/** From now on every write is refused, as with a full storage. */
const fillUp = () => void (storage.refuse = () => true);

function mount() {
  let state = initTimer({ routineId: 'test', input });
  const dispatch = (a: TimerAction) => void (state = timerReducer(state, a));
  const hook = renderHook(({ s }) => useSavedWorkout(s, dispatch, clock), { initialProps: { s: state } });
  const show = (s: TimerState) => {
    state = s;
    hook.rerender({ s });
  };
  show(state);
  return { hook, state: () => state, show };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
  storage = fakeStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('damaged values that cannot be set aside (item 5)', () => {
  it('are left where they were, and the notice says so rather than claiming a copy', () => {
    localStorage.setItem('corestride:prefs', '{"v":1,');
    localStorage.setItem('corestride:session:test', '{broken');
    fillUp();
    const { hook } = mount();
    expect(hook.result.current.notices).toEqual([
      ['prefs', 'it is not valid JSON', false],
      ['session', 'it is not valid JSON', false],
    ]);
    // Not deleted at start-up, nor when the page settles idle.
    expect(localStorage.getItem('corestride:session:test')).toBe('{broken');
    expect(localStorage.getItem('corestride:prefs')).toBe('{"v":1,');
    expect(Object.keys(localStorage).filter((k) => k.includes('set-aside'))).toEqual([]);
  });

  it('are never saved over, even once there is room for a new value but not for the copy', () => {
    localStorage.setItem('corestride:prefs', '{"v":1,');
    localStorage.setItem('corestride:session:test', '{broken');
    // Room for a small value, none for a copy of the damaged ones.
    storage.refuse = (key) => key.includes('set-aside');
    const m = mount();
    act(() => void m.hook.result.current.togglePref('voice'));
    m.show(run([{ type: 'start', at: T0 }, { type: 'tick', at: T0 + 5000 }], m.state()));
    m.show(run([{ type: 'reset', at: T0 + 6000 }], m.state()));
    expect(localStorage.getItem('corestride:prefs')).toBe('{"v":1,');
    expect(localStorage.getItem('corestride:session:test')).toBe('{broken');
  });

  it('set aside when there is room, and the next load is clean', () => {
    localStorage.setItem('corestride:session:test', '{broken');
    const { hook } = mount();
    expect(hook.result.current.notices).toEqual([['session', 'it is not valid JSON', true]]);
    expect(localStorage.getItem('corestride:session:test')).toBeNull();
    expect(localStorage.getItem('corestride:set-aside:corestride:session:test')).toBe('{broken');
  });
});

describe('an unfinished workout this page did not write', () => {
  it('is cleared by "Start fresh", as asked, and by nothing else', () => {
    const session = { v: 1, settings: { rounds: 1, getReadySeconds: 10, workDeltaSeconds: 0, restDeltaSeconds: 0 }, state: { status: 'paused', index: 1, anchor: T0 - 60_000, startedAt: T0 - 70_000, pausedAt: T0 - 50_000, pausedTotal: 0, finishedAt: null }, savedAt: T0 - 50_000 };
    localStorage.setItem('corestride:session:test', JSON.stringify(session));
    const m = mount();
    expect(m.state().screen).toMatchObject({ kind: 'idle', offer: { savedAt: T0 - 50_000 } });
    expect(localStorage.getItem('corestride:session:test')).not.toBeNull();
    act(() => m.hook.result.current.discard());
    expect(localStorage.getItem('corestride:session:test')).toBeNull();
  });
});

describe('a full storage while a workout runs and ends (item 2)', () => {
  it('keeps the finished workout in memory, never reports it as done, and names every setting it could not save', () => {
    const m = mount();
    fillUp();
    act(() => void m.hook.result.current.togglePref('voice'));
    act(() => m.hook.result.current.saveSettings({ rounds: 2, getReadySeconds: 5, workDeltaSeconds: 0, restDeltaSeconds: 0 }));
    m.show(run([{ type: 'start', at: T0 }, { type: 'tick', at: T0 + 5000 }], m.state()));
    m.show(run([{ type: 'tick', at: T0 + 40_000 }], m.state()));
    expect(m.state().screen).toMatchObject({ kind: 'ended', record: { completed: true } });
    const { failed, unsaved, lastDoneAt } = m.hook.result.current;
    expect(failed).toEqual(['prefs', 'settings', 'session']);
    expect(unsaved).toEqual([m.state().logged]);
    // Not "Last done: today": nothing of it is stored.
    expect(lastDoneAt).toBeNull();
    expect(Object.keys(storage)).toEqual([]);
  });

  it('with room, saves as before and reports nothing', () => {
    const m = mount();
    act(() => void m.hook.result.current.togglePref('voice'));
    m.show(run([{ type: 'start', at: T0 }, { type: 'tick', at: T0 + 40_000 }], m.state()));
    const { failed, unsaved, lastDoneAt } = m.hook.result.current;
    expect([failed, unsaved, lastDoneAt]).toEqual([[], [], T0 + 40_000]);
  });
});
