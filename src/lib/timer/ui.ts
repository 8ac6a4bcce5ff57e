/**
 * The circuit timer's one state and its reducer: what the island shows and why, as a union
 * of screens (loading, idle, live, ended) over the engine's timestamps. Pure: every action
 * carries the time it happened (`at`, from the workout clock), and side effects (storage,
 * sound, focus) are left to the hooks in src/islands/timer/, which react to the state.
 */
import { done, IDLE, next, pause, previous, reset, resume, settle, snapshot, start, type EngineState } from './engine';
import { compilePlan, defaultSettings, type Plan, type PlanInput, type PlanSettings } from './plan';
import type { SavedSession } from '../storage/timer';
import type { WorkoutRecord } from '../storage/workout';
import { workoutRecord } from './view';

export type Screen =
  /** Rendered at build time, before the saved state is read: the controls wait. */
  | { kind: 'loading' }
  /** Ready to start, perhaps offering to carry on an unfinished workout. */
  | { kind: 'idle'; offer: SavedSession | null }
  /** Running or paused, on the page or full screen (`floor`), perhaps asking before a reset. */
  | { kind: 'live'; floor: boolean; confirming: boolean }
  /** The finish screen: what was logged (null when most of it was skipped) and the active time. */
  | { kind: 'ended'; floor: boolean; at: number; record: WorkoutRecord | null; activeMs: number };

export interface TimerState {
  routineId: string;
  /** The routine as the timer runs it: as written, or at the dose its progress sets ('dose'). */
  input: PlanInput;
  settings: PlanSettings;
  /** Compiled from `input` and `settings`, whenever they change. */
  plan: Plan;
  engine: EngineState;
  /** The workout clock at the last action or wake. */
  now: number;
  screen: Screen;
  /** When a press last changed the workout: cues scheduled before it are dropped. */
  cuesFrom: number;
  /** The segment last reached (-1: none); the one last announced, whose sentence (describeChange) is in the live region; a count that flashes the face. */
  reached: number;
  said: number;
  flashes: number;
  /** The last workout this page put in the log (a new object each time one is added). */
  logged: WorkoutRecord | null;
}

type At = { at: number };
export type TimerAction =
  | ({ type: 'restored'; settings: PlanSettings | null; offer: SavedSession | null } & At)
  | ({ type: 'tick' | 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'done' | 'reset' | 'resume-offer' } & At)
  | ({ type: 'setting'; settings: PlanSettings } & At)
  /** The routine at another dose (src/lib/plan/checkIn.ts): taken when no workout is under way, so a runner keeps the dose they started with. */
  | { type: 'dose'; input: PlanInput }
  | { type: 'discard-offer' }
  | { type: 'floor'; open: boolean }
  | { type: 'ask-reset'; ask: boolean };

export function initTimer({ routineId, input }: { routineId: string; input: PlanInput }): TimerState {
  const settings = defaultSettings(input);
  return {
    routineId,
    input,
    settings,
    plan: compilePlan(input, settings),
    engine: IDLE,
    now: 0,
    screen: { kind: 'loading' },
    cuesFrom: 0,
    reached: -1,
    said: -1,
    flashes: 0,
    logged: null,
  };
}

/** The big button's word, which is also what it (and Space) does: Done on a reps step, else Pause, Resume or Start. */
export function primaryAction(s: TimerState): 'Done' | 'Pause' | 'Resume' | 'Start' {
  const snap = snapshot(s.plan, s.engine, s.now);
  if (snap.status === 'running') return snap.segment?.durationMs === null ? 'Done' : 'Pause';
  return snap.status === 'paused' ? 'Resume' : 'Start';
}

const isLive = (e: EngineState) => e.status === 'running' || e.status === 'paused';
/** Ready, with nothing to offer; live, full screen, as Start and Resume open it. */
const READY: Screen = { kind: 'idle', offer: null };
const LIVE: Screen = { kind: 'live', floor: true, confirming: false };

/**
 * The state with the engine moved to `next` at `at` (`pressed`: by the runner, so cues start
 * afresh): the change announced, and the screen following the engine (idle, live or ended,
 * with the workout logged if it counts).
 */
function moved(s: TimerState, next: EngineState, at: number, pressed: boolean): TimerState {
  const settled = settle(s.plan, next, at);
  const out: TimerState = { ...s, engine: settled, now: at, cuesFrom: pressed ? at : s.cuesFrom };
  // Each change of step is announced once; a step reached while paused is not.
  if (settled.status === 'idle' || settled.status === 'paused') {
    out.reached = settled.status === 'idle' ? -1 : settled.index;
  } else if (settled.index !== s.reached) {
    out.reached = out.said = settled.index;
    out.flashes++;
  }
  if (settled.status === 'idle') out.screen = READY;
  else if (isLive(settled)) {
    if (s.screen.kind !== 'live') out.screen = LIVE;
  } else if (s.screen.kind !== 'ended') {
    const end = settled.finishedAt ?? at;
    const record = workoutRecord(s.routineId, s.plan, settled, end);
    out.screen = { kind: 'ended', floor: s.screen.kind === 'live' && s.screen.floor, at: end, record, activeMs: snapshot(s.plan, settled, end).elapsedMs };
    if (record) out.logged = record;
  }
  return out;
}

/** The workout kept where it is under new settings: same step, same time into it, if that step still exists. */
function withSettings(s: TimerState, settings: PlanSettings, at: number): TimerState {
  const plan = compilePlan(s.input, settings);
  const st = settle(s.plan, s.engine, at);
  const clamped = isLive(st) && st.index >= plan.segments.length ? { ...st, index: plan.segments.length - 1 } : st;
  return { ...s, settings, plan, engine: clamped, cuesFrom: at };
}

const MOVES = { pause, resume, next, previous, done };

export function timerReducer(s: TimerState, a: TimerAction): TimerState {
  const { plan, screen } = s;
  switch (a.type) {
    case 'restored':
      return { ...(a.settings ? withSettings(s, a.settings, a.at) : s), now: a.at, screen: { kind: 'idle', offer: a.offer } };
    case 'tick':
      return isLive(s.engine) ? moved(s, s.engine, a.at, false) : { ...s, now: a.at };
    case 'start':
      return screen.kind === 'loading' || isLive(s.engine) ? s : moved(s, start(plan, IDLE, a.at), a.at, true);
    case 'resume-offer': {
      if (screen.kind !== 'idle' || !screen.offer) return s;
      const { settings, state, savedAt } = screen.offer;
      // A workout saved while running is taken as paused when it was saved: the time away is not counted.
      const frozen: EngineState = state.status === 'running' ? { ...state, status: 'paused', pausedAt: savedAt } : state;
      const base = withSettings(s, settings, a.at);
      return moved(base, resume(base.plan, frozen, a.at), a.at, true);
    }
    case 'discard-offer':
      return screen.kind === 'idle' ? { ...s, screen: READY } : s;
    case 'pause':
    case 'resume':
    case 'next':
    case 'previous':
    case 'done':
      return isLive(s.engine) ? moved(s, MOVES[a.type](plan, s.engine, a.at), a.at, true) : s;
    case 'reset': {
      // A workout that already counts (half its time done) is kept in the log, marked unfinished.
      const record = screen.kind === 'live' ? workoutRecord(s.routineId, plan, s.engine, a.at) : null;
      return { ...moved(s, reset(), a.at, true), logged: record ?? s.logged };
    }
    case 'setting':
      return withSettings(s, a.settings, a.at);
    case 'dose':
      return isLive(s.engine) ? s : withSettings({ ...s, input: a.input }, s.settings, s.now);
    case 'floor':
      return screen.kind === 'live' || screen.kind === 'ended' ? { ...s, screen: { ...screen, floor: a.open } } : s;
    case 'ask-reset':
      return screen.kind === 'live' ? { ...s, screen: { ...screen, confirming: a.ask } } : s;
  }
}
