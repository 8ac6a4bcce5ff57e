/**
 * The timer's views that wait for the runner: the face once a workout is under way (on the
 * page, or full screen on the floor), its controls, the finish screen and the timing settings.
 * No state of their own. CircuitTimer loads this module at the first touch or focus,
 * or at Start, so a routine page ships none of it before the runner reaches for the timer.
 */
import { Component, type ComponentChildren, type ComponentType, type Ref } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RoutineKind } from '../../lib/content/vocabulary';
import { formatDuration } from '../../lib/content/format';
import { formatClock, formatSeconds } from '../../lib/content/format-clock';
import { snapshot, type EngineState, type Snapshot } from '../../lib/timer/engine';
import { ADJUSTMENT_RANGE, GET_READY_RANGE, ROUNDS_RANGE } from '../../lib/routine/limits';
import { estimateMs, type Plan, type PlanSettings, type Segment } from '../../lib/timer/plan';
import type { WorkoutRecord } from '../../lib/storage/workout';
import { ticking } from '../../lib/timer/ticking';
import { isExercise, upNext, type Phase } from '../../lib/timer/view';
import { changeoverTo, nameWithSide, phaseLabel, segmentDetail } from '../../lib/timer/words';
import { holdPlayback, onOutsidePlayback } from './player';
import { useMediaSession } from './useMediaSession';
import type { Ticks } from './useWorkoutClock';
import { keys } from './useSavedWorkout';
import { streakOfDays } from '../../lib/log/days';
import { workoutStartsFromKeys } from '../../lib/storage/keys';
import { NumberField } from '../NumberField';
import type { TimerAction, TimerState } from '../../lib/timer/ui';
import type { PlanInput } from '../../lib/timer/plan';
import { UnsavedWorkouts } from './Restored';
import { WhatNext } from './WhatNext';

// Cues and words: needed only while a workout runs, so they travel with these views.
export * from './player';
export { NoWakeLock, Notices } from './Restored';
export { watchOtherTabs } from './otherTabs';

interface LockScreenProps {
  plan: Plan;
  snap: Snapshot;
  /** "Step n of N" for the current segment, and N (the island's numbering, as the face's). */
  stepNo: number;
  steps: number;
  /** Sound or voice on: only then does the quiet loop play (it takes the phone's audio from other apps). */
  audible: boolean;
  /** The island's presses: the lock screen's buttons do the same. */
  on: { Resume(): void; Pause(): void; Next(): void; Previous(): void };
}

/** The workout on the lock screen (useMediaSession.ts), while it is under way. Draws nothing. */
export function LockScreen({ plan, snap, stepNo, steps, audible, on }: LockScreenProps) {
  const seg = snap.segment;
  const coming = changeoverTo(plan, snap.index);
  const doing = seg && isExercise(seg) ? [nameWithSide(seg), seg.detail].filter(Boolean).join(' · ') : '';
  const title = coming ? `${seg?.label ?? ''} · Next: ${nameWithSide(coming)}` : doing || plan.title;
  const playing = snap.status === 'running';
  const total = snap.elapsedMs + snap.remainingTotalMs;
  // the time left as the step starts: the lock screen's own bar counts it down in between
  const left = useMemo(() => minutesSeconds(plan.segments.slice(snap.index).reduce((sum, s) => sum + estimateMs(s), 0)), [plan, snap.index]);
  useMediaSession(
    seg
      ? {
          routine: plan.title,
          title,
          detail: `Step ${stepNo} of ${steps} · ${left} left`,
          playing,
          elapsedMs: snap.elapsedMs,
          totalMs: Math.round(total / 1000) * 1000,
          step: snap.index,
        }
      : null,
    { play: on.Resume, pause: on.Pause, next: on.Next, previous: on.Previous },
  );
  useLayoutEffect(() => holdPlayback(playing && audible), [playing, audible]);
  // the quiet loop paused or played by the browser's own controls: the workout follows
  useLayoutEffect(() => onOutsidePlayback({ paused: on.Pause, played: on.Resume }));
  useLayoutEffect(
    () => () => {
      holdPlayback(false);
      onOutsidePlayback({});
    },
    [],
  );
  return null;
}

/** The end of a workout: what was logged (null when most of it was skipped), the time, and when it ended. */
export interface Ending {
  record: WorkoutRecord | null;
  activeMs: number;
  /** When it ended, on the workout clock: the streak is counted as of then. */
  at: number;
  /** Workouts the log could not take (storage full): said so, and offered as a download. */
  unsaved: WorkoutRecord[];
  /** The routine's kind: with it, a logged workout's finish screen asks how it was (./progress.tsx). */
  kind?: RoutineKind | undefined;
}

interface FaceProps {
  plan: Plan;
  engine: EngineState;
  /** The workout clock, read at each draw: the island's when a step changes or a press is made, and each second `ticks` brings. */
  clock: { read(): number };
  ticks: Ticks;
  phase: Phase;
  /** "Step n of N" for the current segment, and N. */
  stepNo: number;
  steps: number;
  figures: Record<string, string>;
  /** Full screen: the figure large, the time left in the workout, and the exercise after this one small beside "Up next". */
  big: boolean;
  /** Changes on every new segment, so the face flashes once. */
  flashes: number;
}

/** "6:12": the workout's time left as the lock screen shows it at the start of a step, minutes unpadded. */
const minutesSeconds = (ms: number) => formatClock(ms).replace(/^0(?=\d:)/, '');

/** An exercise's figure (inline SVG drawn at build time), mirrored by CSS when the side it is done on is not the side drawn. */
function Figure({ cls, figures, seg }: { cls: string; figures: Record<string, string>; seg: Segment | undefined }) {
  const svg = seg?.exerciseId ? figures[seg.exerciseId] : undefined;
  if (!svg) return null;
  return <div class={cls} data-side={seg?.side} aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />;
}

/**
 * A clock text's width and height per 1px of font, by its shape: in tabular digits every digit is
 * as wide as every other, so "10:00" and "12:34" measure the same. Measured once per shape (once
 * the page's fonts have loaded), so a new step seldom asks the browser for a layout.
 */
const measured = new Map<string, [number, number]>();
const shapeOf = (text: string, reps: boolean) => text.replace(/\d/g, '0') + (reps ? ' reps' : '');

/**
 * The big clock, sized to fit its box: the box is a CSS size container, and the clock's font size is
 * the largest at which the segment's longest text ("10:00", "12 reps") fits its width and height.
 * That text's size per 1px of font is measured in the UI font's tabular digits (`measured`, above).
 * A timed step's clock is drawn empty: the face writes its seconds (`timeRef`, Face below).
 */
function Clock({ seg, timeRef }: { seg: Segment | null; timeRef: Ref<HTMLDivElement> }) {
  const box = useRef<HTMLDivElement>(null);
  const sizer = useRef<HTMLSpanElement>(null);
  const reps = seg?.durationMs === null;
  const unit = reps && <span class="timer-unit"> reps</span>;
  // The longest the clock reads in this segment: its whole duration (the count only shrinks).
  const longest = reps ? String(seg?.reps ?? '') : formatSeconds(seg?.durationMs ?? 0);
  useLayoutEffect(() => {
    const el = sizer.current;
    const style = box.current?.style;
    if (!el || !style) return;
    const shape = shapeOf(longest, reps);
    let size = measured.get(shape);
    if (!size) {
      const range = document.createRange();
      range.selectNodeContents(el);
      const font = parseFloat(getComputedStyle(el).fontSize) || 100;
      size = [el.getBoundingClientRect().width / font, range.getBoundingClientRect().height / font];
      if (!(size[0] > 0 && size[1] > 0)) return;
      if (document.fonts?.status !== 'loading') measured.set(shape, size);
    }
    const [w, h] = size.map((n) => n.toFixed(3));
    if (style.getPropertyValue('--clock-w') !== w) style.setProperty('--clock-w', w!);
    if (style.getPropertyValue('--clock-h') !== h) style.setProperty('--clock-h', h!);
  }, [longest, reps]);
  const label = { role: 'timer', 'aria-label': 'Time left in this step', class: 'timer-clock' } as const;
  return (
    <div class="timer-clock-box" ref={box}>
      {/* Keyed apart, so the element whose text the face writes is never one Preact gave children. */}
      {reps ? (
        <div key="reps" {...label} data-reps="">
          {seg?.reps}
          {unit}
        </div>
      ) : (
        <div key="time" {...label} ref={timeRef} />
      )}
      <span class="timer-clock timer-clock-sizer" ref={sizer} aria-hidden="true">
        {longest}
        {unit}
      </span>
    </div>
  );
}

/**
 * A new step lights the whole screen for 0.4 s, for a noisy room: shown, then taken away, two
 * frames in all. An animation, even one the compositor runs, draws every frame while it lasts.
 */
function Flash() {
  const [on, setOn] = useState(true);
  useLayoutEffect(() => {
    const t = setTimeout(() => setOn(false), 400);
    return () => clearTimeout(t);
  }, []);
  return on ? <span class="timer-flash" aria-hidden="true" /> : null;
}

/** A text node's new text, written only when it differs (an element Preact drew empty gets one). */
function write(el: HTMLElement | null, text: string | null) {
  if (!el || text === null) return;
  const node = el.firstChild;
  if (!(node instanceof Text)) el.textContent = text;
  else if (node.data !== text) node.data = text;
}

/**
 * The workout's face. It is drawn when the island draws (a new step, a press). Within a step only
 * its texts that change (the clock, the time left, the progress bar) are written, straight into
 * their elements, after each draw and at each of the island's wakes (`ticks`): Preact draws those
 * elements empty and never diffs them, so a second of a running workout costs a few text nodes and
 * nothing more (npm run bench, workout CPU).
 */
export function Face({ plan, engine, clock, ticks, phase, stepNo, steps, figures, big, flashes }: FaceProps) {
  const time = useRef<HTMLDivElement>(null);
  const left = useRef<HTMLSpanElement>(null);
  const done = useRef<HTMLSpanElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const show = (at: number) => {
      const t = ticking(snapshot(plan, engine, at));
      write(time.current, t.clock);
      write(left.current, t.left);
      write(done.current, t.done);
      // the bar moves a whole percent at a time: drawn again only then, not every second
      const el = bar.current;
      if (el && el.getAttribute('aria-valuenow') !== String(t.percent)) {
        el.setAttribute('aria-valuenow', String(t.percent));
        (el.firstElementChild as HTMLElement).style.transform = `scaleX(${t.percent / 100})`;
      }
    };
    show(clock.read());
    ticks.add(show);
    return () => void ticks.delete(show);
  });
  // Read as it draws, so a face that opens between the island's draws (full screen, or back) shows the step now.
  const snap = snapshot(plan, engine, clock.read());
  const seg = snap.segment;
  const coming = changeoverTo(plan, snap.index);
  return (
    // On the page the face is made anew at each step, so its flash plays again; full screen only the flash is
    // (a new face would parse its figure again and lay out the whole screen).
    <div class="timer-face" key={big ? 0 : flashes} data-phase={phase} data-flash={!big && flashes > 0 ? '' : undefined} data-changeover={coming ? '' : undefined}>
      {big && flashes > 0 && <Flash key={flashes} />}
      <p class="timer-meta">
        <span class="timer-phase">{phaseLabel(phase, seg)}</span>
        {big && <span class="timer-left" ref={left} />}
        <span class="timer-round">
          <span>Round {seg?.round ?? plan.rounds} of {plan.rounds}</span> · <span>Step {stepNo} of {steps}</span>
        </span>
      </p>
      <StepHead plan={plan} index={snap.index} figures={figures} big={big} />
      <Clock seg={seg} timeRef={time} />
      <StepTail plan={plan} index={snap.index} figures={figures} big={big} />
      <div class="timer-progress">
        {/* A bar drawn by a transform, not a <progress> (its width and value are written with the clock). */}
        <div class="timer-bar" role="progressbar" aria-label="Workout progress" ref={bar}>
          <span />
        </div>
        {/* Full screen, the time left is in the line at the top: this line is not drawn. */}
        {!big && <span class="text-sm" aria-hidden="true" ref={done} />}
      </div>
    </div>
  );
}

/** What a step shows that stays the same for the whole step: drawn again only at a new step, not at each tick. */
interface StepProps {
  plan: Plan;
  index: number;
  figures: Record<string, string>;
  big: boolean;
}

/** The headline and its figure. Get ready, a rest or a switch of sides: the exercise coming is the headline. */
const StepHead = steady(function StepHead({ plan, index, figures }: StepProps) {
  const seg = plan.segments[index];
  const coming = changeoverTo(plan, index);
  const headline = coming ?? seg;
  const detail = headline && isExercise(headline) ? segmentDetail(headline) : '';
  return (
    <>
      <h3 class="timer-step">
        {coming && <span class="timer-next-label">Next: </span>}
        {coming ? coming.exerciseName : seg?.label}
        {detail ? <span class="timer-sub"> · {detail}</span> : null}
      </h3>
      <Figure cls="timer-figure" figures={figures} seg={seg && isExercise(seg) ? seg : upNext(plan, index)} />
    </>
  );
});

/** The form cue, and the exercise after this one ("Up next"; full screen with its figure small). */
const StepTail = steady(function StepTail({ plan, index, figures, big }: StepProps) {
  const seg = plan.segments[index];
  const nextUp = upNext(plan, index);
  return (
    <>
      {seg && isExercise(seg) && seg.cue && <p class="timer-cue">Form: {seg.cue}</p>}
      {nextUp && !changeoverTo(plan, index) && (
        <p class="timer-next">
          {big && <Figure cls="timer-next-figure" figures={figures} seg={nextUp} />}
          <span>Up next: {nameWithSide(nextUp)}</span>
        </p>
      )}
    </>
  );
});

/**
 * A view that draws again only when one of its props that is not a function changes (an array prop
 * counts as changed when one of its items that is not a function does): the workout's controls and
 * timing settings, so they are not diffed again at every tick of the clock. Their functions only ever
 * dispatch a press, the same one for as long as the props that name it (the big button's word) stay
 * the same, so the ones given at the last draw still do what the newest would.
 */
function steady<P extends object>(View: (props: P) => ComponentChildren): ComponentType<P> {
  const same = (a: unknown, b: unknown): boolean =>
    a === b || typeof a === 'function' || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i])));
  return class Steady extends Component<P> {
    override shouldComponentUpdate(next: P) {
      const [was, now] = [this.props as Record<string, unknown>, next as Record<string, unknown>];
      return Object.keys(now).some((k) => !same(now[k], was[k])) || Object.keys(was).some((k) => !(k in now));
    }
    override render(props: P) {
      return View(props);
    }
  };
}

interface ControlsProps {
  segment: Segment | null;
  running: boolean;
  /** The big button's word and action: Done on a reps step, else Pause or Resume. */
  primary: [string, () => void];
  big: boolean;
  onPause(): void;
  onPrevious(): void;
  onNext(): void;
  /** Reset asks first: null while not asking, else whether the workout would be kept in the log. */
  confirming: boolean | null;
  onAskReset(ask: boolean): void;
  onReset(): void;
  keepGoing: { current: HTMLButtonElement | null };
}

/**
 * Every control has a place of its own that it keeps on every kind of step: Previous, the big
 * button (Pause, Resume, or Done on a reps step), Next, and Reset; on a reps step Pause appears in
 * a slot that is otherwise empty, so nothing moves.
 */
export const Controls = steady(function Controls({ keepGoing, ...p }: ControlsProps) {
  if (p.confirming !== null) {
    return (
      <div class="timer-confirm" role="group" aria-label="Reset the workout?">
        <p>Reset the workout? {p.confirming ? 'It stays in your log, marked unfinished.' : 'It is not logged: too little of it is done.'}</p>
        <button type="button" class="btn btn-secondary" onClick={p.onReset}>
          Yes, reset
        </button>
        <button type="button" class="btn btn-primary" ref={keepGoing} onClick={() => p.onAskReset(false)}>
          Keep going
        </button>
      </div>
    );
  }
  const reps = p.running && p.segment?.durationMs === null;
  return (
    <div class="timer-controls">
      <button type="button" class="btn btn-secondary timer-previous" onClick={p.onPrevious} aria-keyshortcuts="ArrowLeft">
        Previous step
      </button>
      <button type="button" class="btn btn-primary timer-primary" onClick={p.primary[1]} autoFocus={p.big} aria-keyshortcuts="Space">
        {p.primary[0]}
      </button>
      <button type="button" class="btn btn-secondary timer-next-step" onClick={p.onNext} aria-keyshortcuts="ArrowRight">
        Next step
      </button>
      <button type="button" class="btn btn-secondary timer-reset" onClick={() => p.onAskReset(true)}>
        Reset
      </button>
      {reps && (
        <button type="button" class="btn btn-secondary timer-pause" onClick={p.onPause}>
          Pause
        </button>
      )}
    </div>
  );
});

export function EndingView({ ending, plan, plannedMs }: { ending: Ending; plan: Plan; plannedMs: number }) {
  const { record, activeMs, at, unsaved, kind } = ending;
  // Days in a row with a workout as of the end, from the log's keys: the workout just logged
  // counts once it is saved (the island draws this again when it is), never if it could not be.
  const streak = streakOfDays(workoutStartsFromKeys(keys()), at);
  return (
    <section class="timer-summary" aria-labelledby="timer-summary-heading">
      <h3 id="timer-summary-heading">{record ? 'Well done: workout complete' : 'End of the routine'}</h3>
      {unsaved.length > 0 && <UnsavedWorkouts records={unsaved} />}
      {!record && (
        <p>
          Most of it was skipped ({formatClock(activeMs)} timed of about {formatDuration(plannedMs)}), so it is not in your log.
        </p>
      )}
      <dl>
        <div>
          <dt>Time</dt>
          <dd>{formatClock(activeMs)}</dd>
        </div>
        {record && (
          <div>
            <dt>Steps</dt>
            <dd>{record.steps}</dd>
          </div>
        )}
        <div>
          <dt>Rounds</dt>
          <dd>{plan.rounds}</dd>
        </div>
        {streak > 0 && (
          <div>
            <dt>Streak</dt>
            <dd>
              {streak} day{streak === 1 ? '' : 's'}
            </dd>
          </div>
        )}
      </dl>
      {kind && record && !unsaved.includes(record) && <CheckIn record={record} kind={kind} />}
      <WhatNext finished={record?.routineId ?? ''} kind={kind} />
      <p class="timer-links">
        <a href="/log/">See your log</a>
        <a href="/routines/">Choose another routine</a>
      </p>
      {unsaved.length === 0 && <p class="text-sm muted">Saved on this device only.</p>}
    </section>
  );
}

interface SettingsProps {
  settings: PlanSettings;
  plannedMs: number;
  steps: number;
  onChange(key: keyof PlanSettings, value: number): void;
  onRestore(): void;
  disabled: boolean;
}

/** Timing a runner may change before or during a workout (WCAG 2.2.1: timing adjustable). */
export const Settings = steady(function Settings({ settings, plannedMs, steps, onChange, onRestore, disabled }: SettingsProps) {
  return (
    <>
      <div class="grid gap-3 sm:grid-cols-2 mt-3">
        <NumberField label="Rounds" value={settings.rounds} min={ROUNDS_RANGE.min} max={ROUNDS_RANGE.max} step={1} onChange={(v) => onChange('rounds', v)} disabled={disabled} />
        <NumberField label="Get ready (seconds)" value={settings.getReadySeconds} min={GET_READY_RANGE.min} max={GET_READY_RANGE.max} step={5} onChange={(v) => onChange('getReadySeconds', v)} disabled={disabled} />
        <NumberField label="Work time (± seconds)" value={settings.workDeltaSeconds} min={ADJUSTMENT_RANGE.min} max={ADJUSTMENT_RANGE.max} step={5} onChange={(v) => onChange('workDeltaSeconds', v)} disabled={disabled} />
        <NumberField label="Rest time (± seconds)" value={settings.restDeltaSeconds} min={ADJUSTMENT_RANGE.min} max={ADJUSTMENT_RANGE.max} step={5} onChange={(v) => onChange('restDeltaSeconds', v)} disabled={disabled} />
      </div>
      <p class="mt-3">
        Total with these settings: <strong>{formatDuration(plannedMs)}</strong> ({steps} steps).{' '}
        <button type="button" class="underline" onClick={onRestore} disabled={disabled}>
          Back to the routine's timings
        </button>
      </p>
    </>
  );
});

interface FloorProps {
  phase: Phase;
  /** The finish screen: Close (focused) where a workout has its hint, and no Exit full screen beside it. */
  ended: boolean;
  onExit(): void;
  /** A tap anywhere but on a control: pause, or carry on. */
  onTap(): void;
  children: ComponentChildren;
}

/** The full-screen floor view: a modal dialog in the phase's colour, open while it is mounted. */
export function Floor({ phase, ended, onExit, onTap, children }: FloorProps) {
  return (
    <dialog
      ref={(d) => void (d && !d.open && d.showModal())}
      class="timer-floor"
      aria-label="Workout"
      data-phase={phase}
      onClose={onExit}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('button, a, label')) onTap();
      }}
    >
      {/* Finished, Close is the way out: one button, not two that do the same. */}
      {!ended && (
        <button type="button" class="btn btn-secondary timer-exit" onClick={onExit}>
          Exit full screen
        </button>
      )}
      {children}
      {ended ? (
        <button type="button" class="btn btn-primary" onClick={onExit} autoFocus>
          Close
        </button>
      ) : (
        <p class="timer-hint">{phase === 'paused' ? 'Tap anywhere to carry on' : 'Tap anywhere to pause'}</p>
      )}
    </dialog>
  );
}

// The plan's side of the timer (./progress.tsx) brings zod/mini and the rules: loaded only when
// this routine's dose may differ from the routine as written, or a logged workout asks how it was.
type ProgressViews = typeof import('./progress');
let progressViews: Promise<ProgressViews> | undefined;
/** The views, once loaded; `failed` is told if they cannot be (offline, say, with the file not kept). */
function useProgressViews(wanted: boolean, failed?: (read: true) => void): ProgressViews | null {
  const [P, setP] = useState<ProgressViews | null>(null);
  useLayoutEffect(() => {
    if (wanted) void (progressViews ??= import('./progress')).then(setP, () => failed?.(true));
  }, [wanted, failed]);
  return P;
}

interface DoseProps {
  state: TimerState;
  /** The routine as written. */
  written: PlanInput;
  /** doseKeys (src/lib/storage/keys.ts): none, where no dose is adjusted (the builder). */
  keys: readonly string[];
  /** Whether any of them held a value as the page opened (the island looked once). */
  stored: boolean;
  dispatch(action: TimerAction): void;
  /** Told once today's dose is in the timer, or cannot be read: until then Start and Resume wait. */
  onRead(read: true): void;
}

/** Today's dose of the routine: the timer runs it, and says how it differs from the routine as written (./progress.tsx). */
export function Dose(p: DoseProps) {
  const wanted = p.stored || (p.keys.length > 0 && p.state.screen.kind === 'ended');
  const P = useProgressViews(wanted, p.onRead);
  return P && <P.Dose {...p} />;
}

/** The finish screen's two questions (./progress.tsx). */
function CheckIn(p: { record: WorkoutRecord; kind: RoutineKind }) {
  const P = useProgressViews(true);
  return P && <P.CheckIn {...p} />;
}
