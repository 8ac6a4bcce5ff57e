/**
 * The plan's side of the timer: today's dose of the routine (its progress, and the plan's base
 * notch when the plan has it today), said in words with a Reset; and the finish screen's two
 * questions, kept as a check-in beside the workout, whose rating moves the routine's progress.
 * The rules are pure (src/lib/plan/progression.ts, ./checkIn.ts); this reads and writes.
 *
 * Loaded lazily by ./WorkoutView.tsx, and only when there is something to do: it brings zod/mini
 * (the stored shapes), which a routine page without a stored progress or plan never loads.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RoutineKind } from '../../lib/content/vocabulary';
import { answerCheckIn, doseOf, earlierBackScores, planBase, sameDose, type CheckInOutcome, type Dose as RoutineDose, type PlanBase } from '../../lib/plan/checkIn';
import { localDate } from '../../lib/plan/dates';
import { BACK, BACK_MOBILITY_ROUTINE, describeDose, doseChanges, NO_PROGRESS, RATING_LABELS, RATINGS, SEE_A_PROFESSIONAL_PATH, type Rating, type RoutineProgress } from '../../lib/plan/progression';
import { PLAN_KEYS } from '../../lib/storage/keys';
import { readCheckIn, readPlan, readProgress, writeCheckIn, writeProgress } from '../../lib/storage/plan';
import { STORAGE_VERSION } from '../../lib/storage/read';
import type { WorkoutRecord } from '../../lib/storage/workout';
import type { PlanInput } from '../../lib/timer/plan';
import type { TimerAction, TimerState } from '../../lib/timer/ui';
import { store } from '../browser-storage';
import { onPlanChanged, planChanged } from './planChanged';

/** A routine's dose as stored: its progress, the plan's base for today, and what could not be read. */
interface Reading {
  dose: RoutineDose;
  progress: RoutineProgress;
  base: PlanBase | null;
  /** The routine's progress could not be read: why, and whether it was set aside. */
  unreadable: { why: string; aside: boolean } | null;
}

/**
 * Reads a routine's dose for `today`. The plan counts only when this page can make it (the
 * library fetched, the settings readable); otherwise its base waits for a later visit. An
 * unreadable plan is left for the plan's own pages to report and set aside.
 */
async function readDose(routineId: string, written: PlanInput, today: string): Promise<Reading> {
  const kept = store.read(PLAN_KEYS.progress(routineId), readProgress);
  const progress: RoutineProgress = kept?.value ? { notch: kept.value.notch, easyInARow: kept.value.easyInARow } : NO_PROGRESS;
  let base: PlanBase | null = null;
  const settings = readPlan(store.get(PLAN_KEYS.plan))?.value;
  if (settings) {
    try {
      const [{ fetchLibrary, planFrom }, { dayOf }] = await Promise.all([import('../plan/storedPlan'), import('../../lib/plan/planner')]);
      const plan = planFrom(settings, await fetchLibrary());
      base = planBase(plan, dayOf(plan, today), routineId);
    } catch {
      // No library to make the plan with (offline on a first visit): the ratings alone count.
    }
  }
  return { dose: doseOf(written, progress, base?.notch), progress, base, unreadable: kept?.problem ? { why: kept.problem, aside: !!kept.aside } : null };
}

interface DoseProps {
  state: TimerState;
  written: PlanInput;
  dispatch(action: TimerAction): void;
  /** Told once today's dose is in the timer (or could not be read: then the routine as written). */
  onRead(read: true): void;
}

/** Where today's dose comes from, in words. */
function source(base: PlanBase | null, progress: RoutineProgress): string {
  const plan = base && base.notch !== 0 ? `week ${base.week} of your plan` : '';
  const ratings = progress.notch !== 0 ? 'how you have rated it' : '';
  return [plan, ratings].filter(Boolean).join(' and ') || 'your plan';
}

/**
 * The routine at today's dose: handed to the timer while no workout is under way (a runner keeps
 * the dose they started with), and said in words beside it, with a Reset of the routine's
 * progress. The words describe what the timer really runs (its input), not what is stored.
 */
export function Dose({ state, written, dispatch, onRead }: DoseProps) {
  const { routineId, input, engine, screen } = state;
  // In the floor view (the island draws this there while it is open, and on the page otherwise).
  const big = (screen.kind === 'live' || screen.kind === 'ended') && screen.floor;
  const live = engine.status === 'running' || engine.status === 'paused';
  const [reading, setReading] = useState<Reading | null>(null);
  const [unreadable, setUnreadable] = useState<Reading['unreadable']>(null);
  const [reset, setReset] = useState<'done' | 'failed' | null>(null);
  useLayoutEffect(() => {
    let on = true;
    const read = () =>
      void readDose(routineId, written, localDate(Date.now())).then(
        (r) => {
          if (!on) return;
          setReading(r);
          if (r.unreadable) setUnreadable(r.unreadable);
        },
        () => on && onRead(true),
      );
    read();
    const stop = onPlanChanged(read);
    return () => {
      on = false;
      stop();
    };
  }, [routineId, written, onRead]);

  const wanted = reading?.dose.input;
  useLayoutEffect(() => {
    if (wanted && !live && !sameDose(wanted, input)) dispatch({ type: 'dose', input: wanted });
    // After the dose's action, so Start and Resume, waiting for this, run the dose.
    if (wanted) onRead(true);
  }, [wanted, live, input, dispatch, onRead]);

  const changes = doseChanges(written, input);
  const words = changes.map(describeDose);
  if (big) {
    // The floor view: the words as the workout starts (its first step, the get-ready), in the hint's place.
    return live && engine.index === 0 && words.length > 0 ? <p class="timer-dose timer-dose-floor">Today: {words.join('; ')}</p> : null;
  }
  const onReset = (e: Event) => {
    const done = store.set(PLAN_KEYS.progress(routineId), null);
    setReset(done ? 'done' : 'failed');
    if (done) {
      planChanged();
      // The button goes with the words: focus goes to Start.
      (e.currentTarget as HTMLElement).closest('.circuit-timer')?.querySelector<HTMLElement>('.timer-primary')?.focus();
    }
  };
  return (
    <>
      {unreadable && (
        <p role="status" class="timer-notice">
          Your progress on this routine could not be read ({unreadable.why}), so its dose starts again from the routine as written.{' '}
          {unreadable.aside ? 'It was set aside, not deleted.' : 'It was left where it was, not deleted: storage is too full to set a copy aside.'}
        </p>
      )}
      {reset === 'failed' && (
        <p role="alert" class="timer-notice">
          The dose could not be reset: this browser’s storage refused the change. The routine runs at the dose shown.
        </p>
      )}
      {words.length > 0 && reading && (
        <div class="timer-dose">
          <p class="timer-dose-source">Today’s dose, set by {source(reading.base, reading.progress)}:</p>
          <ul>
            {words.map((w) => (
              <li>{w}</li>
            ))}
          </ul>
          {!live && reading.progress.notch !== 0 && (
            <button type="button" class="btn btn-secondary timer-dose-reset" onClick={onReset}>
              Reset dose
            </button>
          )}
        </div>
      )}
      <p class="sr-only" role="status">
        {reset === 'done' && !live ? (words.length ? 'Your ratings’ changes are cleared.' : 'Dose reset: the routine runs as written.') : ''}
      </p>
    </>
  );
}

/** Every stored check-in's back score and time, unreadable ones left out (the log reports them). */
function storedCheckIns() {
  const prefix = PLAN_KEYS.checkIn('');
  return store
    .entries()
    .filter(([key]) => key.startsWith(prefix))
    .flatMap(([, raw]) => {
      const c = readCheckIn(raw)?.value;
      return c ? [c] : [];
    });
}

/** What the finish screen's answers could not save. */
type Failed = 'check-in' | 'progress' | 'progress-held';

/** The routine's progress before this check-in, and the back scores before it. */
interface Before {
  progress: RoutineProgress;
  /** The stored progress could not be read nor set aside: never written over. */
  held: boolean;
  earlier: number[];
}

/** What stood before a workout's check-in, read when its questions first show. */
function readBefore({ id, routineId }: WorkoutRecord): Before {
  const kept = store.read(PLAN_KEYS.progress(routineId), readProgress);
  return {
    progress: kept?.value ? { notch: kept.value.notch, easyInARow: kept.value.easyInARow } : NO_PROGRESS,
    held: !!kept?.problem && !kept.aside,
    earlier: earlierBackScores(storedCheckIns(), id),
  };
}

/** A workout's answers, what they did, and what stood before them. */
interface Answers {
  before: Before;
  rating: Rating | null;
  back: number | null;
  outcome: CheckInOutcome | null;
  failed: Failed | null;
}
const NOT_ANSWERED = { rating: null, back: null, outcome: null, failed: null } as const;

/**
 * Each workout's answers on this page, by workout id: the finish screen moves between the floor
 * view and the page (a new CheckIn each time), and keeps its answers and what stood before them,
 * so an answer changed after the move is still applied once, to the progress before the check-in.
 */
const answered = new Map<string, Answers>();

/**
 * Saves a workout's answers as its check-in and, if that worked, the routine's progress worked
 * out afresh from `before`: what they mean, and what could not be saved.
 */
function saveAnswers(record: WorkoutRecord, kind: RoutineKind, before: Before, rating: Rating | null, back: number | null): { outcome: CheckInOutcome; failed: Failed | null } {
  const { id, routineId } = record;
  const at = Date.now();
  const outcome = answerCheckIn(before.progress, before.earlier, rating, back);
  if (!store.set(PLAN_KEYS.checkIn(id), writeCheckIn({ v: STORAGE_VERSION, workoutId: id, routineId, kind, at, date: localDate(at), rating, back }))) return { outcome, failed: 'check-in' };
  const failed = before.held ? 'progress-held' : saveProgress(routineId, outcome.progress, at) ? null : 'progress';
  planChanged();
  return { outcome, failed };
}

/** Stores a routine's progress; false when the browser refused it. */
function saveProgress(routineId: string, p: RoutineProgress, at: number): boolean {
  const key = PLAN_KEYS.progress(routineId);
  // Back at the routine as written, with nothing counted: nothing stored, so the page has nothing to load.
  return p.notch === 0 && p.easyInARow === 0 ? store.set(key, null) : store.set(key, writeProgress({ v: STORAGE_VERSION, ...p, updatedAt: at }));
}

/**
 * The finish screen's two questions, one tap each, both skippable. Each answer is saved at once
 * as the workout's check-in (both answers together), and the routine's progress is worked out
 * afresh from what it was before this check-in, so a changed answer counts once.
 */
export function CheckIn({ record, kind }: { record: WorkoutRecord; kind: RoutineKind }) {
  const { id } = record;
  const [{ before, rating, back, outcome, failed }, setAnswers] = useState(() => answered.get(id) ?? { ...NOT_ANSWERED, before: readBefore(record) });
  const answer = (r: Rating | null, b: number | null) => {
    const next: Answers = { before, rating: r, back: b, ...saveAnswers(record, kind, before, r, b) };
    answered.set(id, next);
    setAnswers(next);
  };

  return (
    <div class="timer-check-in">
      <fieldset class="timer-question">
        <legend>How was that?</legend>
        <div class="timer-choices timer-rating">
          {RATINGS.map((r) => (
            <label class="timer-choice">
              <input type="radio" name={`rating-${id}`} value={r} checked={rating === r} onChange={() => answer(r, back)} />
              <span>{RATING_LABELS[r]}</span>
            </label>
          ))}
        </div>
        {outcome && failed !== 'check-in' && <RatingNote outcome={outcome} rating={rating} />}
      </fieldset>
      <fieldset class="timer-question" aria-describedby={`back-scale-${id}`}>
        <legend>Your back today, 0 to 10</legend>
        <p id={`back-scale-${id}`} class="text-sm muted">
          0 is no pain, 10 the worst you can imagine.
        </p>
        <div class="timer-choices timer-back">
          {Array.from({ length: BACK.max + 1 }, (_, n) => (
            <label class="timer-choice">
              <input type="radio" name={`back-${id}`} value={n} checked={back === n} onChange={() => answer(rating, n)} />
              <span>{n}</span>
            </label>
          ))}
        </div>
        {outcome?.advice && back !== null && failed !== 'check-in' && <BackNote outcome={outcome} back={back} />}
      </fieldset>
      {failed && (
        <p role="alert" class="timer-notice">
          {failed === 'check-in'
            ? 'Your answer was not saved: this browser’s storage is full or turned off, so it does not count towards your dose or your back’s trend.'
            : failed === 'progress'
              ? 'Your answer is saved, but this routine’s dose could not be updated: this browser’s storage is full or turned off.'
              : 'Your answer is saved, but this routine’s dose could not be updated: its saved progress could not be read, and storage is too full to set it aside.'}
        </p>
      )}
    </div>
  );
}

/** What the rating did to the routine's dose. */
function RatingNote({ outcome, rating }: { outcome: CheckInOutcome; rating: Rating | null }) {
  const text = {
    up: 'Next time, this routine is a notch harder: 5 seconds more on each timed step, 2 more on each hold, 2 more reps.',
    down: 'Next time, this routine is a notch easier.',
    counted: 'Noted. If it is too easy next time as well, it moves up a notch.',
    held: 'Noted, but with your back as it is today, the dose stays where it is for now.',
    kept: 'Noted: the dose stays as it is.',
    'at-limit': rating === 'too-hard' ? 'This routine is already at its easiest dose: shorten the work time under Adjust timing, or try an easier routine.' : 'This routine is already at its hardest dose: the plan moves you on to harder routines.',
  }[outcome.effect ?? 'kept'];
  return (
    <p role="status" class="timer-answer">
      {text}
    </p>
  );
}

/** What the back score means: progression held, gentle mobility instead of strength, and when to see a professional. */
function BackNote({ outcome, back }: { outcome: CheckInOutcome; back: number }) {
  const advice = outcome.advice!;
  const why: string[] = [];
  if (advice.signals.includes('above-4')) why.push('above 4');
  if (advice.signals.includes('rise') && advice.usual !== null) why.push(`2 or more above your usual of ${advice.usual}`);
  if (advice.signals.includes('rising-three-sessions')) why.push('higher than last time, three sessions running');
  // On a short screen (a phone on its side) the words may land below the fold: brought into view.
  const note = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => note.current?.scrollIntoView?.({ block: 'nearest' }), [back]);
  return (
    <div role="status" class="timer-answer" ref={note}>
      {advice.hold ? (
        <p>
          {back} is {why.join(', and ')}. Go gently: this routine will not get harder until your back settles. Do{' '}
          <a href={`/routines/${BACK_MOBILITY_ROUTINE}/`}>gentle back mobility</a> instead of strength work today.
        </p>
      ) : (
        <p>{advice.usual === null ? 'Noted. After a few sessions, each score is compared with your usual.' : `Noted: about your usual (${advice.usual}).`}</p>
      )}
      {advice.seeProfessional && (
        <p>
          A back that scores {back >= BACK.seeProfessional ? `${BACK.seeProfessional} or more` : 'higher session after session'} is worth having checked. Read{' '}
          <a href={SEE_A_PROFESSIONAL_PATH}>when to see a professional</a>: it lists the signs that need care the same day.
        </p>
      )}
    </div>
  );
}
