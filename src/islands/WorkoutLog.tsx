/**
 * The workout log at /log/: this week against a plan, the streak, every workout, and moving
 * the log between devices. A thin view: the reading, summing and file checks live in
 * src/lib/log and src/lib/storage. Everything stays in this browser's storage.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { exportFileName, exportLog, importWorkouts, parseLogFile } from '../lib/storage/log-file';
import { currentStreak, DEFAULT_PLAN, durationText, startOfDay, weekSummary } from '../lib/log/history';
import { store } from './browser-storage';
import { download } from './download';
import { clampTo } from '../lib/routine/limits';
import { KEYS } from '../lib/storage/keys';
import { readWeeklyPlan, readWorkouts, WEEKLY_PLAN_RANGES, writeWeeklyPlan, type WeeklyPlan } from '../lib/storage/log';
import type { WorkoutRecord } from '../lib/storage/workout';
import { triedExercise } from '../lib/routine/try';

interface Props {
  /** Ids of the routines on the site, to link each workout to its page. */
  routineIds: string[];
}

type Message = { kind: 'status' | 'alert'; text: string } | null;

const dayName = (ms: number) => new Date(ms).toLocaleDateString(undefined, { weekday: 'short' });
const dateText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export default function WorkoutLog({ routineIds }: Props) {
  const [ready, setReady] = useState(false);
  const [workouts, setWorkouts] = useState<WorkoutRecord[]>([]);
  const [plan, setPlan] = useState<WeeklyPlan>(DEFAULT_PLAN);
  const [now, setNow] = useState(0);
  const [notices, setNotices] = useState<string[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  /** The stored plan could not be read nor set aside: it is kept, never saved over. */
  const [planHeld, setPlanHeld] = useState(false);

  const reload = () => {
    const { workouts: found, unreadable } = readWorkouts(store.entries());
    setWorkouts(found);
    return unreadable;
  };

  useLayoutEffect(() => {
    const problems: string[] = [];
    const unreadable = reload();
    if (unreadable.length > 0) {
      // Set aside, never deleted: the raw text stays in storage under another key, or where it was when there is no room for a copy.
      const left = unreadable.filter((key) => !store.setAside(key)).length;
      const n = unreadable.length;
      problems.push(
        left === 0
          ? `${plural(n, 'saved workout')} could not be read, so ${n === 1 ? 'it was' : 'they were'} set aside. The rest of your log is below.`
          : `${plural(n, 'saved workout')} could not be read. ${left === n ? (n === 1 ? 'It was' : 'They were') : `${left} of them were`} left where ${left === 1 ? 'it was' : 'they were'}, not deleted: storage is too full to set a copy aside, so this shows on each visit until there is room. The rest of your log is below.`,
      );
    }
    const p = store.read(KEYS.weeklyPlan, readWeeklyPlan);
    if (p?.value) setPlan(p.value);
    else if (p?.problem) {
      setPlanHeld(!p.aside);
      problems.push(
        `Your weekly plan could not be read (${p.problem}), so the default plan is back. ${
          p.aside ? 'It was set aside, not deleted.' : 'It was left where it was, not deleted: storage is too full to set a copy aside, so until there is room this shows on each visit and changes to the plan are not saved.'
        }`,
      );
    }
    setNotices(problems);
    setNow(Date.now());
    setReady(true);
  }, []);

  const changePlan = (key: keyof WeeklyPlan, value: number) => {
    if (!Number.isFinite(value)) return;
    const next = { ...plan, [key]: clampTo(value, WEEKLY_PLAN_RANGES[key]) };
    setPlan(next);
    // A plan kept where it was (unreadable, no room to set it aside) is not saved over.
    if (planHeld || !store.set(KEYS.weeklyPlan, writeWeeklyPlan(next))) {
      setMessage({ kind: 'alert', text: 'Your weekly plan could not be saved: this browser’s storage is full or turned off. The change applies until you leave this page.' });
    }
  };

  const onExport = () => {
    const t = Date.now();
    download(exportFileName(t), exportLog(workouts, t));
    setMessage({ kind: 'status', text: `Exported ${plural(workouts.length, 'workout')}.` });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseLogFile(await file.text());
    if (parsed.problem !== null) {
      setMessage({ kind: 'alert', text: `Nothing was imported. ${parsed.problem}` });
      return;
    }
    const result = importWorkouts(store, workouts, parsed.value);
    reload();
    if (result.problem !== null) {
      setMessage({ kind: 'alert', text: `Nothing was imported. ${result.problem}` });
      return;
    }
    const { added, skipped } = result.value;
    setMessage({ kind: 'status', text: `Imported ${plural(added, 'workout')}${skipped > 0 ? `; ${skipped} already in your log` : ''}.` });
  };

  const onDelete = () => {
    for (const w of workouts) store.set(KEYS.workout(w.id), null);
    reload();
    setConfirmDelete(false);
    setMessage({ kind: 'status', text: 'Your workout log on this device is now empty.' });
  };

  // Before hydration (and without JavaScript) this is what the page shows.
  if (!ready) return <p class="muted">Your log lives in this browser and needs JavaScript to show.</p>;

  const week = weekSummary(workouts, plan, now);
  const streak = currentStreak(workouts, now);
  const today = startOfDay(now);
  const newestFirst = [...workouts].reverse();

  return (
    <div class="workout-log">
      {notices.map((n) => (
        <p role="status" class="timer-notice">
          {n}
        </p>
      ))}

      <section aria-labelledby="week-heading" class="card p-4 sm:p-6 mb-6">
        <h2 id="week-heading" class="text-xl font-bold mb-3">
          This week
        </h2>
        <ol class="log-week" aria-label="Days this week">
          {week.days.map((d) => (
            <li class="log-day" data-today={d.start === today ? '' : undefined} data-done={d.workouts.length > 0 ? '' : undefined}>
              <span class="log-day-name">{dayName(d.start)}</span>
              <span class="log-day-mark" aria-hidden="true">
                {d.workouts.length > 0 ? '✓' : ''}
              </span>
              <span class="sr-only">{d.workouts.length > 0 ? plural(d.workouts.length, 'workout') : 'no workout'}</span>
            </li>
          ))}
        </ol>
        <Target label="Seven-minute core" unit="day" done={week.core.done} target={week.core.target} />
        <Target label="Strength sessions" unit="session" done={week.strength.done} target={week.strength.target} />
        <p class="mt-3 font-semibold">
          Current streak: {plural(streak, 'day')}
          {streak === 0 && <span class="muted font-normal"> · any routine today starts one</span>}
        </p>
        <details class="timer-settings mt-3">
          <summary>Change your weekly plan</summary>
          <div class="grid gap-3 sm:grid-cols-2 mt-3">
            <label class="timer-field">
              Seven-minute core, days a week
              <input type="number" class="timer-input" min={WEEKLY_PLAN_RANGES.corePerWeek.min} max={WEEKLY_PLAN_RANGES.corePerWeek.max} value={plan.corePerWeek} onChange={(e) => changePlan('corePerWeek', Number(e.currentTarget.value))} />
            </label>
            <label class="timer-field">
              Strength sessions a week
              <input type="number" class="timer-input" min={WEEKLY_PLAN_RANGES.strengthPerWeek.min} max={WEEKLY_PLAN_RANGES.strengthPerWeek.max} value={plan.strengthPerWeek} onChange={(e) => changePlan('strengthPerWeek', Number(e.currentTarget.value))} />
            </label>
          </div>
          <p class="text-sm muted mt-2">Any routine other than the seven-minute core counts as a strength session; one exercise tried from its guide counts as neither.</p>
        </details>
      </section>

      <section aria-labelledby="history-heading" class="mb-6">
        <h2 id="history-heading" class="text-xl font-bold mb-3">
          Every workout
        </h2>
        {newestFirst.length === 0 ? (
          <p>
            No workouts yet. Finish a <a class="underline underline-offset-2" href="/routines/">routine</a> with its timer and it appears here.
          </p>
        ) : (
          <ul class="log-history">
            {newestFirst.map((w) => (
              <li class="card px-4 py-3">
                <p class="font-semibold">
                  {routineIds.includes(w.routineId) ? (
                    <a href={`/routines/${w.routineId}/`}>{w.routineTitle}</a>
                  ) : triedExercise(w.routineId) !== null ? (
                    <>
                      <a href={`/exercises/${triedExercise(w.routineId)}/`}>{w.routineTitle}</a>
                      <span class="muted font-normal"> · one exercise, tried from its guide</span>
                    </>
                  ) : (
                    w.routineTitle
                  )}
                </p>
                <p class="text-sm muted">
                  {dateText(w.finishedAt)} · {durationText(w.activeMs)} · {plural(w.steps, 'step')} · {w.completed ? 'Completed' : 'Stopped after halfway'}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="data-heading" class="card p-4 sm:p-6">
        <h2 id="data-heading" class="text-xl font-bold mb-2">
          Your data
        </h2>
        <p class="mb-3">Your log is kept in this browser only; nothing is sent anywhere. Export it to keep a copy or move it to another device.</p>
        <div class="flex flex-wrap gap-2 items-center">
          <button type="button" class="btn btn-primary" onClick={onExport} disabled={workouts.length === 0}>
            Export log
          </button>
          <label class="btn btn-secondary log-import">
            Import a log file
            <input type="file" accept="application/json,.json" class="sr-only" onChange={(e) => void onImport(e.currentTarget)} />
          </label>
          {!confirmDelete && (
            <button type="button" class="btn btn-secondary" onClick={() => setConfirmDelete(true)} disabled={workouts.length === 0}>
              Delete log…
            </button>
          )}
        </div>
        {confirmDelete && (
          <div class="timer-offer mt-3" role="group" aria-label="Confirm deleting the log">
            <p>Delete all {plural(workouts.length, 'workout')} from this device? This cannot be undone; export first to keep a copy.</p>
            <div class="timer-offer-actions">
              <button type="button" class="btn btn-primary" onClick={onDelete}>
                Delete {plural(workouts.length, 'workout')}
              </button>
              <button type="button" class="btn btn-secondary" onClick={() => setConfirmDelete(false)}>
                Keep my log
              </button>
            </div>
          </div>
        )}
        {/* Both regions are always present, so screen readers announce what is put in them. */}
        <p role="status" class="mt-3">
          {message?.kind === 'status' && message.text}
        </p>
        <p role="alert" class={message?.kind === 'alert' ? 'timer-notice mt-3' : undefined}>
          {message?.kind === 'alert' && message.text}
        </p>
      </section>
    </div>
  );
}

function Target(props: { label: string; unit: string; done: number; target: number }) {
  const met = props.target > 0 && props.done >= props.target;
  return (
    <div class="log-target">
      <p class="flex justify-between gap-2">
        <span class="font-semibold">{props.label}</span>
        <span>
          {props.done} of {plural(props.target, props.unit)}
          {met ? ' · done for the week' : ''}
        </span>
      </p>
      <progress max={Math.max(1, props.target)} value={Math.min(props.done, Math.max(1, props.target))} aria-label={`${props.label} this week`} />
    </div>
  );
}
