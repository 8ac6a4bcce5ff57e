/**
 * The circuit timer island: a thin view. Its state is one reducer (src/lib/timer/ui.ts) over the pure engine; the
 * browser's concerns are hooks in ./timer/ (the clock and its wakes, saved data, cues and the wake lock, the keys).
 * The views a running workout needs (./timer/WorkoutView.tsx) load at the first touch or focus, or at Start.
 */
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { RoutineKind } from '../lib/content/vocabulary';
import { daysAgoText } from '../lib/log/days';
import { snapshot, type Snapshot } from '../lib/timer/engine';
import { defaultSettings, totalMs, type PlanInput, type PlanSettings } from '../lib/timer/plan';
import type { TimerPrefs } from '../lib/storage/timer';
import { initTimer, primaryAction, timerReducer, type TimerAction } from '../lib/timer/ui';
import { phaseOf, stepNumbers, workoutRecord } from '../lib/timer/view';
import { store } from './browser-storage';
import { ReadyFace, Toggles } from './timer/Ready';
import { canKeepAwake, stopSpeaking, unlockAudio } from './timer/senses';
import { useCues } from './timer/useCues';
import { useSavedWorkout } from './timer/useSavedWorkout';
import { useTimerKeys } from './timer/useTimerKeys';
import { useWorkoutClock, type OnWake, type Ticks } from './timer/useWorkoutClock';

interface Props {
  routineId: string;
  input: PlanInput;
  /** Inline SVG thumbnails by exercise id, rendered at build time. */
  figures?: Record<string, string>;
  /** The routine's kind: the finish screen asks its two questions, kept with it, only when it is known (not in the builder). */
  kind?: RoutineKind;
  /** Keys that, stored, mean the dose may differ from the routine as written (doseKeys in src/lib/storage/keys.ts), */
  /** worked out at build time so that this first chunk ships none of the plan's keys: a glance on opening. */
  doseKeys?: string[];
}

type WorkoutViews = typeof import('./timer/WorkoutView');
let loading: Promise<WorkoutViews> | undefined;
const loadViews = () => (loading ??= import('./timer/WorkoutView'));

export default function CircuitTimer({ routineId, input, figures = {}, kind, doseKeys = [] }: Props) {
  const [state, dispatch] = useReducer(timerReducer, { routineId, input }, initTimer);
  const { plan, settings, now, screen } = state;
  const snap = snapshot(plan, state.engine, now);
  const running = snap.status === 'running';
  const live = running || snap.status === 'paused';
  // Wake at the next whole second of the display (a reps step waiting for Done: a second on).
  const wakeAfter = (at: number, s: Snapshot) => at + ((s.remainingMs ?? 1000) % 1000 || 1000);
  // Each wake tells the face and the cues the time (`ticks`); the island draws again only at a new
  // step or the end (a segment of its own), or when the page is hidden or shown (so a page being
  // left saves its workout); otherwise the wake asks for the next one itself.
  const [ticks] = useState<Ticks>(() => new Set());
  const tick: OnWake = (at, paged) => {
    const s = snapshot(plan, state.engine, at);
    ticks.forEach((f) => f(at));
    return paged || s.segment !== snap.segment ? dispatch({ type: 'tick', at }) : wakeAfter(at, s);
  };
  const clock = useWorkoutClock(running ? wakeAfter(now, snap) : null, tick);
  const saved = useSavedWorkout(state, dispatch, clock);
  const [V, setViews] = useState<WorkoutViews | null>(null);
  useCues(state, saved.prefs, V, ticks);
  // A stored progress or plan: the views come at once, and with them the dose (./timer/progress.tsx),
  // which Start and Resume wait for, so a quick tap never runs the routine as written instead.
  const [adjusted] = useState(() => doseKeys.some((key) => store.get(key) !== null));
  const [doseRead, setDoseRead] = useState(!adjusted);
  const hydrated = screen.kind !== 'loading';
  const floor = (screen.kind === 'live' || screen.kind === 'ended') && screen.floor;
  const confirming = screen.kind === 'live' && screen.confirming;
  const ended = screen.kind === 'ended' ? screen : null;

  const act = (type: Extract<TimerAction, { at: number }>['type']) => () => dispatch({ type, at: clock.read() } as TimerAction);
  // The runner's presses, named as the buttons are.
  const on = {
    Start() {
      unlockAudio();
      act('start')();
      if (saved.prefs.voice) void loadViews().then((v) => v.speak(v.describeChange(plan, 0)));
    },
    Pause: () => (act('pause')(), stopSpeaking()),
    Resume: () => (unlockAudio(), act('resume')()),
    Done: act('done'),
    Next: act('next'),
    Previous: act('previous'),
    Reset: () => (act('reset')(), stopSpeaking()),
  };
  const primary = primaryAction(state);
  const toggle = (key: keyof TimerPrefs) => {
    const p = saved.togglePref(key);
    if (key === 'sound' && p.sound) unlockAudio();
    if (!p.sound) V?.silence();
    if (!p.voice) stopSpeaking();
  };
  const changeSettings = (next: PlanSettings | null) => {
    saved.saveSettings(next);
    dispatch({ type: 'setting', settings: next ?? defaultSettings(input), at: clock.read() });
  };
  useTimerKeys(hydrated && doseRead, live, { primary: on[primary], next: on.Next, previous: on.Previous, sound: () => toggle('sound') });

  // Leaving the floor view: its opener (Start) has gone, so focus returns to the button in its place.
  const root = useRef<HTMLDivElement>(null);
  const wasFloorRef = useRef(false);
  useLayoutEffect(() => {
    if (wasFloorRef.current && !floor && !root.current?.contains(document.activeElement)) root.current?.querySelector<HTMLElement>('.timer-primary')?.focus();
    wasFloorRef.current = floor;
  }, [floor]);
  // Asking before a reset: focus goes to the safe answer.
  const keepGoingRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => void (confirming && keepGoingRef.current?.focus()), [confirming]);

  // The workout's own views arrive with the first touch, or at the latest with Start (or with something restored to show,
  // or with the address asking for the floor view ready to start: #start, ./timer/ReadyFloor.tsx).
  const wantViews = () => void loadViews().then(setViews);
  const offer = screen.kind === 'idle' ? screen.offer : null;
  const restored = adjusted || !!offer || saved.notices.length + saved.failed.length + saved.unsaved.length > 0;
  useLayoutEffect(() => {
    if (live || ended || restored || location.hash == '#start') void loadViews().then(setViews);
  }, [live, ended, restored]);
  // Another tab running this routine: told, so this one neither offers its workout nor clears it.
  useLayoutEffect(() => V?.watchOtherTabs(routineId, live, saved.setElsewhere), [V, routineId, live, saved.setElsewhere]);

  // The island draws at a new step or a press, not every second (the face counts the seconds).
  const numbering = stepNumbers(plan);
  const plannedMs = totalMs(plan);
  const stepNo = numbering.numbers[snap.index] ?? 1;
  const phase = phaseOf(snap.status, snap.segment);
  const faceOf = (big: boolean) =>
    V && <V.Face plan={plan} engine={state.engine} clock={clock} ticks={ticks} phase={phase} stepNo={stepNo} steps={numbering.total} figures={figures} big={big} flashes={state.flashes} />;
  const controlsOf = (big: boolean) =>
    V && (
      <V.Controls
        segment={snap.segment}
        running={running}
        primary={[primary, on[primary]]}
        big={big}
        onPause={on.Pause}
        onPrevious={on.Previous}
        onNext={on.Next}
        confirming={confirming ? workoutRecord(routineId, plan, state.engine, now) !== null : null}
        onAskReset={(ask) => dispatch({ type: 'ask-reset', ask })}
        onReset={on.Reset}
        keepGoing={keepGoingRef}
      />
    );
  const ending = ended && V && <V.EndingView ending={{ record: ended.record, activeMs: ended.activeMs, at: ended.at, unsaved: saved.unsaved, kind }} plan={plan} plannedMs={plannedMs} />;
  // Today's dose in words: on the page under Start (which stays where it was), or in the floor view as its workout starts.
  const dose = V && <V.Dose state={state} written={input} keys={doseKeys} stored={adjusted} dispatch={dispatch} onRead={setDoseRead} />;
  // One polite live region, on the page or in the floor view: the page is inert while the view is open.
  const announcer = (
    <p class="sr-only" aria-live="polite" aria-atomic="true">
      {V && state.said >= 0 && V.describeChange(plan, state.said)}
    </p>
  );
  const setFloor = (open: boolean) => () => dispatch({ type: 'floor', open });

  return (
    <div ref={root} class="circuit-timer" data-hydrated={hydrated ? '' : undefined} onPointerDown={wantViews} onFocusCapture={wantViews}>
      {V && doseRead && <V.Notices saved={saved} offer={offer} live={live} ended={!!ended} onResume={() => (unlockAudio(), act('resume-offer')())} plan={plan} figures={figures} onStart={on.Start} />}

      {!floor && (live ? faceOf(false) : <ReadyFace plan={plan} steps={numbering.total} plannedMs={plannedMs} figures={figures} />)}
      {!floor &&
        (live ? (
          controlsOf(false)
        ) : (
          <div class="timer-controls">
            <button type="button" class="btn btn-primary timer-primary" onClick={on.Start} disabled={!hydrated || !doseRead} aria-keyshortcuts="Space">
              Start
            </button>
          </div>
        ))}
      {!floor && ending}
      {!floor && dose}
      {saved.lastDoneAt !== null && <p class="text-sm muted mt-2">Last done: {daysAgoText(saved.lastDoneAt, now)}</p>}

      <Toggles prefs={saved.prefs} onToggle={toggle} disabled={!hydrated}>
        {live && (
          <button type="button" class="btn btn-secondary" onClick={setFloor(true)}>
            Full screen
          </button>
        )}
      </Toggles>
      {V && !canKeepAwake && <V.NoWakeLock />}

      <details class="timer-settings">
        <summary>Adjust timing</summary>
        {V && <V.Settings settings={settings} plannedMs={plannedMs} steps={numbering.total} onChange={(key, value) => changeSettings({ ...settings, [key]: value })} onRestore={() => changeSettings(null)} disabled={!hydrated} />}
      </details>

      {!floor && announcer}
      {/* The lock screen: its quiet loop starts with the render that follows the Start or Resume tap, still inside the tap. */}
      {V && live && <V.LockScreen plan={plan} snap={snap} stepNo={stepNo} steps={numbering.total} audible={saved.prefs.sound || saved.prefs.voice} on={on} />}

      {/* The floor view: the same face and controls, full screen, in a colour per phase. */}
      {floor && V && (
        <V.Floor phase={phase} ended={!!ended} onExit={setFloor(false)} onTap={running ? on.Pause : on.Resume}>
          {ended ? ending : live && faceOf(true)}
          {!ended && live && controlsOf(true)}
          {dose}
          {announcer}
        </V.Floor>
      )}
    </div>
  );
}
