/**
 * The circuit timer: a thin Preact view over the pure engine in src/lib/timer. This file
 * owns only browser concerns: reading the clock, waking at the next whole second, saving
 * to localStorage, and wiring sound, speech, vibration and the wake lock.
 *
 * Effects are layout effects: they run as part of the render, not on the next animation
 * frame, so a change of step is announced and persisted even when frames are throttled.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDuration } from '../lib/content/format';
import * as engine from '../lib/timer/engine';
import { compilePlan, defaultSettings, totalMs, type PlanInput, type PlanSettings } from '../lib/timer/plan';
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
import { daysAgoText, lastStartedFromKeys, streakOfDays, workoutStartsFromKeys } from '../lib/log/days';
import { describeChange, phaseOf, stepNumbers, upNext, workoutRecord } from '../lib/timer/view';
import type { Ending } from './timer/WorkoutView';
import { store } from './browser-storage';
import { holdPlayback, ScreenAwake, speak, STALE_MS, stopSpeaking, unlockAudio, vibrate } from './timer/senses';

interface Props {
  routineId: string;
  input: PlanInput;
  /** Inline SVG thumbnails by exercise id, rendered at build time. */
  figures?: Record<string, string>;
}

/** How far ahead beeps are put on the audio clock; on a hidden page (a locked phone) much further. */
const LOOKAHEAD_MS = 1200;
const HIDDEN_LOOKAHEAD_MS = 5 * 60 * 1000;
/** A saved workout older than this is not offered for resuming. */
const RESUME_WITHIN_MS = 3 * 60 * 60 * 1000;

type WorkoutViews = typeof import('./timer/WorkoutView');
let views: Promise<WorkoutViews> | undefined;
/** The running face, controls and finish screen: not needed, so not shipped, until a workout starts. */
const loadView = () => (views ??= import('./timer/WorkoutView'));

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
  /** The full-screen floor view: opens on Start, closes with Escape or its Exit button. */
  const [floor, setFloor] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const [summary, setSummary] = useState<Ending | null>(null);
  const [view, setView] = useState<WorkoutViews | null>(null);
  const viewRef = useRef(view);
  viewRef.current = view;
  const [lastDoneAt, setLastDoneAt] = useState<number | null>(null);

  const awake = useRef<ScreenAwake | null>(null);
  const stateRef = useRef(state);
  const planRef = useRef(plan);
  const prefsRef = useRef(prefs);
  const cueCursor = useRef(0);
  const pending = useRef<number[]>([]);
  const lastIndex = useRef(-1);
  const root = useRef<HTMLDivElement>(null);
  const keepGoing = useRef<HTMLButtonElement>(null);
  const keyHandler = useRef<(e: KeyboardEvent) => void>(() => undefined);
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
    viewRef.current?.silence();
    pending.current.forEach((id) => clearTimeout(id));
    pending.current = [];
  };

  /** Plays what is due between the cue cursor and a little ahead; anything stale is dropped. */
  const playCues = (at: number) => {
    const st = stateRef.current;
    const from = Math.max(cueCursor.current, at - STALE_MS);
    const to = at + (document.visibilityState === 'hidden' ? HIDDEN_LOOKAHEAD_MS : LOOKAHEAD_MS);
    // The cue list comes with the workout's views; until they arrive, the cursor waits.
    if (to <= cueCursor.current || !viewRef.current) return;
    const list = viewRef.current.cuesBetween(planRef.current, st, from, to);
    cueCursor.current = to;
    const p = prefsRef.current;
    for (const cue of list) {
      const delay = cue.at - at;
      if (p.sound) viewRef.current.beep(cue, delay);
      if ((p.voice && cue.text) || (p.vibrate && cue.kind !== 'count' && cue.kind !== 'halfway')) {
        const id = window.setTimeout(() => {
          if (Date.now() - cue.at > STALE_MS) return; // a suspended page woke up late: words out of time are dropped
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
    if (state.status !== 'running') return viewRef.current?.tendBeeps(planRef.current, state, Date.now(), false);
    let timer = 0;
    const wake = () => {
      const t = Date.now();
      const settled = engine.settle(planRef.current, stateRef.current, t);
      playCues(t);
      viewRef.current?.tendBeeps(planRef.current, settled, t, prefsRef.current.sound);
      if (settled !== stateRef.current) setState(settled);
      setNow(t);
      const snap = engine.snapshot(planRef.current, settled, t);
      if (snap.status !== 'running') return;
      const r = snap.remainingMs;
      timer = window.setTimeout(wake, r === null ? 1000 : r % 1000 || 1000);
    };
    const onVisible = () => {
      clearTimeout(timer);
      // Hidden: the beeps of the next minutes go on the audio clock now. Visible again: back to a
      // short lookahead, so the audio clock can sleep between cues.
      if (document.visibilityState === 'visible') {
        clearPending();
        cueCursor.current = Date.now() - STALE_MS;
        void awake.current?.hold();
      }
      wake();
    };
    wake();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [state.status, state.index, state.anchor, plan, view]);

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

  // Finishing: record the workout (unless it was mostly skipped), show the finish screen, let the screen sleep.
  useLayoutEffect(() => {
    if (state.status !== 'finished' || state.startedAt === null || summary) return;
    const at = state.finishedAt ?? Date.now();
    const record = workoutRecord(routineId, plan, state, at);
    if (record) saveRecord(record);
    const streak = streakOfDays(workoutStartsFromKeys(store.entries().map(([key]) => key)), at);
    setSummary({ record, activeMs: engine.snapshot(plan, state, at).elapsedMs, streak });
    setConfirmReset(false);
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
    unlockAudio();
    setSummary(null);
    setOffer(null);
    const s = run((t) => engine.start(plan, engine.reset(), t));
    holdPlayback(prefs.sound || prefs.voice);
    if (prefs.voice) speak(describeChange(plan, 0));
    if (s.status === 'running') {
      setFloor(true);
      void awake.current?.hold();
    }
  };
  const onPause = () => {
    run((t) => engine.pause(plan, stateRef.current, t));
    stopSpeaking();
    void awake.current?.release();
  };
  const onResume = () => {
    unlockAudio();
    holdPlayback(prefsRef.current.sound || prefsRef.current.voice);
    run((t) => engine.resume(plan, stateRef.current, t));
    void awake.current?.hold();
  };
  const onNext = () => run((t) => engine.next(plan, stateRef.current, t));
  const onPrevious = () => run((t) => engine.previous(plan, stateRef.current, t));
  const onDone = () => run((t) => engine.done(plan, stateRef.current, t));
  const onReset = () => {
    // A workout that already counts (half its time done) is kept in the log, marked unfinished.
    const record = workoutRecord(routineId, plan, stateRef.current, Date.now());
    if (record) saveRecord(record);
    setConfirmReset(false);
    setFloor(false);
    run(() => engine.reset());
    setSummary(null);
    stopSpeaking();
    void awake.current?.release();
  };
  /** Pause or carry on: what a tap anywhere on the floor view does. */
  const onPauseResume = () => {
    const status = engine.settle(plan, stateRef.current, Date.now()).status;
    if (status === 'running') onPause();
    else if (status === 'paused') onResume();
  };
  const onResumeOffer = () => {
    if (!offer) return;
    unlockAudio();
    const saved = offer;
    holdPlayback(prefs.sound || prefs.voice);
    setSettings(saved.settings);
    const p = compilePlan(input, saved.settings);
    const frozen: engine.EngineState = saved.state.status === 'running' ? { ...saved.state, status: 'paused', pausedAt: saved.savedAt } : saved.state;
    setOffer(null);
    const s = run((t) => engine.resume(p, frozen, t));
    if (s.status === 'running') {
      setFloor(true);
      void awake.current?.hold();
    }
  };
  const onDiscardOffer = () => {
    setOffer(null);
    store.set(KEYS.session(routineId), null);
  };

  const setPref = (key: keyof TimerPrefs) => {
    const nextPrefs = { ...prefs, [key]: !prefs[key] };
    setPrefs(nextPrefs);
    store.set(KEYS.prefs, writePrefs(nextPrefs));
    if (key === 'sound' && nextPrefs.sound) unlockAudio();
    if (!nextPrefs.sound) viewRef.current?.silence();
    if (!nextPrefs.voice) stopSpeaking();
  };

  const changeSetting = (key: keyof PlanSettings, value: number) => {
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

  // Leaving the floor view: its opener (Start) has gone, so focus returns to the button in its place.
  const wasFloor = useRef(false);
  useLayoutEffect(() => {
    if (wasFloor.current && !floor && !root.current?.contains(document.activeElement)) root.current?.querySelector<HTMLElement>('.timer-primary')?.focus();
    wasFloor.current = floor;
  }, [floor]);

  // Asking before a reset: focus goes to the safe answer.
  useLayoutEffect(() => {
    if (confirmReset) keepGoing.current?.focus();
  }, [confirmReset]);

  const seg = snap.segment;
  const live = snap.status === 'running' || snap.status === 'paused';
  const isReps = snap.status === 'running' && seg?.durationMs === null;
  const [primaryLabel, onPrimary] = isReps
    ? ['Done', onDone]
    : snap.status === 'running'
      ? ['Pause', onPause]
      : snap.status === 'paused'
        ? ['Resume', onResume]
        : ['Start', onStart];

  // The keys work anywhere on the page, except where typing or another dialog (search) needs them.
  keyHandler.current = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const other = document.querySelector('dialog[open]');
    if (!hydrated || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || (other && !other.matches('.timer-floor'))) return;
    if (target.closest('input, select, textarea, summary, [contenteditable]')) return;
    if (e.key === ' ') {
      // A focused button or link answers Space itself.
      if (target.closest('button, a')) return;
      e.preventDefault();
      onPrimary();
    } else if (live && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      e.preventDefault();
      if (e.key === 'ArrowRight') onNext();
      else onPrevious();
    } else if (e.key === 'm' || e.key === 'M') {
      setPref('sound');
    }
  };
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => keyHandler.current(e);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const phase = phaseOf(snap.status, seg);
  const totalPlanned = totalMs(plan);
  const disabled = !hydrated;
  const first = upNext(plan, -1);
  const firstFigure = first?.exerciseId ? figures[first.exerciseId] : undefined;

  // The workout's own views arrive with the first touch, or at the latest with Start.
  const wantView = () => void loadView().then(setView);
  useLayoutEffect(() => {
    if (live || summary) wantView();
  }, [live, !!summary]);
  const V = view;
  const faceOf = (big: boolean) =>
    V && <V.Face plan={plan} snap={snap} phase={phase} stepNo={numbering.numbers[snap.index] ?? 1} steps={numbering.total} figures={figures} big={big} flashes={flashes} />;
  const controlsOf = (big: boolean) =>
    V && (
      <V.Controls
        segment={seg}
        running={snap.status === 'running'}
        primary={[primaryLabel, onPrimary]}
        big={big}
        onPause={onPause}
        onPrevious={onPrevious}
        onNext={onNext}
        confirming={confirmReset ? workoutRecord(routineId, plan, state, now) !== null : null}
        onAskReset={setConfirmReset}
        onReset={onReset}
        keepGoing={keepGoing}
      />
    );
  const ending = summary && V && <V.EndingView ending={summary} plan={plan} plannedMs={totalPlanned} />;
  // One polite live region, on the page or in the floor view: the page is inert while the view is open.
  const announcer = (
    <p class="sr-only" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );

  return (
    <div ref={root} class="circuit-timer" data-status={snap.status} data-hydrated={hydrated ? '' : undefined} onPointerDown={wantView} onFocusCapture={wantView}>
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

      {!floor &&
        (live ? (
          faceOf(false)
        ) : (
          <div class="timer-face" data-phase="idle">
            <p class="timer-meta">
              <span>
                {numbering.total} steps · {plan.rounds} round{plan.rounds === 1 ? '' : 's'}
              </span>
              <span>{formatDuration(totalPlanned)} in all</span>
            </p>
            <div class="timer-main">
              {firstFigure && <div class="timer-figure" aria-hidden="true" dangerouslySetInnerHTML={{ __html: firstFigure }} />}
              <div class="min-w-0">
                <p class="timer-phase">First up</p>
                <h3 class="timer-step">{first?.exerciseName ?? plan.title}</h3>
              </div>
            </div>
          </div>
        ))}
      {!floor &&
        (live ? (
          controlsOf(false)
        ) : (
          <div class="timer-controls">
            <button type="button" class="btn btn-primary timer-primary" onClick={onStart} disabled={disabled} aria-keyshortcuts="Space">
              Start
            </button>
          </div>
        ))}
      {!floor && ending}
      {lastDoneAt !== null && <p class="text-sm muted mt-2">Last done: {daysAgoText(lastDoneAt, now || Date.now())}</p>}

      <div class="timer-toggles" role="group" aria-label="Cues">
        <Toggle label="Sound" pressed={prefs.sound} onClick={() => setPref('sound')} disabled={disabled} shortcut="M" />
        <Toggle label="Voice" pressed={prefs.voice} onClick={() => setPref('voice')} disabled={disabled} />
        <Toggle label="Vibration" pressed={prefs.vibrate} onClick={() => setPref('vibrate')} disabled={disabled} />
        {live && (
          <button type="button" class="btn btn-secondary" onClick={() => setFloor(true)}>
            Full screen
          </button>
        )}
      </div>
      {hydrated && awake.current && !awake.current.supported && <p class="text-sm muted mt-2">This browser cannot keep the screen awake: turn off auto-lock for the workout.</p>}

      <details class="timer-settings">
        <summary>Adjust timing</summary>
        {V && (
          <V.Settings
            settings={settings}
            plannedMs={totalPlanned}
            steps={numbering.total}
            onChange={changeSetting}
            onRestore={() => {
              setSettings(defaultSettings(input));
              store.set(KEYS.settings(routineId), null);
            }}
            disabled={disabled}
          />
        )}
      </details>

      {!floor && announcer}
      {V && live && (
        <V.LockScreen plan={plan} snap={snap} stepNo={numbering.numbers[snap.index] ?? 1} steps={numbering.total} audible={prefs.sound || prefs.voice} onPlay={onResume} onPause={onPause} onNext={onNext} onPrevious={onPrevious} />
      )}

      {/* The floor view: the same face and controls, full screen, in a colour per phase. */}
      {floor && V && (
        <V.Floor phase={phase} onExit={() => setFloor(false)} onTap={onPauseResume}>
          {summary ? ending : live && faceOf(true)}
          {!summary && live && controlsOf(true)}
          {summary && (
            <button type="button" class="btn btn-primary" onClick={() => setFloor(false)} autoFocus>
              Close
            </button>
          )}
          {live && <p class="timer-hint">{phase === 'paused' ? 'Tap anywhere to carry on' : 'Tap anywhere to pause'}</p>}
          {announcer}
        </V.Floor>
      )}
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
