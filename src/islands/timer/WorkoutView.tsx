/**
 * The timer's views that wait for the runner: the face once a workout is under way (on the
 * page, or full screen on the floor), its controls, the finish screen and the timing settings.
 * No state of their own. CircuitTimer loads this module at the first touch or focus,
 * or at Start, so a routine page ships none of it before the runner reaches for the timer.
 */
import type { ComponentChildren } from 'preact';
import { formatClock, formatDuration, formatSeconds } from '../../lib/content/format';
import type { Snapshot } from '../../lib/timer/engine';
import { ADJUSTMENT_RANGE, GET_READY_RANGE, ROUNDS_RANGE } from '../../lib/routine/limits';
import type { Plan, PlanSettings, Segment } from '../../lib/timer/plan';
import type { WorkoutRecord } from '../../lib/storage/workout';
import { isExercise, upNext, type Phase } from '../../lib/timer/view';
import { nameWithSide, phaseLabel, segmentDetail } from '../../lib/timer/words';
import { NumberField } from '../NumberField';

// Cues and words: needed only while a workout runs, so they travel with these views.
export * from './player';
export { NoWakeLock, Notice, Offer } from './Restored';

/** The end of a workout: what was logged (null when most of it was skipped), the time and the streak. */
export interface Ending {
  record: WorkoutRecord | null;
  activeMs: number;
  streak: number;
}

interface FaceProps {
  plan: Plan;
  snap: Snapshot;
  phase: Phase;
  /** "Step n of N" for the current segment, and N. */
  stepNo: number;
  steps: number;
  figures: Record<string, string>;
  /** Full screen: the figure large, and the exercise after this one small beside "Up next". */
  big: boolean;
  /** Changes on every new segment, so the face flashes once. */
  flashes: number;
}

export function Face({ plan, snap, phase, stepNo, steps, figures, big, flashes }: FaceProps) {
  const seg = snap.segment;
  const nextUp = upNext(plan, snap.index);
  const doing = seg && isExercise(seg);
  // The exercise being done, or the one a rest or countdown leads into.
  const fig = (doing ? seg : nextUp)?.exerciseId;
  const afterFig = big && doing ? nextUp?.exerciseId : undefined;
  const detail = seg ? segmentDetail(seg) : '';
  return (
    <div class="timer-face" key={flashes} data-phase={phase} data-flash={flashes > 0 ? '' : undefined}>
      <p class="timer-meta">
        <span class="timer-phase">{phaseLabel(phase, seg)}</span>
        <span>
          Round {seg?.round ?? plan.rounds} of {plan.rounds} · Step {stepNo} of {steps}
        </span>
      </p>
      <h3 class="timer-step">
        {seg?.label}
        {detail && <span class="timer-sub"> · {detail}</span>}
      </h3>
      {seg?.kind === 'switch-sides' && <p class="timer-sub">{seg.exerciseName}: right side next</p>}
      <div class="timer-main">
        {fig && figures[fig] && <div class="timer-figure" aria-hidden="true" dangerouslySetInnerHTML={{ __html: figures[fig] }} />}
        <div role="timer" aria-label="Time left in this step" class="timer-clock" data-reps={snap.remainingMs === null ? '' : undefined}>
          {snap.remainingMs === null ? (
            <>
              {seg?.reps ?? ''}
              <span class="timer-unit"> reps</span>
            </>
          ) : (
            formatSeconds(snap.remainingMs)
          )}
        </div>
      </div>
      {doing && seg.cue && <p class="timer-cue">Form: {seg.cue}</p>}
      {nextUp && (
        <p class="timer-next">
          {afterFig && figures[afterFig] && <span class="timer-next-figure" aria-hidden="true" dangerouslySetInnerHTML={{ __html: figures[afterFig] }} />}
          Up next: {nameWithSide(nextUp)}
        </p>
      )}
      <label class="timer-progress">
        <span class="sr-only">Workout progress</span>
        <progress max={1000} value={Math.round(snap.progress * 1000)} />
        <span class="text-sm" aria-hidden="true">
          {formatClock(snap.elapsedMs)} done · {formatClock(snap.remainingTotalMs)} to go
        </span>
      </label>
    </div>
  );
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

export function Controls({ keepGoing, ...p }: ControlsProps) {
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
      <button type="button" class="btn btn-secondary" onClick={p.onPrevious} aria-keyshortcuts="ArrowLeft">
        Previous step
      </button>
      <button type="button" class="btn btn-primary timer-primary" onClick={p.primary[1]} autoFocus={p.big} aria-keyshortcuts="Space">
        {p.primary[0]}
      </button>
      {reps && (
        <button type="button" class="btn btn-secondary" onClick={p.onPause}>
          Pause
        </button>
      )}
      <button type="button" class="btn btn-secondary" onClick={p.onNext} aria-keyshortcuts="ArrowRight">
        Next step
      </button>
      <button type="button" class="btn btn-secondary" onClick={() => p.onAskReset(true)}>
        Reset
      </button>
    </div>
  );
}

export function EndingView({ ending, plan, plannedMs }: { ending: Ending; plan: Plan; plannedMs: number }) {
  const { record, activeMs, streak } = ending;
  return (
    <section class="timer-summary" aria-labelledby="timer-summary-heading">
      <h3 id="timer-summary-heading">{record ? 'Well done: workout complete' : 'End of the routine'}</h3>
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
      <p>
        <strong>What next:</strong> give your core a day off before the next hard session; an easy run or gentle mobility is fine tomorrow.
      </p>
      <p class="timer-links">
        <a href="/log/">See your log</a>
        <a href="/routines/">Choose another routine</a>
      </p>
      <p class="text-sm muted">Saved on this device only.</p>
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
export function Settings({ settings, plannedMs, steps, onChange, onRestore, disabled }: SettingsProps) {
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
}

interface FloorProps {
  phase: Phase;
  onExit(): void;
  /** A tap anywhere but on a control: pause, or carry on. */
  onTap(): void;
  children: ComponentChildren;
}

/** The full-screen floor view: a modal dialog in the phase's colour, open while it is mounted. */
export function Floor({ phase, onExit, onTap, children }: FloorProps) {
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
      <button type="button" class="btn btn-secondary timer-exit" onClick={onExit}>
        Exit full screen
      </button>
      {children}
    </dialog>
  );
}
