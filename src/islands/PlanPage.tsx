/**
 * The plan page at /plan/: the form that makes a runner's 12-week plan, and the plan itself as
 * weeks of days a thumb can read, this week first. A thin view over usePlanPage
 * (./plan/usePlanPage.ts), which holds the state; the planner and its words are in src/lib/plan.
 */
import { useEffect, useRef } from 'preact/hooks';
import { ROUTINE_KIND_LABELS } from '../lib/content/vocabulary';
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday, weekdayOf } from '../lib/plan/dates';
import { REMINDER_CHOICES, type FormField } from '../lib/plan/form';
import { DAY_MINUTES, type Plan, type PlanWeek, RUNNER_KIT, RUNNER_KIT_LABELS, STAGE_LABELS, STARTING_POINT_LABELS, STARTING_POINTS } from '../lib/plan/model';
import { dayTitle, lastDay, weeksText, minutesText, reminderText, ROLE_LABELS, shortDate, weekRange } from '../lib/plan/view';
import { usePlanPage } from './plan/usePlanPage';

type Page = ReturnType<typeof usePlanPage>;
type Focus = 'plan' | 'form' | 'errors' | null;

const START_HINTS = {
  new: 'The plan begins with core basics three times in the first week.',
  some: 'The plan skips the first week of basics.',
  regular: 'The plan starts at the first strength days.',
} as const;

/** Where each field's problem is shown, and what the error summary links to. */
const FIELD_IDS: Record<FormField, string> = {
  runDays: 'plan-run-days',
  raceDate: 'plan-race-date',
  slotTime: 'plan-slot-time',
  reminderMinutes: 'plan-reminder',
};

export default function PlanPage() {
  const page = usePlanPage();
  const { state, plan } = page;
  const focusRef = useRef<Focus>(null);

  // Focus follows what the runner just did: the plan once made, the form once opened, the problems once found.
  useEffect(() => {
    const id = { plan: 'plan-heading', form: 'plan-form-heading', errors: 'plan-errors' }[focusRef.current ?? 'plan'];
    if (focusRef.current) document.getElementById(id)?.focus();
    focusRef.current = null;
  });

  if (!state.ready) return null;

  const formOpen = state.editing || state.record === null;
  const submit = (e: Event) => {
    e.preventDefault();
    focusRef.current = page.submit() ? 'plan' : 'errors';
  };

  return (
    <div class="plan-page" data-hydrated="">
      {state.notices.map((n) => (
        <p role="alert" class="timer-notice plan-notice">
          {n}
        </p>
      ))}
      <div role="status" class="plan-message">
        {state.message?.kind === 'status' && <p class="timer-notice">{state.message.text}</p>}
      </div>
      {state.message?.kind === 'alert' && (
        <p role="alert" class="timer-notice plan-notice-problem">
          {state.message.text}
        </p>
      )}
      {state.libraryFailed && (
        <div role="alert" class="timer-notice plan-notice-problem">
          <p>The list of routines the plan is made from could not be loaded, so the plan cannot be shown yet. Your settings are safe in this browser.</p>
          <button type="button" class="btn btn-secondary mt-2" onClick={page.retryLibrary}>
            Try again
          </button>
        </div>
      )}

      {formOpen && <PlanFormView page={page} onSubmit={submit} onCancel={() => ((focusRef.current = 'plan'), page.cancelEdit())} />}

      {state.record && !plan && !state.libraryFailed && <p class="muted">Making your plan…</p>}
      {plan && (
        <PlanView
          page={page}
          plan={plan}
          formOpen={formOpen}
          onEdit={() => {
            focusRef.current = 'form';
            page.edit();
          }}
        />
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// The form

function Problem({ field, page }: { field: FormField; page: Page }) {
  const text = page.state.problems[field];
  return text ? (
    <p id={`${FIELD_IDS[field]}-problem`} class="plan-problem">
      {text}
    </p>
  ) : null;
}

const described = (field: FormField, page: Page) =>
  page.state.problems[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${FIELD_IDS[field]}-problem` } : {};

function PlanFormView({ page, onSubmit, onCancel }: { page: Page; onSubmit: (e: Event) => void; onCancel: () => void }) {
  const { form, problems, record, today } = page.state;
  const { change } = page;
  const runDays = WEEKDAYS.filter((d) => form.runDays.includes(d));
  const hardChoices = runDays.filter((d) => d !== form.longRunDay);
  const problemList = Object.entries(problems) as [FormField, string][];
  const reminders = REMINDER_CHOICES.includes(form.reminderMinutes) ? REMINDER_CHOICES : [...REMINDER_CHOICES, form.reminderMinutes].sort((a, b) => a - b);

  return (
    <form class="plan-form card" onSubmit={onSubmit} noValidate aria-labelledby="plan-form-heading">
      <h2 id="plan-form-heading" tabIndex={-1} class="plan-h2">
        {record ? 'Change your plan' : 'Make your plan'}
      </h2>
      <p class="muted mb-4">
        {record
          ? 'Your answers are filled in. Change what has changed; the plan starts again from today, week 1 of 12.'
          : 'Tell the plan about your running week. It places two strength days a week around your runs, a short core set on most days, and mobility after the long run, for 12 weeks from today.'}
      </p>

      {problemList.length > 0 && (
        <div id="plan-errors" tabIndex={-1} class="plan-errors" role="alert">
          <p class="font-bold">{problemList.length === 1 ? 'One answer needs a look:' : `${problemList.length} answers need a look:`}</p>
          <ul>
            {problemList.map(([field, text]) => (
              <li>
                <a href={`#${FIELD_IDS[field]}`}>{text}</a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <fieldset id={FIELD_IDS.runDays} class="plan-fieldset" tabIndex={-1} {...(problems.runDays ? { 'aria-describedby': `${FIELD_IDS.runDays}-problem` } : {})}>
        <legend>Days you run</legend>
        <Problem field="runDays" page={page} />
        <div class="plan-choices plan-days">
          {WEEKDAYS.map((d) => (
            <label class="plan-choice">
              <input type="checkbox" checked={form.runDays.includes(d)} onChange={(e) => change({ type: 'run-day', day: d, on: e.currentTarget.checked })} />
              {WEEKDAY_NAMES[d]}
            </label>
          ))}
        </div>
      </fieldset>

      <div class="plan-field">
        <label for="plan-long-run">Long run day</label>
        <select
          id="plan-long-run"
          class="timer-input"
          value={form.longRunDay ?? ''}
          onChange={(e) => change({ type: 'long-run', day: (e.currentTarget.value || null) as Weekday | null })}
        >
          <option value="">No long run</option>
          {runDays.map((d) => (
            <option value={d}>{WEEKDAY_NAMES[d]}</option>
          ))}
        </select>
        {runDays.length === 0 && <p class="plan-hint">Tick the days you run first; the long run is one of them.</p>}
      </div>

      <fieldset class="plan-fieldset">
        <legend>Hard sessions (optional)</legend>
        <p class="plan-hint">Intervals, tempo runs, hill repeats: days the run itself is hard work.</p>
        {hardChoices.length === 0 ? (
          <p class="plan-hint">{runDays.length === 0 ? 'Tick the days you run first.' : 'Every run day you ticked is the long run.'}</p>
        ) : (
          <div class="plan-choices plan-days">
            {hardChoices.map((d) => (
              <label class="plan-choice">
                <input type="checkbox" checked={form.hardDays.includes(d)} onChange={(e) => change({ type: 'hard-day', day: d, on: e.currentTarget.checked })} />
                {WEEKDAY_NAMES[d]}
              </label>
            ))}
          </div>
        )}
      </fieldset>

      <fieldset class="plan-fieldset">
        <legend>Minutes you have on a normal day</legend>
        <p class="plan-hint">Strength days take longer, about 20 to 30 minutes.</p>
        <div class="plan-choices plan-minutes">
          {DAY_MINUTES.map((m) => (
            <label class="plan-choice">
              <input type="radio" name="plan-minutes" checked={form.minutes === m} onChange={() => change({ type: 'minutes', minutes: m })} />
              {m} minutes
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="plan-fieldset">
        <legend>Where you start</legend>
        <div class="plan-choices plan-stack">
          {STARTING_POINTS.map((s) => (
            <label class="plan-choice">
              <input type="radio" name="plan-start" checked={form.start === s} onChange={() => change({ type: 'start', start: s })} />
              <span>
                {STARTING_POINT_LABELS[s]}
                <span class="plan-hint block">{START_HINTS[s]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="plan-fieldset">
        <legend>Kit you have</legend>
        <p class="plan-hint">Tick none if you have none: every plan works with your body weight and a floor.</p>
        <div class="plan-choices plan-stack">
          {RUNNER_KIT.map((k) => (
            <label class="plan-choice">
              <input type="checkbox" checked={form.kit.includes(k)} onChange={(e) => change({ type: 'kit', kit: k, on: e.currentTarget.checked })} />
              {RUNNER_KIT_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>

      <div class="plan-field">
        <label for={FIELD_IDS.raceDate}>Race date (optional)</label>
        <p class="plan-hint" id="plan-race-hint">
          The 10 days before it are lighter.
        </p>
        <Problem field="raceDate" page={page} />
        <input
          id={FIELD_IDS.raceDate}
          type="date"
          class="timer-input plan-input"
          min={today}
          value={form.raceDate}
          onInput={(e) => change({ type: 'race-date', date: e.currentTarget.value })}
          {...described('raceDate', page)}
          {...(problems.raceDate ? {} : { 'aria-describedby': 'plan-race-hint' })}
        />
      </div>

      <fieldset class="plan-fieldset">
        <legend>Calendar reminders</legend>
        <p class="plan-hint">For the calendar file: each day’s sessions start at this time, with a reminder before.</p>
        <div class="plan-pair">
          <div class="plan-field">
            <label for={FIELD_IDS.slotTime}>Time for your sessions</label>
            <Problem field="slotTime" page={page} />
            <input
              id={FIELD_IDS.slotTime}
              type="time"
              class="timer-input plan-input"
              value={form.slotTime}
              onInput={(e) => change({ type: 'slot-time', time: e.currentTarget.value })}
              {...described('slotTime', page)}
            />
          </div>
          <div class="plan-field">
            <label for={FIELD_IDS.reminderMinutes}>Reminder</label>
            <Problem field="reminderMinutes" page={page} />
            <select
              id={FIELD_IDS.reminderMinutes}
              class="timer-input"
              value={String(form.reminderMinutes)}
              onChange={(e) => change({ type: 'reminder', minutes: Number(e.currentTarget.value) })}
              {...described('reminderMinutes', page)}
            >
              {reminders.map((m) => (
                <option value={String(m)}>{reminderText(m)}</option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>

      <div class="plan-actions">
        <button type="submit" class="btn btn-primary">
          Make my plan
        </button>
        {record && page.state.editing && (
          <button type="button" class="btn btn-secondary" onClick={onCancel}>
            Keep my plan as it is
          </button>
        )}
      </div>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// The plan

const runSummary = (plan: Plan) => {
  const s = plan.settings;
  if (s.runDays.length === 0) return 'No run days.';
  const days = s.runDays.map((d) => `${WEEKDAY_NAMES[d]}${d === s.longRunDay ? ' (long run)' : s.hardDays.includes(d) ? ' (hard session)' : ''}`);
  return `You run on ${days.length === 1 ? days[0] : `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`}.`;
};

function PlanView({ page, plan, formOpen, onEdit }: { page: Page; plan: Plan; formOpen: boolean; onEdit: () => void }) {
  const { state, position } = page;
  const record = state.record!;
  const titles = new Map((state.library ?? []).map((r) => [r.id, r.title]));
  const current = position?.when === 'during' ? position.week : position?.when === 'after' ? plan.weeks.length : 0;
  const earlier = plan.weeks.slice(0, current);
  const rest = plan.weeks.slice(current);
  const first = plan.weeks[0]?.days[0];
  const end = lastDay(plan);

  return (
    <section class="plan-view" aria-labelledby="plan-heading">
      <h2 id="plan-heading" tabIndex={-1} class="plan-h2">
        Your 12 weeks
      </h2>
      <p>
        {first && end ? `${dayTitle(first.date, first.weekday)} to ${dayTitle(end, weekdayOf(end))}. ` : ''}
        {runSummary(plan)}
        {plan.settings.raceDate ? ` Race on ${dayTitle(plan.settings.raceDate, weekdayOf(plan.settings.raceDate))}.` : ''}
      </p>
      {!state.saved && <p class="plan-unsaved">Not saved: this plan is for this visit only.</p>}
      {position?.when === 'after' && (
        <p class="timer-notice mt-3">Your 12 weeks ended on {end ? dayTitle(end, weekdayOf(end)) : 'the last day'}. Make a new plan from today to carry on: your answers are filled in.</p>
      )}

      <div class="plan-actions">
        <button type="button" class="btn btn-primary" onClick={() => void page.addToCalendar()} disabled={state.busy}>
          Add to calendar
        </button>
        {!formOpen && (
          <button type="button" class="btn btn-secondary" onClick={onEdit}>
            Change my plan
          </button>
        )}
      </div>
      <p class="plan-hint mt-2">
        The calendar file has every session at {record.slot.time}, with a reminder {reminderText(record.slot.reminderMinutes).toLowerCase()}. Open it on your phone to add
        them to its calendar.
      </p>

      {plan.bent.length > 0 && (
        <section class="plan-bent" aria-labelledby="plan-bent-heading">
          <h3 id="plan-bent-heading" class="font-bold text-lg">
            Rules your plan bends
          </h3>
          <p class="muted text-sm">Your running week cannot keep every rule, so the plan bends them as little as it can:</p>
          <ul>
            {plan.bent.map((b) => (
              <li>
                {b.reason}
                <span class="plan-bent-weeks">{weeksText(b.weeks)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {rest.map((w, i) => (
        <WeekTable week={w} today={state.today} titles={titles} thisWeek={i === 0 && position?.when === 'during'} />
      ))}
      {/* This week comes first; the weeks done are folded away at the end. */}
      {earlier.length > 0 && (
        <details class="plan-earlier">
          <summary>
            Earlier weeks ({earlier.length})
          </summary>
          {earlier.map((w) => (
            <WeekTable week={w} today={state.today} titles={titles} />
          ))}
        </details>
      )}
    </section>
  );
}

function WeekTable({ week, today, titles, thisWeek = false }: { week: PlanWeek; today: string; titles: Map<string, string>; thisWeek?: boolean }) {
  const id = `plan-week-${week.week}`;
  return (
    <div class="plan-week">
      <h3 id={id} class="plan-week-heading">
        {thisWeek && <span class="plan-this-week">This week · </span>}
        Week {week.week}: {STAGE_LABELS[week.stage]}
        <span class="plan-week-range">{weekRange(week)}</span>
      </h3>
      <table class="plan-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Run</th>
            <th scope="col">Sessions</th>
          </tr>
        </thead>
        <tbody>
          {week.days.map((day) => {
            const isToday = day.date === today;
            return (
              <tr aria-current={isToday ? 'date' : undefined} data-role={day.role}>
                <th scope="row">
                  <span class="plan-day-name">{WEEKDAY_NAMES[day.weekday]}</span>
                  <span class="plan-day-date">{shortDate(day.date)}</span>
                  {isToday && <span class="plan-today">Today</span>}
                </th>
                <td>{ROLE_LABELS[day.role]}</td>
                <td>
                  {day.sessions.length === 0 ? (
                    <span class="muted">Nothing: rest</span>
                  ) : (
                    <ul class="plan-sessions">
                      {day.sessions.map((s) => (
                        <li>
                          <a href={`/routines/${s.routineId}/`}>{titles.get(s.routineId) ?? s.routineId}</a>
                          <span class="plan-session-facts">
                            {minutesText(s.minutes)} · <span class={`plan-kind plan-kind-${s.kind}`}>{ROUTINE_KIND_LABELS[s.kind]}</span>
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
