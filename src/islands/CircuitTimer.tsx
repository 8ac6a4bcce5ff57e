/**
 * The circuit timer: a thin Preact view over the pure engine in src/lib/timer. This file
 * owns only browser concerns: reading the clock, waking at the next whole second, saving
 * to localStorage, and wiring sound, speech, vibration and the wake lock.
 *
 * Effects are layout effects: they run as part of the render, not on the next animation
 * frame, so a change of step is announced and persisted even when frames are throttled.
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatClock, formatDuration } from '../lib/content/format';
import { cuesBetween, describeChange } from '../lib/timer/cues';
import * as engine from '../lib/timer/engine';
import { compilePlan, defaultSettings, MAX_ROUNDS, totalMs, type PlanInput, type PlanSettings } from '../lib/timer/plan';
import {
  DEFAULT_PREFS,
  KEYS,
  readPrefs,
  readSession,
  readSettings,
  writePrefs,
  writeSession,
  writeSettings,
  writeWorkout,
  type SavedSession,
  type TimerPrefs,
  type WorkoutRecord,
} from '../lib/timer/storage';
import { daysAgoText, lastStartedFromKeys } from '../lib/log/days';
import { nameWithSide, stepNumbers, upNext, workoutRecord } from '../lib/timer/view';
import { store } from './browser-storage';
import { Beeper, ScreenAwake, speak, STALE_MS, stopSpeaking, vibrate } from './timer/senses';

interface Props {
  routineId: string;
  input: PlanInput;
  /** Inline SVG thumbnails by exercise id, rendered at build time. */
  figures?: Record<string, string>;
}

/** How far ahead beeps are put on the audio clock. */
const LOOKAHEAD_MS = 1200;
/** A saved workout older than this is not offered for resuming. */
const RESUME_WITHIN_MS = 3 * 60 * 60 * 1000;

export default function CircuitTimer({ routineId, input, figures = {} }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [settings, setSettings] = useState<PlanSettings>(() => defaultSettings(input));
  const plan = useMemo(() => compilePlan(input, settings), [input, settings]);
  const numbering = useMemo(() => stepNumbers(plan), [plan]);
  const [state, setState] = useState<engine.EngineState>(engine.IDLE);
  const [now, setNow] = useState(0);
  const [prefs, setPrefs] = useState<TimerPrefs>(DEFAULT_PREFS);
  const [notices, setNotices] = useState<string[]>([]);
  const [offer, setOffer] = useState<SavedSession | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [flashes, setFlashes] = useState(0);
  const [focusMode, setFocusMode] = useState(false);
  const [summary, setSummary] = useState<WorkoutRecord | null>(null);
  const [lastDoneAt, setLastDoneAt] = useState<number | null>(null);

  const beeper = useRef(new Beeper());
  const awake = useRef<ScreenAwake | null>(null);
  const stateRef = useRef(state);
  const planRef = useRef(plan);
  const prefsRef = useRef(prefs);
  const cueCursor = useRef(0);
  const pending = useRef<number[]>([]);
  const lastIndex = useRef(-1);
  const dialog = useRef<HTMLDialogElement>(null);
  stateRef.current = state;
  planRef.current = plan;
  prefsRef.current = prefs;

  // Restore preferences, settings and any workout in progress; report what could not be read.
  useLayoutEffect(() => {
    awake.current = new ScreenAwake();
    const problems: string[] = [];
    // Whatever cannot be read is set aside by store.read, so the next load is clean.
    const p = store.read(KEYS.prefs, readPrefs);
    if (p?.value) setPrefs(p.value);
    else if (p?.problem) problems.push(unreadable('sound and voice settings', p.problem, 'the defaults are back'));
    const s = store.read(KEYS.settings(routineId), readSettings);
    if (s?.value) setSettings(s.value);
    else if (s?.problem) problems.push(unreadable('saved timings for this routine', s.problem, "the routine's own are back"));
    const session = store.read(KEYS.session(routineId), (raw) => readSession(raw, (saved) => compilePlan(input, saved).segments.length));
    if (session?.value) {
      const live = session.value.state.status === 'running' || session.value.state.status === 'paused';
      if (live && Date.now() - session.value.savedAt < RESUME_WITHIN_MS) setOffer(session.value);
      else store.set(KEYS.session(routineId), null);
    } else if (session?.problem) problems.push(unreadable('unfinished workout', session.problem, 'the timer starts afresh'));
    setLastDoneAt(lastStartedFromKeys(store.entries().map(([key]) => key), routineId));
    setNotices(problems);
    setNow(Date.now());
    setHydrated(true);
  }, []);

  const clearPending = () => {
    beeper.current.cancel();
    pending.current.forEach((id) => clearTimeout(id));
    pending.current = [];
  };

  /** Plays what is due between the cue cursor and a little ahead; anything stale is dropped. */
  const playCues = (at: number) => {
    const st = stateRef.current;
    const from = Math.max(cueCursor.current, at - STALE_MS);
    const to = at + LOOKAHEAD_MS;
    if (to <= cueCursor.current) return;
    const list = cuesBetween(planRef.current, st, from, to);
    cueCursor.current = to;
    const p = prefsRef.current;
    for (const cue of list) {
      const delay = cue.at - at;
      if (p.sound) beeper.current.schedule(cue, delay);
      if ((p.voice && cue.text) || (p.vibrate && cue.kind !== 'count' && cue.kind !== 'halfway')) {
        const id = window.setTimeout(() => {
          if (p.voice && cue.text) speak(cue.text);
          if (p.vibrate && (cue.kind === 'change' || cue.kind === 'finish')) vibrate(cue.kind === 'finish' ? [200, 100, 200] : 250);
        }, Math.max(0, delay));
        pending.current.push(id);
      }
    }
  };

  // The wake loop: while running, wake at the next whole second of the display and re-derive
  // everything from the clock. Throttled or not, each wake shows the exact state for its time.
  useLayoutEffect(() => {
    if (state.status !== 'running') return;
    let timer = 0;
    const wake = () => {
      const t = Date.now();
      const settled = engine.settle(planRef.current, stateRef.current, t);
      playCues(t);
      if (settled !== stateRef.current) setState(settled);
      setNow(t);
      const snap = engine.snapshot(planRef.current, settled, t);
      if (snap.status !== 'running') return;
      const r = snap.remainingMs;
      timer = window.setTimeout(wake, r === null ? 1000 : r % 1000 || 1000);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        clearTimeout(timer);
        wake();
        void awake.current?.hold();
      }
    };
    wake();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [state.status, state.index, state.anchor, plan]);

  // Persist the workout as timestamps, so a reload can offer to carry on.
  useLayoutEffect(() => {
    if (!hydrated) return;
    if (state.status === 'running' || state.status === 'paused') {
      store.set(KEYS.session(routineId), writeSession({ settings, state, savedAt: now || Date.now() }));
    } else if (!offer) {
      store.set(KEYS.session(routineId), null);
    }
  }, [state, now, settings, hydrated]);

  const snap = engine.snapshot(plan, state, now);

  // Each change is announced once: to the live region, and with a flash for noisy rooms.
  useLayoutEffect(() => {
    if (snap.status !== 'running' && snap.status !== 'finished') {
      lastIndex.current = snap.status === 'idle' ? -1 : snap.index;
      return;
    }
    if (snap.index === lastIndex.current) return;
    lastIndex.current = snap.index;
    setAnnouncement(describeChange(plan, snap.index));
    setFlashes((n) => n + 1);
  }, [snap.index, snap.status]);

  // Finishing: record the workout, show the summary, let the screen sleep.
  useLayoutEffect(() => {
    if (state.status !== 'finished' || state.startedAt === null || summary) return;
    const record = workoutRecord(routineId, plan, state, state.finishedAt ?? Date.now());
    if (!record) return;
    saveRecord(record);
    setSummary(record);
    void awake.current?.release();
    store.set(KEYS.session(routineId), null);
  }, [state.status]);

  const saveRecord = (record: WorkoutRecord) => {
    store.set(KEYS.workout(record.id), writeWorkout(record));
    setLastDoneAt(record.finishedAt);
  };

  const run = (change: (t: number) => engine.EngineState, opts: { restartCues?: boolean } = {}) => {
    const t = Date.now();
    const nextState = change(t);
    if (opts.restartCues !== false) {
      clearPending();
      cueCursor.current = t;
    }
    setState(nextState);
    setNow(t);
    return nextState;
  };

  const onStart = () => {
    beeper.current.unlock();
    setSummary(null);
    setOffer(null);
    const s = run((t) => engine.start(plan, engine.reset(), t));
    if (prefs.voice) speak(describeChange(plan, 0));
    if (s.status === 'running') void awake.current?.hold();
  };
  const onPause = () => {
    run((t) => engine.pause(plan, stateRef.current, t));
    stopSpeaking();
    void awake.current?.release();
  };
  const onResume = () => {
    beeper.current.unlock();
    run((t) => engine.resume(plan, stateRef.current, t));
    void awake.current?.hold();
  };
  const onNext = () => run((t) => engine.next(plan, stateRef.current, t));
  const onPrevious = () => run((t) => engine.previous(plan, stateRef.current, t));
  const onDone = () => run((t) => engine.done(plan, stateRef.current, t));
  const onReset = () => {
    // Over halfway counts as a workout done, even if it was cut short.
    const record = workoutRecord(routineId, plan, stateRef.current, Date.now());
    if (record) saveRecord(record);
    run(() => engine.reset());
    setSummary(null);
    stopSpeaking();
    void awake.current?.release();
  };
  const onToggle = () => {
    const status = engine.settle(plan, stateRef.current, Date.now()).status;
    if (status === 'running') onPause();
    else if (status === 'paused') onResume();
    else onStart();
  };
  const onResumeOffer = () => {
    if (!offer) return;
    beeper.current.unlock();
    const saved = offer;
    setSettings(saved.settings);
    const p = compilePlan(input, saved.settings);
    const frozen: engine.EngineState = saved.state.status === 'running' ? { ...saved.state, status: 'paused', pausedAt: saved.savedAt } : saved.state;
    setOffer(null);
    const s = run((t) => engine.resume(p, frozen, t));
    if (s.status === 'running') void awake.current?.hold();
  };
  const onDiscardOffer = () => {
    setOffer(null);
    store.set(KEYS.session(routineId), null);
  };

  const setPref = (key: keyof TimerPrefs) => {
    const nextPrefs = { ...prefs, [key]: !prefs[key] };
    setPrefs(nextPrefs);
    store.set(KEYS.prefs, writePrefs(nextPrefs));
    if (key === 'sound' && nextPrefs.sound) beeper.current.unlock();
    if (!nextPrefs.sound) beeper.current.cancel();
    if (!nextPrefs.voice) stopSpeaking();
  };

  const changeSetting = (key: keyof PlanSettings, value: number) => {
    if (!Number.isFinite(value)) return;
    const next = { ...settings, [key]: value };
    const t = Date.now();
    // Keep the workout where it is: same segment, same time into it.
    const compiled = compilePlan(input, next);
    setSettings(next);
    store.set(KEYS.settings(routineId), writeSettings(next));
    const st = engine.settle(plan, stateRef.current, t);
    if ((st.status === 'running' || st.status === 'paused') && st.index >= compiled.segments.length) {
      setState({ ...st, index: compiled.segments.length - 1 });
    }
    clearPending();
    cueCursor.current = t;
  };

  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (focusMode && !d.open) d.showModal();
    if (!focusMode && d.open) d.close();
  }, [focusMode]);

  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey || target.closest('input, select, textarea, summary')) return;
    if (e.key === ' ' && target.tagName !== 'BUTTON') {
      e.preventDefault();
      onToggle();
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      onNext();
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      onPrevious();
    } else if (e.key === 'm' || e.key === 'M') {
      e.preventDefault();
      setPref('sound');
    }
  };

  const seg = snap.segment;
  const live = snap.status === 'running' || snap.status === 'paused';
  const nextUp = upNext(plan, snap.status === 'idle' ? -1 : snap.index);
  const sideText = seg?.side ? (seg.kind === 'switch-sides' ? 'Right side next' : seg.side === 'left' ? 'Left side' : 'Right side') : null;
  const clock = snap.status === 'finished' ? '00:00' : snap.remainingMs === null ? `${seg?.reps ?? ''} reps` : formatClock(snap.remainingMs);
  const isReps = live && seg?.durationMs === null;
  const figure = seg?.exerciseId ? figures[seg.exerciseId] : nextUp?.exerciseId ? figures[nextUp.exerciseId] : undefined;
  const stepNo = snap.status === 'finished' ? numbering.total : (numbering.numbers[snap.index] ?? 1);
  const roundNo = seg?.round ?? plan.rounds;
  const totalPlanned = totalMs(plan);
  const disabled = !hydrated;

  const [primaryLabel, onPrimary] = snap.status === 'running' ? ['Pause', onPause] : snap.status === 'paused' ? ['Resume', onResume] : ['Start', onStart];
  const face = (
    <div class="timer-face" key={flashes} data-flash={flashes > 0 ? '' : undefined}>
      <p class="timer-meta">
        <span>
          Round {roundNo} of {plan.rounds}
        </span>
        <span>
          Step {stepNo} of {numbering.total}
        </span>
      </p>
      <div class="timer-main">
        {figure && <div class="timer-figure" aria-hidden="true" dangerouslySetInnerHTML={{ __html: figure }} />}
        <div class="min-w-0">
          <h3 class="timer-step">{snap.status === 'finished' ? 'Workout complete' : snap.status === 'idle' ? (nextUp?.exerciseName ?? plan.title) : seg?.label}</h3>
          {snap.status !== 'idle' && sideText && <p class="timer-side">{sideText}</p>}
          {snap.status === 'idle' && <p class="timer-side">First up · {formatDuration(totalPlanned)} in all</p>}
          {seg?.detail && live && <p class="timer-detail">{seg.detail}</p>}
        </div>
      </div>
      <div role="timer" aria-label="Time left in this step" class="timer-clock">
        {snap.status === 'idle' ? formatClock(plan.segments[0]?.durationMs ?? 0) : clock}
      </div>
      {live && seg?.cue && (seg.kind === 'work' || seg.kind === 'hold' || seg.kind === 'reps') && <p class="timer-cue">Form: {seg.cue}</p>}
      {snap.status !== 'finished' && nextUp && <p class="timer-next">Up next: {nameWithSide(nextUp)}</p>}
      <label class="timer-progress">
        <span class="sr-only">Workout progress</span>
        <progress max={1000} value={Math.round(snap.progress * 1000)} />
        <span class="text-sm muted" aria-hidden="true">
          {formatClock(snap.elapsedMs)} done · {formatClock(snap.remainingTotalMs)} to go
        </span>
      </label>
    </div>
  );
  const controls = (
    <div class="timer-controls">
      <button type="button" class="btn btn-secondary" onClick={onPrevious} disabled={disabled || !live} aria-keyshortcuts="ArrowLeft">
        Previous step
      </button>
      <button type="button" class="btn btn-primary timer-primary" onClick={onPrimary} disabled={disabled}>
        {primaryLabel}
      </button>
      {isReps ? (
        <button type="button" class="btn btn-primary" onClick={onDone} disabled={disabled || snap.status !== 'running'}>
          Done
        </button>
      ) : null}
      <button type="button" class="btn btn-secondary" onClick={onNext} disabled={disabled || !live} aria-keyshortcuts="ArrowRight">
        Next step
      </button>
      <button type="button" class="btn btn-secondary" onClick={onReset} disabled={disabled || snap.status === 'idle'}>
        Reset
      </button>
    </div>
  );

  return (
    <div class="circuit-timer" onKeyDown={onKeyDown} data-status={snap.status} data-hydrated={hydrated ? '' : undefined}>
      {notices.map((n) => (
        <p role="status" class="timer-notice">
          {n}
        </p>
      ))}
      {offer && (
        <div class="timer-offer" role="group" aria-label="Unfinished workout">
          <p>You have an unfinished workout from {new Date(offer.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}. Carry on where you left off?</p>
          <div class="timer-offer-actions">
            <button type="button" class="btn btn-primary" onClick={onResumeOffer}>
              Resume workout
            </button>
            <button type="button" class="btn btn-secondary" onClick={onDiscardOffer}>
              Start fresh
            </button>
          </div>
        </div>
      )}

      {lastDoneAt !== null && <p class="text-sm muted mb-2">Last done: {daysAgoText(lastDoneAt, now || Date.now())}</p>}
      {!focusMode && face}
      {!focusMode && controls}

      <div class="timer-toggles" role="group" aria-label="Cues">
        <Toggle label="Sound" pressed={prefs.sound} onClick={() => setPref('sound')} disabled={disabled} shortcut="M" />
        <Toggle label="Voice" pressed={prefs.voice} onClick={() => setPref('voice')} disabled={disabled} />
        <Toggle label="Vibration" pressed={prefs.vibrate} onClick={() => setPref('vibrate')} disabled={disabled} />
        <button type="button" class="btn btn-secondary" onClick={() => setFocusMode(true)} disabled={disabled}>
          Focus mode
        </button>
      </div>
      {hydrated && awake.current && !awake.current.supported && <p class="text-sm muted mt-2">This browser cannot keep the screen awake: turn off auto-lock for the workout.</p>}

      <details class="timer-settings">
        <summary>Adjust timing</summary>
        <div class="grid gap-3 sm:grid-cols-2 mt-3">
          <NumberField label="Rounds" value={settings.rounds} min={1} max={MAX_ROUNDS} step={1} onChange={(v) => changeSetting('rounds', v)} disabled={disabled} />
          <NumberField label="Get ready (seconds)" value={settings.getReadySeconds} min={0} max={60} step={5} onChange={(v) => changeSetting('getReadySeconds', v)} disabled={disabled} />
          <NumberField label="Work time (± seconds)" value={settings.workDeltaSeconds} min={-60} max={120} step={5} onChange={(v) => changeSetting('workDeltaSeconds', v)} disabled={disabled} />
          <NumberField label="Rest time (± seconds)" value={settings.restDeltaSeconds} min={-60} max={120} step={5} onChange={(v) => changeSetting('restDeltaSeconds', v)} disabled={disabled} />
        </div>
        <p class="mt-3">
          Total with these settings: <strong>{formatDuration(totalPlanned)}</strong> ({numbering.total} steps).{' '}
          <button type="button" class="underline" onClick={() => { setSettings(defaultSettings(input)); store.set(KEYS.settings(routineId), null); }} disabled={disabled}>
            Back to the routine's timings
          </button>
        </p>
      </details>

      {summary && (
        <section class="timer-summary" aria-labelledby="timer-summary-heading">
          <h3 id="timer-summary-heading">Well done: workout complete</h3>
          <dl>
            <div>
              <dt>Time</dt>
              <dd>{formatClock(summary.activeMs)}</dd>
            </div>
            <div>
              <dt>Steps</dt>
              <dd>{summary.steps}</dd>
            </div>
            <div>
              <dt>Rounds</dt>
              <dd>{summary.rounds}</dd>
            </div>
          </dl>
          <p class="text-sm muted">Saved on this device only.</p>
        </section>
      )}

      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      {/* Focus mode moves the same face and controls into a full-screen dialog, bigger. */}
      <dialog ref={dialog} class="timer-focus" aria-label="Focus mode" onClose={() => setFocusMode(false)}>
        {focusMode && face}
        {focusMode && controls}
        <button type="button" class="btn btn-secondary" onClick={() => setFocusMode(false)}>
          Exit focus mode
        </button>
      </dialog>
    </div>
  );
}

/** A notice for saved data that could not be read: what, why, and what happens instead. */
function unreadable(what: string, why: string, instead: string): string {
  return `Your ${what} could not be read (${why}), so ${instead}. It was set aside, not deleted.`;
}

function Toggle(props: { label: string; pressed: boolean; onClick: () => void; disabled: boolean; shortcut?: string }) {
  return (
    <button type="button" class="btn btn-secondary timer-toggle" aria-pressed={props.pressed} onClick={props.onClick} disabled={props.disabled} aria-keyshortcuts={props.shortcut}>
      <span aria-hidden="true" class="timer-toggle-dot" />
      {props.label}
    </button>
  );
}

export function NumberField(props: { label: string; value: number; min: number; max: number; step: number; onChange: (v: number) => void; disabled: boolean }) {
  return (
    <label class="timer-field">
      {props.label}
      {/* No inputMode="numeric": the iOS digit pad has no minus sign, and deltas can be negative. */}
      <input
        type="number"
        class="timer-input"
        value={props.value}
        min={props.min}
        max={props.max}
        step={props.step}
        disabled={props.disabled}
        onChange={(e) => {
          const v = Math.round(Number((e.target as HTMLInputElement).value));
          props.onChange(Math.min(props.max, Math.max(props.min, v)));
        }}
      />
    </label>
  );
}
