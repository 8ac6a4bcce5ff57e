/**
 * The workout log at /log/: this week against the plan (or the weekly counters without one),
 * counted by each routine's kind, the streak, the back score over the weeks, every workout with
 * a link to run it again, and moving the log and the plan's keys between devices. A thin view:
 * the reading, counting and file checks live in src/lib/log and src/lib/storage. Everything
 * stays in this browser's storage.
 */
import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { exportFileName } from '../lib/storage/log-file';
import { exportLogWithPlan, importLog, NO_PLAN_DATA, parseWholeLogFile, readPlanData, type PlanData } from '../lib/storage/log-file-plan';
import { currentStreak, DEFAULT_PLAN, durationText, startOfDay } from '../lib/log/history';
import { honestWeek, plannedThisWeek, workoutKind, type HonestWeek, type KindCount, type KindSources } from '../lib/log/week';
import { builderIndex, historyLink } from '../lib/log/links';
import { backTrend, CHART, scoreText, scoreY, trendPath, trendPoints, trendText, type TrendWeek } from '../lib/log/back-trend';
import { store } from './browser-storage';
import { download } from './download';
import { clampTo } from '../lib/routine/limits';
import { KEYS, PLAN_KEYS } from '../lib/storage/keys';
import { readWeeklyPlan, readWorkouts, WEEKLY_PLAN_RANGES, writeWeeklyPlan, type WeeklyPlan } from '../lib/storage/log';
import { readMyRoutines } from '../lib/storage/my-routines';
import type { WorkoutRecord } from '../lib/storage/workout';
import { ROUTINE_KIND_LABELS, type RoutineKind } from '../lib/content/vocabulary';
import { STAGE_LABELS, type LibraryRoutine } from '../lib/plan/model';
import { planFrom } from './plan/storedPlan';
import { toDate } from '../lib/plan/dates';
import { SEE_A_PROFESSIONAL_PATH } from '../lib/plan/progression';
import { dayOf } from '../lib/plan/planner';

interface Props {
  /** The routines on the site as the plan sees them (the library JSON's content): to link each workout and count it by its kind. */
  library: LibraryRoutine[];
  /** Ids of the site's exercises, to read the routines saved from the builder. */
  exerciseIds: string[];
}

type Message = { kind: 'status' | 'alert'; text: string } | null;

const dayName = (ms: number) => new Date(ms).toLocaleDateString(undefined, { weekday: 'short' });
const dateText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const KIND_UNITS: Record<RoutineKind, string> = { core: 'day', strength: 'session', mobility: 'session' };

export default function WorkoutLog({ library, exerciseIds }: Props) {
  const libraryIds = useMemo(() => new Set(library.map((r) => r.id)), [library]);
  const libraryKinds = useMemo(() => new Map(library.map((r) => [r.id, r.kind])), [library]);
  const known = useMemo(() => new Set(exerciseIds), [exerciseIds]);
  const [ready, setReady] = useState(false);
  const [workouts, setWorkouts] = useState<WorkoutRecord[]>([]);
  const [plan, setPlan] = useState<WeeklyPlan>(DEFAULT_PLAN);
  const [now, setNow] = useState(0);
  const [notices, setNotices] = useState<string[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  /** The stored plan could not be read nor set aside: it is kept, never saved over. */
  const [planHeld, setPlanHeld] = useState(false);
  /** The plan's keys: its settings, progress and check-ins (src/lib/storage/log-file-plan.ts). */
  const [planData, setPlanData] = useState<PlanData>(NO_PLAN_DATA);
  /** Saved builder routines by the id their workouts are logged under: their kind and share link. */
  const [builder, setBuilder] = useState<ReturnType<typeof builderIndex>>(new Map());

  const reload = useCallback(() => {
    const entries = store.entries();
    const { workouts: found, unreadable } = readWorkouts(entries);
    setWorkouts(found);
    const plan = readPlanData(entries);
    setPlanData(plan.data);
    // Saved routines that cannot be read are the builder's to report and set aside; here they count as core.
    setBuilder(builderIndex(readMyRoutines(entries, known).routines));
    return { unreadable, planUnreadable: plan.unreadable };
  }, [known]);

  useLayoutEffect(() => {
    const problems: string[] = [];
    const { unreadable, planUnreadable } = reload();
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
    if (planUnreadable.length > 0) {
      const left = planUnreadable.filter((u) => !store.setAside(u.key));
      for (const u of planUnreadable) {
        const what = u.key === PLAN_KEYS.plan ? 'Your plan' : u.key.startsWith(PLAN_KEYS.progressPrefix) ? 'A routine’s progress' : 'A workout’s check-in';
        problems.push(
          `${what} could not be read (${u.problem}), so ${left.includes(u) ? 'it was left where it was, not deleted: storage is too full to set a copy aside' : 'it was set aside, not deleted'}.`,
        );
      }
      reload();
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
  }, [reload]);

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
    download(exportFileName(t), exportLogWithPlan(workouts, planData, t));
    const extra = [planData.plan && 'your plan', planData.checkIns.size > 0 && plural(planData.checkIns.size, 'check-in')].filter(Boolean);
    setMessage({ kind: 'status', text: `Exported ${plural(workouts.length, 'workout')}${extra.length ? ` and ${extra.join(' and ')}` : ''}.` });
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseWholeLogFile(await file.text());
    if (parsed.problem !== null) {
      setMessage({ kind: 'alert', text: `Nothing was imported. ${parsed.problem}` });
      return;
    }
    const result = importLog(store, workouts, parsed.value);
    reload();
    if (result.problem !== null) {
      setMessage({ kind: 'alert', text: `Nothing was imported. ${result.problem}` });
      return;
    }
    const { added, skipped, checkInsAdded, plan } = result.value;
    const planText = { none: '', added: ' Your plan was added.', replaced: ' The file’s plan, made later, replaced the one here.', kept: ' The plan on this device was kept: it is the newer one.' }[plan];
    setMessage({
      kind: 'status',
      text: `Imported ${plural(added, 'workout')}${skipped > 0 ? `; ${skipped} already in your log` : ''}.${checkInsAdded > 0 ? ` ${plural(checkInsAdded, 'check-in')} added.` : ''}${planText}`,
    });
  };

  const onDelete = () => {
    for (const w of workouts) store.set(KEYS.workout(w.id), null);
    reload();
    setConfirmDelete(false);
    setMessage({ kind: 'status', text: 'Your workout log on this device is now empty.' });
  };

  // Before hydration (and without JavaScript) this is what the page shows.
  if (!ready) return <p class="muted">Your log lives in this browser and needs JavaScript to show.</p>;

  const sources: KindSources = {
    library: libraryKinds,
    builder: new Map([...builder].map(([id, b]) => [id, b.kind])),
    checkIns: new Map([...planData.checkIns].map(([id, c]) => [id, c.kind])),
  };
  const made = planData.plan ? planFrom(planData.plan, library) : null;
  const thisWeek = made ? plannedThisWeek(made, now) : null;
  const week: HonestWeek = honestWeek(workouts, sources, now, thisWeek ?? { counters: plan });
  const planDay = made ? dayOf(made, week.from) : null;
  const planWeek = made && planDay ? made.weeks.find((w) => w.days.includes(planDay)) : undefined;
  const trend = backTrend([...planData.checkIns.values()], now);
  const hasScores = trend.some((w) => w.score !== null);
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
        <p class="text-sm muted mb-1">
          {week.against === 'plan' ? (
            <>
              Against <a class="underline underline-offset-2" href="/plan/">your plan</a>
              {planWeek ? `, week ${planWeek.week} of ${made!.weeks.length}: ${STAGE_LABELS[planWeek.stage]}` : ''}
              {week.from !== week.days[0]!.date ? `, from ${dayName(toDate(week.from).getTime())}, when it starts` : ''}.
            </>
          ) : made ? (
            <>
              Your plan does not cover this week, so your weekly counters are back. <a class="underline underline-offset-2" href="/plan/">Make your plan again</a>.
            </>
          ) : (
            <>
              Against your weekly counters. <a class="underline underline-offset-2" href="/plan/">Make a plan</a> fitted to your running week.
            </>
          )}
        </p>
        {week.counts.map((c) => (
          <Target count={c} />
        ))}
        <p class="mt-3 font-semibold">
          Current streak: {plural(streak, 'day')}
          {streak === 0 && <span class="muted font-normal"> · any routine today starts one</span>}
        </p>
        {week.against === 'counters' && (
        <details class="timer-settings mt-3">
          <summary>Change your weekly plan</summary>
          <div class="grid gap-3 sm:grid-cols-2 mt-3">
            <label class="timer-field">
              Core, days a week
              <input type="number" class="timer-input" min={WEEKLY_PLAN_RANGES.corePerWeek.min} max={WEEKLY_PLAN_RANGES.corePerWeek.max} value={plan.corePerWeek} onChange={(e) => changePlan('corePerWeek', Number(e.currentTarget.value))} />
            </label>
            <label class="timer-field">
              Strength sessions a week
              <input type="number" class="timer-input" min={WEEKLY_PLAN_RANGES.strengthPerWeek.min} max={WEEKLY_PLAN_RANGES.strengthPerWeek.max} value={plan.strengthPerWeek} onChange={(e) => changePlan('strengthPerWeek', Number(e.currentTarget.value))} />
            </label>
          </div>
          <p class="text-sm muted mt-2">Each workout counts by its routine’s kind: core once a day, strength and mobility once a session. Mobility never counts as strength; one exercise tried from its guide counts as no session.</p>
        </details>
        )}
      </section>

      {hasScores && <BackTrend trend={trend} />}

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
            {newestFirst.map((w) => {
              const link = historyLink(w.routineId, libraryIds, builder);
              const kind = workoutKind(w, sources);
              return (
                <li class="card px-4 py-3">
                  <p class="font-semibold">
                    {link ? <a href={link.href}>{w.routineTitle}</a> : w.routineTitle}
                    {link?.from === 'try' && <span class="muted font-normal"> · one exercise, tried from its guide</span>}
                    {link?.from === 'builder' && <span class="muted font-normal"> · your routine</span>}
                    {link === null && <span class="muted font-normal"> · {w.routineId.startsWith('custom-') ? 'a routine from the builder, since changed or deleted' : 'no longer on this site'}</span>}
                  </p>
                  <p class="text-sm muted">
                    {kind ? `${ROUTINE_KIND_LABELS[kind]} · ` : ''}
                    {dateText(w.finishedAt)} · {durationText(w.activeMs)} · {plural(w.steps, 'step')} · {w.completed ? 'Completed' : 'Stopped after halfway'}
                  </p>
                </li>
              );
            })}
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

/** One kind's count this week; with a target, a progress bar named for the kind ("Strength this week"). */
function Target({ count }: { count: KindCount }) {
  const label = ROUTINE_KIND_LABELS[count.kind];
  const unit = KIND_UNITS[count.kind];
  if (count.target === null) {
    return (
      <p class="log-target flex justify-between gap-2">
        <span class="font-semibold">{label}</span>
        <span>{plural(count.done, unit)} this week</span>
      </p>
    );
  }
  const met = count.target > 0 && count.done >= count.target;
  const max = Math.max(1, count.target);
  return (
    <div class="log-target" data-met={met ? '' : undefined}>
      <p class="flex justify-between gap-2">
        <span class="font-semibold">{label}</span>
        <span>
          {count.done} of {plural(count.target, unit)}
          {met ? ' · done' : count.target === 0 ? ' · none planned' : ''}
        </span>
      </p>
      <progress max={max} value={Math.min(count.done, max)} aria-label={`${label} this week`} aria-valuetext={`${count.done} of ${count.target}`} />
    </div>
  );
}

const weekLabel = (monday: number) => new Date(monday).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/** The back score over the last weeks: a small line drawn from the check-ins, with the same in words. */
function BackTrend({ trend }: { trend: TrendWeek[] }) {
  const points = trendPoints(trend);
  const text = trendText(trend);
  return (
    <section aria-labelledby="back-heading" class="card p-4 sm:p-6 mb-6">
      <h2 id="back-heading" class="text-xl font-bold mb-2">
        Your back
      </h2>
      <figure class="log-trend">
        <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby="back-trend-text" class="log-trend-chart">
          {[0, 5, 10].map((s) => (
            <g class="log-trend-grid">
              <line x1={CHART.left} x2={CHART.width - CHART.right} y1={scoreY(s)} y2={scoreY(s)} />
              <text x={CHART.left - 6} y={scoreY(s) + 3.5} text-anchor="end">
                {s}
              </text>
            </g>
          ))}
          {/* Every other week's Monday, counted back from this week's, which ends the axis. */}
          {trend.map((w, i) =>
            (trend.length - 1 - i) % 2 === 0 ? (
              <text class="log-trend-week" x={points[i]!.x} y={CHART.height - 6} text-anchor={i === trend.length - 1 ? 'end' : 'middle'}>
                {weekLabel(w.monday)}
              </text>
            ) : null,
          )}
          <path class="log-trend-line" d={trendPath(points)} />
          {points.map((p, i) =>
            p.y === null ? null : (
              <circle class="log-trend-dot" cx={p.x} cy={p.y} r="3.5">
                <title>{`Week of ${weekLabel(trend[i]!.monday)}: ${scoreText(trend[i]!.score!)}`}</title>
              </circle>
            ),
          )}
        </svg>
        <figcaption id="back-trend-text" class="text-sm muted mt-2">
          {text}
        </figcaption>
      </figure>
      <p class="text-sm muted mt-2">
        From “Your back today” on the finish screen: each week’s middle score. A score above 4, or one that jumps, is worth listening to; read{' '}
        <a class="underline underline-offset-2" href={SEE_A_PROFESSIONAL_PATH}>when to see a professional</a>.
      </p>
    </section>
  );
}
