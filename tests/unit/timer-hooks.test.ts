// @vitest-environment happy-dom
/**
 * The timer island's hooks (src/islands/timer/), each on its own in a DOM with fake timers:
 * the workout clock and its wakes, the keys, cue scheduling and the wake lock, and saved data.
 */
import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_LOOKAHEAD_MS, LOOKAHEAD_MS, scheduleCues, silence } from '../../src/islands/timer/player';
import { useCues, type CuePlayer } from '../../src/islands/timer/useCues';
import { keys, useSavedWorkout } from '../../src/islands/timer/useSavedWorkout';
import { streakOfDays } from '../../src/lib/log/days';
import { workoutStartsFromKeys } from '../../src/lib/storage/keys';
import { useTimerKeys } from '../../src/islands/timer/useTimerKeys';
import { useWorkoutClock, type Ticks } from '../../src/islands/timer/useWorkoutClock';
import { DEFAULT_PREFS } from '../../src/lib/storage/timer';
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
const run = (actions: TimerAction[], from = initTimer({ routineId: 'test', input })) => actions.reduce(timerReducer, from);
const restored = () => run([{ type: 'restored', at: T0, settings: null, offer: null }]);

function setVisible(visible: boolean) {
  Object.defineProperty(document, 'visibilityState', { value: visible ? 'visible' : 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'], now: T0 });
  setVisible(true);
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useWorkoutClock', () => {
  it('reads the wall clock at first, then moves with the monotonic clock: a wall-clock jump on screen is ignored', () => {
    const { result } = renderHook(() => useWorkoutClock(null, () => undefined));
    expect(result.current.read()).toBe(T0);
    vi.advanceTimersByTime(5000);
    expect(result.current.read()).toBe(T0 + 5000);
    vi.setSystemTime(Date.now() + 3_600_000); // the phone syncs its clock an hour on
    vi.advanceTimersByTime(1000);
    expect(result.current.read()).toBe(T0 + 6000);
  });

  it('across a hidden gap, counts the wall clock when the monotonic one stood still (the device slept)', () => {
    const { result } = renderHook(() => useWorkoutClock(null, () => undefined));
    expect(result.current.read()).toBe(T0);
    act(() => setVisible(false));
    vi.setSystemTime(T0 + 600_000); // ten minutes asleep, performance.now() unmoved
    act(() => setVisible(true));
    expect(result.current.read()).toBe(T0 + 600_000);
  });

  it('never reads earlier than a restored save', () => {
    const { result } = renderHook(() => useWorkoutClock(null, () => undefined));
    result.current.notBefore(T0 + 30_000);
    expect(result.current.read()).toBe(T0 + 30_000);
  });

  it('wakes at `due`, once, at once when the page is hidden (to schedule ahead), and when it is shown again', () => {
    const onWake = vi.fn();
    const { rerender } = renderHook(({ due }) => useWorkoutClock(due, onWake), { initialProps: { due: T0 + 1000 as number | null } });
    vi.advanceTimersByTime(999);
    expect(onWake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onWake).toHaveBeenCalledExactlyOnceWith(T0 + 1000);
    rerender({ due: T0 + 2000 });
    act(() => setVisible(false));
    expect(onWake).toHaveBeenCalledTimes(2);
    vi.setSystemTime(T0 + 61_000);
    act(() => setVisible(true));
    expect(onWake).toHaveBeenLastCalledWith(T0 + 61_000, true); // told the page was hidden or shown
    // No wake wanted: nothing is scheduled, and showing the page wakes nothing.
    onWake.mockClear();
    rerender({ due: null });
    vi.advanceTimersByTime(10_000);
    act(() => setVisible(true));
    expect(onWake).not.toHaveBeenCalled();
  });

  it('a wake that returns the next wake it wants is woken again then, with no render between, until it returns none', () => {
    const woken: number[] = [];
    const nextSecond = (at: number) => at - ((at - T0) % 1000) + 1000;
    const onWake = vi.fn((at: number, _paged?: boolean) => (woken.push(at), at < T0 + 3000 ? nextSecond(at) : undefined));
    renderHook(() => useWorkoutClock(T0 + 1000, onWake));
    vi.advanceTimersByTime(10_000);
    expect(woken).toEqual([T0 + 1000, T0 + 2000, T0 + 3000]);
    // the wakes it asked for were its own: not the page's
    expect(onWake.mock.calls.every((call) => call[1] === undefined)).toBe(true);
  });

  it('listens to the page once while the clock ticks, and a page shown again wakes with the newest wake wanted', () => {
    const adding = vi.spyOn(document, 'addEventListener');
    const onWake = vi.fn();
    const first = vi.fn();
    const { rerender } = renderHook(({ due, wake }) => useWorkoutClock(due, wake), { initialProps: { due: T0 + 1000, wake: first } });
    const listened = adding.mock.calls.length;
    for (let s = 2; s <= 10; s++) rerender({ due: T0 + s * 1000, wake: onWake });
    expect(adding.mock.calls.length).toBe(listened);
    act(() => setVisible(false));
    expect(first).not.toHaveBeenCalled();
    expect(onWake).toHaveBeenCalledOnce();
    adding.mockRestore();
  });

  it('a timer that fires while performance.now() still reads a hair before `due` waits out the rest instead of stopping', () => {
    const onWake = vi.fn();
    renderHook(() => useWorkoutClock(T0 + 1000, onWake));
    // the coarsened clock lags the timers by half a millisecond
    const now = performance.now.bind(performance);
    const lagging = vi.spyOn(performance, 'now').mockImplementation(() => now() - 0.5);
    vi.advanceTimersByTime(1000);
    expect(onWake).not.toHaveBeenCalled();
    lagging.mockRestore();
    vi.advanceTimersByTime(1);
    expect(onWake).toHaveBeenCalledOnce();
  });

  it('wakes once a second, not twice, in a browser that cuts a timer to whole milliseconds', () => {
    // A step that began 0.6 ms past a millisecond: every second of its clock falls between two.
    const start = T0 + 0.6;
    const nextSecond = (at: number) => at - ((at - start) % 1000) + 1000;
    const onWake = vi.fn((at: number) => (at < T0 + 9000 ? nextSecond(at) : undefined));
    const fake = globalThis.setTimeout;
    const armed = vi.fn();
    vi.stubGlobal('setTimeout', (run: () => void, ms: number) => (armed(ms), fake(run, Math.trunc(ms))));
    try {
      renderHook(() => useWorkoutClock(start + 1000, onWake));
      vi.advanceTimersByTime(10_000);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(onWake).toHaveBeenCalledTimes(9);
    expect(onWake.mock.calls.every(([at], i) => at >= start + (i + 1) * 1000 && at < start + (i + 1) * 1000 + 1)).toBe(true);
    expect(armed).toHaveBeenCalledTimes(9);
  });
});

describe('useTimerKeys', () => {
  const press = (key: string, target: Element = document.body) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    target.dispatchEvent(e);
    return e;
  };
  const keys = () => ({ primary: vi.fn(), next: vi.fn(), previous: vi.fn(), sound: vi.fn() });

  it('Space is the big button, arrows move only while live, M toggles the sound', () => {
    const k = keys();
    const { rerender } = renderHook(({ live }) => useTimerKeys(true, live, k), { initialProps: { live: false } });
    expect(press(' ').defaultPrevented).toBe(true);
    expect(k.primary).toHaveBeenCalledOnce();
    press('ArrowRight');
    expect(k.next).not.toHaveBeenCalled();
    rerender({ live: true });
    expect(press('ArrowRight').defaultPrevented).toBe(true);
    press('ArrowLeft');
    press('m');
    expect([k.next.mock.calls.length, k.previous.mock.calls.length, k.sound.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it('leaves alone typing, focused buttons, modifier keys, another open dialog, and the page before hydration', () => {
    const k = keys();
    const { rerender } = renderHook(({ enabled }) => useTimerKeys(enabled, true, k), { initialProps: { enabled: true } });
    const field = document.body.appendChild(document.createElement('input'));
    const button = document.body.appendChild(document.createElement('button'));
    press(' ', field);
    press('m', field);
    press(' ', button);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', ctrlKey: true, bubbles: true }));
    const search = document.body.appendChild(document.createElement('dialog'));
    search.setAttribute('open', '');
    press(' ');
    search.remove();
    rerender({ enabled: false });
    press(' ');
    expect(Object.values(k).map((f) => f.mock.calls.length)).toEqual([0, 0, 0, 0]);
    field.remove();
    button.remove();
  });
});

describe('useCues', () => {
  const noTicks: Ticks = new Set();
  // The player (./player.ts, scheduleCues) decides how far ahead to schedule and returns the new cursor.
  const player = () => ({
    scheduleCues: vi.fn((_plan: unknown, _engine: unknown, cursor: number, now: number) => Math.max(cursor, now + 1200)),
    silence: vi.fn(),
    screenAwake: { hold: vi.fn(async () => undefined), release: vi.fn(async () => undefined) },
  });

  it('hands the player the cursor at every tick and keeps the one it returns; a press silences and starts from the press', () => {
    const p = player();
    let s = run([{ type: 'start', at: T0 }], restored());
    const { rerender } = renderHook(({ state }) => useCues(state, DEFAULT_PREFS, p as unknown as CuePlayer, noTicks), { initialProps: { state: s } });
    expect(p.scheduleCues).toHaveBeenLastCalledWith(s.plan, s.engine, T0, T0, DEFAULT_PREFS);
    s = run([{ type: 'tick', at: T0 + 1000 }], s);
    rerender({ state: s });
    expect(p.scheduleCues).toHaveBeenLastCalledWith(s.plan, s.engine, T0 + 1200, T0 + 1000, DEFAULT_PREFS);
    // A press (Previous restarts the plank): what was scheduled is silenced, and cues start from the press.
    const silenced = p.silence.mock.calls.length;
    s = run([{ type: 'previous', at: T0 + 21_500 }], s);
    rerender({ state: s });
    expect(p.silence).toHaveBeenCalledTimes(silenced + 1);
    expect(p.scheduleCues.mock.lastCall?.slice(2, 4)).toEqual([T0 + 21_500, T0 + 21_500]);
  });

  it("between renders, each of the island's ticks hands the player the newest state and the cursor, and keeps the one it returns", () => {
    const p = player();
    const s = run([{ type: 'start', at: T0 }], restored());
    const ticks: Ticks = new Set();
    const tick = (at: number) => act(() => ticks.forEach((f) => f(at)));
    const { unmount } = renderHook(() => useCues(s, DEFAULT_PREFS, p as unknown as CuePlayer, ticks));
    tick(T0 + 1000);
    expect(p.scheduleCues).toHaveBeenLastCalledWith(s.plan, s.engine, T0 + 1200, T0 + 1000, DEFAULT_PREFS);
    tick(T0 + 2000);
    expect(p.scheduleCues).toHaveBeenLastCalledWith(s.plan, s.engine, T0 + 2200, T0 + 2000, DEFAULT_PREFS);
    // gone with the island: it hears no more ticks
    unmount();
    expect(ticks.size).toBe(0);
  });

  it('waits for the player, and holds the wake lock only while the workout runs', () => {
    const p = player();
    let s = run([{ type: 'start', at: T0 }], restored());
    const { rerender } = renderHook(({ state, pl }) => useCues(state, DEFAULT_PREFS, pl, noTicks), { initialProps: { state: s, pl: null as CuePlayer | null } });
    rerender({ state: s, pl: p as unknown as CuePlayer });
    expect(p.scheduleCues).toHaveBeenCalledOnce();
    expect(p.screenAwake.hold).toHaveBeenCalledOnce();
    act(() => setVisible(true));
    expect(p.screenAwake.hold).toHaveBeenCalledTimes(2);
    s = run([{ type: 'pause', at: T0 + 100 }], s);
    rerender({ state: s, pl: p as unknown as CuePlayer });
    expect(p.screenAwake.release).toHaveBeenCalledOnce();
  });
});

describe('the player schedules cues', () => {
  // Vibration on, sound and voice off: each change of step is one buzz, counted through navigator.vibrate.
  const prefs = { sound: false, voice: false, vibrate: true };
  let buzzes: number;
  beforeEach(() => {
    buzzes = 0;
    Object.defineProperty(navigator, 'vibrate', { value: () => void buzzes++, configurable: true });
  });

  it('a little ahead while visible, dropping what a throttled tab slept through, and minutes ahead while hidden', () => {
    const s = run([{ type: 'start', at: T0 }], restored());
    // Get ready is 10 s: nothing is due in the first 1.2 s.
    expect(scheduleCues(s.plan, s.engine, T0, T0, prefs)).toBe(T0 + 1200);
    // Twenty seconds asleep: only the last 400 ms are still worth playing (the change into the plank at 10 s is not).
    expect(scheduleCues(s.plan, s.engine, T0 + 1200, T0 + 21_000, prefs)).toBe(T0 + 22_200);
    vi.advanceTimersByTime(2000);
    expect(buzzes).toBe(0);
    silence();
    // Hidden (a locked phone): the next five minutes at once; the plank ends at 40 s, the workout with it.
    setVisible(false);
    expect(scheduleCues(s.plan, s.engine, T0, T0, prefs)).toBe(T0 + HIDDEN_LOOKAHEAD_MS);
    vi.advanceTimersByTime(41_000);
    expect(buzzes).toBe(2);
  });

  it('shown again with minutes scheduled ahead: drops them and goes back to the short lookahead', () => {
    const s = run([{ type: 'start', at: T0 }], restored());
    setVisible(false);
    scheduleCues(s.plan, s.engine, T0, T0, prefs);
    setVisible(true);
    expect(scheduleCues(s.plan, s.engine, T0 + HIDDEN_LOOKAHEAD_MS, T0 + 1000, prefs)).toBe(T0 + 1000 + LOOKAHEAD_MS);
    vi.advanceTimersByTime(41_000);
    expect(buzzes).toBe(0);
  });

  it('silence() cancels words and vibration still waiting (a press)', () => {
    const s = run([{ type: 'start', at: T0 }], restored());
    scheduleCues(s.plan, s.engine, T0 + 9000, T0 + 9500, prefs);
    silence();
    vi.advanceTimersByTime(2000);
    expect(buzzes).toBe(0);
  });
});

describe('useSavedWorkout', () => {
  const clock = { read: () => Date.now(), notBefore: vi.fn() };

  function mount(first = initTimer({ routineId: 'test', input })) {
    const dispatched: TimerAction[] = [];
    let state = first;
    const dispatch = (a: TimerAction) => {
      dispatched.push(a);
      state = timerReducer(state, a);
    };
    const hook = renderHook(({ s }) => useSavedWorkout(s, dispatch, clock), { initialProps: { s: first } });
    return { dispatched, hook, state: () => state, show: (s: TimerState) => hook.rerender({ s }) };
  }

  it('restores toggles, timings and an unfinished workout to offer', () => {
    localStorage.setItem('corestride:prefs', JSON.stringify({ v: 1, sound: false, voice: true, vibrate: false }));
    localStorage.setItem('corestride:settings:test', JSON.stringify({ v: 1, settings: { rounds: 2, getReadySeconds: 5, workDeltaSeconds: 0, restDeltaSeconds: 0 } }));
    const session = { settings: { rounds: 1, getReadySeconds: 10, workDeltaSeconds: 0, restDeltaSeconds: 0 }, state: run([{ type: 'start', at: T0 - 60_000 }], restored()).engine, savedAt: T0 - 30_000 };
    localStorage.setItem('corestride:session:test', JSON.stringify({ v: 1, ...session }));
    const { dispatched, hook } = mount();
    expect(hook.result.current.prefs).toEqual({ sound: false, voice: true, vibrate: false });
    expect(clock.notBefore).toHaveBeenCalledWith(T0 - 30_000);
    expect(dispatched).toEqual([{ type: 'restored', at: T0, settings: { rounds: 2, getReadySeconds: 5, workDeltaSeconds: 0, restDeltaSeconds: 0 }, offer: session }]);
    expect(hook.result.current.notices).toEqual([]);
  });

  it('reports what it cannot read, sets it aside, and carries on with the defaults', () => {
    localStorage.setItem('corestride:prefs', '{"v":1,');
    localStorage.setItem('corestride:session:test', '{"v":7}');
    const { dispatched, hook } = mount();
    expect(hook.result.current.prefs).toEqual(DEFAULT_PREFS);
    expect(hook.result.current.notices.map(([which]) => which)).toEqual(['prefs', 'session']);
    expect(localStorage.getItem('corestride:prefs')).toBeNull();
    expect(localStorage.getItem('corestride:set-aside:corestride:prefs')).toBe('{"v":1,');
    expect(dispatched[0]).toMatchObject({ type: 'restored', settings: null, offer: null });
  });

  it('does not offer a workout saved over three hours ago, and clears it', () => {
    const state = run([{ type: 'start', at: T0 - 4 * 3_600_000 }], restored()).engine;
    localStorage.setItem('corestride:session:test', JSON.stringify({ v: 1, settings: { rounds: 1, getReadySeconds: 10, workDeltaSeconds: 0, restDeltaSeconds: 0 }, state, savedAt: T0 - 4 * 3_600_000 }));
    const { dispatched } = mount();
    expect(dispatched[0]).toMatchObject({ offer: null });
    expect(localStorage.getItem('corestride:session:test')).toBeNull();
  });

  it('keeps the workout in progress saved, logs a finished one once, and the streak counts it', () => {
    localStorage.setItem(`corestride:workout:other-${T0 - 86_400_000}`, '{}');
    const m = mount();
    m.show(m.state());
    const live = run([{ type: 'start', at: T0 }, { type: 'tick', at: T0 + 5000 }], m.state());
    m.show(live);
    expect(JSON.parse(localStorage.getItem('corestride:session:test')!)).toMatchObject({ v: 1, savedAt: T0 + 5000, state: { status: 'running', startedAt: T0 } });
    const ended = run([{ type: 'tick', at: T0 + 40_000 }], live);
    m.show(ended);
    expect(localStorage.getItem('corestride:session:test')).toBeNull();
    expect(JSON.parse(localStorage.getItem(`corestride:workout:test-${T0}`)!)).toMatchObject({ v: 1, completed: true, activeMs: 40_000 });
    expect(m.hook.result.current.lastDoneAt).toBe(T0 + 40_000);
    // The finish screen counts the streak from the log's keys as of the end (WorkoutView's EndingView).
    expect(streakOfDays(workoutStartsFromKeys(keys()), T0 + 40_000)).toBe(2);
  });

  it('saves a toggle and the timings when asked, and forgets the timings', () => {
    const { hook } = mount();
    let next = DEFAULT_PREFS;
    // the voice is on until the runner turns it off
    act(() => void (next = hook.result.current.togglePref('voice')));
    expect(next.voice).toBe(false);
    expect(JSON.parse(localStorage.getItem('corestride:prefs')!)).toEqual({ v: 1, ...DEFAULT_PREFS, voice: false });
    hook.result.current.saveSettings({ rounds: 4, getReadySeconds: 0, workDeltaSeconds: 5, restDeltaSeconds: -5 });
    expect(JSON.parse(localStorage.getItem('corestride:settings:test')!).settings.rounds).toBe(4);
    hook.result.current.saveSettings(null);
    expect(localStorage.getItem('corestride:settings:test')).toBeNull();
  });
});
