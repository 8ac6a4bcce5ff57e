/**
 * The routine builder at /routines/build/: a thin Preact view over the draft reducer in
 * src/lib/share/draft.ts. This file owns the browser's side only: the URL fragment,
 * localStorage, the clipboard, the share sheet and focus. Everything read from a link or from
 * storage goes through the codec's validator, and is shown as text: nothing from outside ever
 * becomes markup.
 *
 * A link opens on a preview, not the editor: a shared routine (`#r=…`) or a guide's "Try it
 * now" (`#try=<exercise>`, src/lib/routine/try.ts), with its steps, its length, the timer's
 * Start, and "Edit a copy", which puts it in the editor.
 *
 * The timer (a link's preview, and the routine being built) comes through ./LazyTimer.tsx,
 * which loads it when one is first shown: the page opens without the timer's code.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { formatDuration } from '../lib/content/format';
import { formatStep } from '../lib/content/format-step';
import { routineDuration } from '../lib/content/routine';
import { EQUIPMENT_LABELS, kitNeeded, LEVEL_LABELS, ROUTINE_KIND_LABELS, ROUTINE_KINDS, type Equipment, type Muscle, type RoutineKind } from '../lib/content/vocabulary';
import { figureFile } from '../lib/figure/file';
import { tryFragment, tryRoutineId } from '../lib/routine/try';
import { customRoutineId, decodeRoutine, encodeRoutine, isRoutineFragment } from '../lib/share/codec';
import { customPlanInput, DOSE_SET_REST, routineProblem, titleProblem, tryRoutine, withMode, type CustomRoutine, type LibraryExercise } from '../lib/share/custom';
import { draftReducer, draftRoutine, EMPTY_DRAFT, isFull, type Row } from '../lib/share/draft';
import { kitOptions, muscleOptions, NO_FILTER, pick, type PickerFilter } from '../lib/share/picker';
import { migrateMyRoutines, MY_ROUTINE_DEFAULT_KIND, readMyRoutines, saveMyRoutine, type SavedRoutine } from '../lib/storage/my-routines';
import {
  GET_READY_RANGE,
  HOLDS_RANGE,
  REPS_RANGE,
  REST_RANGE,
  ROUNDS_RANGE,
  SETS_RANGE,
  STEPS_RANGE,
  TITLE_RANGE,
  WORK_RANGE,
  type Range,
} from '../lib/routine/limits';
import type { Step, StepMode } from '../lib/routine/model';
import { store } from './browser-storage';
import LazyTimer from './LazyTimer';
import { NumberField } from './NumberField';

interface Props {
  /** The exercise library, embedded at build time. */
  exercises: LibraryExercise[];
  /** Static words shown under the heading until the builder has hydrated (that it needs JavaScript). */
  children?: ComponentChildren;
}

const MODE_LABELS: Record<StepMode, string> = { time: 'Time', reps: 'Reps', 'hold-reps': 'Timed holds' };

/** A routine a link opened, shown on the preview until the runner edits a copy. */
interface Shared {
  routine: CustomRoutine;
  /** The timer's id: a try's own (`try-<exercise>`), else the shared routine's. */
  routineId: string;
  /** A guide's "Try it now", or a routine someone shared. */
  tried: boolean;
}

/** An exercise's thumbnail, as a file: decorative beside the name it illustrates. */
function Thumb({ id, class: cls }: { id: string; class: string }) {
  return <img class={cls} src={figureFile(id)} alt="" loading="lazy" decoding="async" />;
}

export default function RoutineBuilder({ exercises, children }: Props) {
  const library = useMemo(() => new Map(exercises.map((e) => [e.id, e])), [exercises]);
  const known = useMemo(() => new Set(library.keys()), [library]);
  const [draft, dispatch] = useReducer(draftReducer, EMPTY_DRAFT);
  const { settings, rows, undo } = draft;
  const [hydrated, setHydrated] = useState(false);
  const [filter, setFilter] = useState<PickerFilter>(NO_FILTER);
  const [shared, setShared] = useState<Shared | null>(null);
  /** The phone's share sheet (Web Share API), where the browser has one. */
  const [canShare, setCanShare] = useState(false);
  const [linkNotice, setLinkNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState<SavedRoutine[]>([]);
  /** How the log counts this routine's workouts, chosen when saving it (not part of its share link). */
  const [kind, setKind] = useState<RoutineKind>(MY_ROUTINE_DEFAULT_KIND);
  /** Saved routines that could not be read when the page opened, and whether each was set aside (false: no room for a copy, left where it was). */
  const [setAside, setSetAside] = useState<{ key: string; problem: string; aside: boolean }[]>([]);
  const [pageUrl, setPageUrl] = useState('');
  /** The id of the control to focus after the next render (a moved step's button, the list after a removal). */
  const focusNextRef = useRef<string | null>(null);
  const shareFieldRef = useRef<HTMLInputElement>(null);

  // The routine, its link and the timer's input change only when the draft's settings or steps do.
  const routine = useMemo(() => draftRoutine({ settings, rows }), [settings, rows]);
  const problem = routineProblem(routine, known);
  const link = useMemo(() => encodeRoutine(routine), [routine]);
  const input = useMemo(() => (routine.steps.length ? customPlanInput(routine, library) : null), [routine, library]);
  const duration = input && routineDuration(input);
  const full = isFull(draft);
  const disabled = !hydrated;
  // The timer shows each exercise's figure from its file, as the routine pages show theirs.
  const figures = useMemo(() => Object.fromEntries(exercises.map((e) => [e.id, `<img src="${figureFile(e.id)}" alt="">`])), [exercises]);
  const sharedInput = useMemo(() => shared && customPlanInput(shared.routine, library), [shared, library]);

  /** What is in My routines, with each one's length; the entries that could not be read come back. */
  const readSaved = useCallback(() => {
    const { routines, unreadable } = readMyRoutines(store.entries(), known);
    setSaved(routines);
    return unreadable;
  }, [known]);
  const lengths = useMemo(() => new Map(saved.map((s) => [s.key, routineDuration(customPlanInput(s.routine, library))])), [saved, library]);

  // Preview a shared routine or a try from the fragment, now and whenever a pasted link changes it.
  useLayoutEffect(() => {
    const openFragment = (e?: Event) => {
      const tried = tryFragment(location.hash);
      if (tried !== null) {
        const ex = library.get(tried);
        setShared(ex ? { routine: tryRoutine(ex), routineId: tryRoutineId(ex.id), tried: true } : null);
        setLinkNotice(ex ? null : { ok: false, text: 'This link asks to try an exercise this site does not have.' });
      } else if (isRoutineFragment(location.hash)) {
        const result = decodeRoutine(location.hash, known);
        setShared('value' in result ? { routine: result.value, routineId: customRoutineId(encodeRoutine(result.value)), tried: false } : null);
        setLinkNotice('value' in result ? null : { ok: false, text: `This share link ${result.problem}.` });
      } else {
        setShared(null);
        return;
      }
      // A link pasted into the open page: the heading of what it opened.
      if (e) focusNextRef.current = 'builder-title';
    };
    openFragment();
    window.addEventListener('hashchange', openFragment);
    return () => window.removeEventListener('hashchange', openFragment);
  }, [known, library]);

  // My routines: old keys moved, and whatever cannot be read set aside (never deleted) and reported once.
  useLayoutEffect(() => {
    migrateMyRoutines(store, known);
    const unreadable = readSaved();
    setSetAside(unreadable.map((u) => ({ ...u, aside: store.setAside(u.key) })));
    setPageUrl(location.origin + location.pathname);
    setCanShare(typeof navigator.share === 'function');
    setHydrated(true);
  }, [known, readSaved]);

  // Focus moves with the control the runner used.
  useLayoutEffect(() => {
    if (focusNextRef.current) document.getElementById(focusNextRef.current)?.focus();
    focusNextRef.current = null;
  });
  const focusNext = (id: string) => void (focusNextRef.current = id);

  const add = (ex: LibraryExercise) => {
    if (full) return;
    dispatch({ type: 'add', exercise: ex });
    setStatus(`Added ${ex.title} as step ${rows.length + 1}.`);
  };
  const shift = (at: number, by: -1 | 1) => {
    const row = rows[at];
    if (!row) return;
    const to = at + by;
    // Focus stays on the button pressed, unless the step reached the end where that button is disabled.
    const [pressed, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
    const atEnd = by < 0 ? to === 0 : to === rows.length - 1;
    focusNext(`builder-step-${row.uid}-${atEnd ? other : pressed}`);
    dispatch({ type: 'move', at, by });
    setStatus(`${library.get(row.step.exercise)?.title} is now step ${to + 1}.`);
  };
  const remove = (at: number) => {
    const row = rows[at];
    if (!row) return;
    focusNext('builder-steps-heading');
    dispatch({ type: 'remove', at });
    setStatus(`Removed ${library.get(row.step.exercise)?.title}.`);
  };

  const onSave = () => {
    if (problem) return;
    const saved = saveMyRoutine(store, routine, Date.now(), known, kind);
    if (saved.problem !== null) {
      setStatus(`Could not save: ${saved.problem}.`);
      return;
    }
    readSaved();
    const { key, replaced } = saved.value;
    setStatus(`Saved “${routine.title}” to My routines. Your log counts it as ${ROUTINE_KIND_LABELS[kind].toLowerCase()}.`);
    // The routine it replaced (the same title, perhaps in other capitals) can be brought back.
    if (replaced) dispatch({ type: 'replaced', key, value: replaced.value, title: `“${replaced.title}”` });
  };
  const onOpenSaved = (s: SavedRoutine) => {
    dispatch({ type: 'load', routine: s.routine, what: `Opening “${s.routine.title}”` });
    setKind(s.kind);
    setLinkNotice(null);
    focusNext('builder-routine-heading');
    setStatus(`Opened “${s.routine.title}”.`);
  };
  const onDelete = (key: string, title: string) => {
    const value = store.get(key);
    store.set(key, null);
    readSaved();
    if (value === null) return;
    // The card and its button are gone: focus goes to the way back.
    focusNext('builder-undo');
    dispatch({ type: 'deleted', key, value, title });
  };
  const onUndo = () => {
    if (undo?.kind === 'saved') {
      if (!store.set(undo.key, undo.value)) {
        setStatus(`Could not bring back ${undo.title}: this browser’s storage is full or turned off.`);
        return;
      }
      readSaved();
      focusNext('my-routines-heading');
      setStatus(`${capitalise(undo.title)} is back in My routines.`);
    } else if (undo) {
      focusNext('builder-routine-heading');
      setStatus('Your earlier routine is back.');
    }
    dispatch({ type: 'undo' });
  };

  const shareUrl = problem ? '' : `${pageUrl}#${link}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setStatus('Share link copied.');
    } catch {
      shareFieldRef.current?.select();
      setStatus('This browser did not allow copying: the link is selected, so copy it yourself.');
    }
  };
  // The share sheet where there is one (a phone's apps, messages, nearby devices); the clipboard elsewhere.
  const onShare = async () => {
    if (!canShare) return copy();
    try {
      await navigator.share({ title: routine.title, text: `${routine.title}: a routine for CoreStride’s workout timer`, url: shareUrl });
      setStatus('');
    } catch (e) {
      // Closing the sheet is the runner's choice; anything else (a refused share) falls back to copying.
      if (!(e instanceof DOMException && e.name === 'AbortError')) await copy();
    }
  };

  /** Leaves the preview for the editor, with the previewed routine in it (the routine it replaces can be undone). */
  const onEditCopy = () => {
    if (!shared) return;
    dispatch({ type: 'load', routine: shared.routine, what: `Editing a copy of “${shared.routine.title}”` });
    setShared(null);
    // The address no longer holds the routine being edited; Back returns to the preview.
    history.pushState(null, '', location.pathname + location.search);
    focusNext('builder-routine-heading');
    setStatus(`A copy of “${shared.routine.title}” is ready to change. The link you opened stays as it was.`);
  };
  /** Back to the routine that was being built, leaving the previewed one. */
  const onClosePreview = () => {
    setShared(null);
    history.pushState(null, '', location.pathname + location.search);
    focusNext('builder-routine-heading');
  };

  const matches = pick(exercises, filter);
  const muscles = useMemo(() => muscleOptions(exercises), [exercises]);
  const kits = useMemo(() => kitOptions(exercises), [exercises]);
  const titleIssue = titleProblem(settings.title.trim());
  const routineId = customRoutineId(link);

  const notices = (
    <>
      {linkNotice && (
        <div class="timer-notice builder-notice builder-notice-problem" role="alert">
          <p class="font-bold">This share link could not be opened.</p>
          <p>{linkNotice.text}</p>
          <p>
            Build your own below, or <a href="/routines/">pick a ready-made routine</a>.
          </p>
        </div>
      )}
      {undo && (
        <p class="timer-notice builder-notice" role="status">
          {undo.text}{' '}
          <button type="button" id="builder-undo" class="btn btn-secondary ml-1" onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
    </>
  );

  if (shared && sharedInput) {
    const length = routineDuration(sharedInput);
    const count = shared.routine.steps.length;
    return (
      <div class="routine-builder builder-preview" data-hydrated={hydrated ? '' : undefined}>
        <Heading id="builder-title" eyebrow={shared.tried ? 'Try it now' : 'Shared routine'} title={shared.routine.title}>
          <p class="builder-preview-meta">
            {length.exact ? '' : 'About '}
            {formatDuration(length.ms)} · {count} {count === 1 ? 'exercise' : 'exercises'} · {shared.routine.rounds} {shared.routine.rounds === 1 ? 'round' : 'rounds'}
          </p>
        </Heading>
        {notices}
        <div class="builder-preview-columns">
          <div class="min-w-0">
            <section aria-labelledby="builder-timer-heading" class="card p-3 sm:p-6 phone-side:p-3">
              <h2 id="builder-timer-heading" class="sr-only">
                Workout timer
              </h2>
              <LazyTimer key={shared.routineId} routineId={shared.routineId} input={sharedInput} figures={figures} />
            </section>
            <div class="builder-preview-actions">
              <button type="button" class="btn btn-secondary" onClick={onEditCopy}>
                Edit a copy
              </button>
              {rows.length > 0 && (
                <button type="button" class="btn btn-secondary" onClick={onClosePreview}>
                  Back to your routine
                </button>
              )}
            </div>
          </div>
          <section aria-labelledby="builder-preview-steps" class="min-w-0">
            <h2 id="builder-preview-steps" class="builder-h2">
              {count === 1 ? 'The exercise' : 'Steps'}
            </h2>
            <ol class="builder-preview-steps">
              {sharedInput.steps.map((step, i) => (
                <li key={i}>
                  <Thumb id={step.exercise} class="builder-thumb" />
                  <span class="min-w-0">
                    <a class="font-semibold" href={`/exercises/${step.exercise}/`}>
                      {step.exerciseName}
                    </a>
                    <span class="block text-sm muted">{formatStep(step)}</span>
                  </span>
                </li>
              ))}
            </ol>
            {shared.tried && <p class="text-sm muted mt-2">At the dose its guide gives. Logged like any workout once half of it is done, as one exercise rather than a session.</p>}
          </section>
        </div>
      </div>
    );
  }

  return (
    <div class="routine-builder" data-hydrated={hydrated ? '' : undefined}>
      <Heading id="builder-title" eyebrow="Train" title="Build your own routine">
        <p class="mt-3 text-lg muted max-w-prose">Choose the exercises, set each one by time, reps or timed holds, and the timer runs it like any other routine.</p>
      </Heading>
      {children}
      {notices}

      <section aria-labelledby="my-routines-heading" class="mb-8">
        <h2 id="my-routines-heading" class="builder-h2" tabIndex={-1}>
          My routines
        </h2>
        {setAside.map((u) => (
          <p class="timer-notice builder-notice" role="status" key={u.key}>
            A saved routine could not be read ({u.problem}), so it{' '}
            {u.aside ? 'was set aside, not deleted.' : 'was left where it was, not deleted: storage is too full to set a copy aside, so this shows on each visit until there is room.'}
          </p>
        ))}
        {saved.length === 0 ? (
          <p class="muted">Nothing saved yet. Routines you save are kept in this browser only.</p>
        ) : (
          <ul class="grid gap-3 sm:grid-cols-2">
            {saved.map((s) => {
              const d = lengths.get(s.key)!;
              return (
                <li key={s.key} class="card p-4 flex flex-col gap-2">
                  <h3 class="font-bold text-lg leading-snug break-words">{s.routine.title}</h3>
                  <p class="text-sm muted">
                    {d.exact ? '' : 'About '}
                    {ROUTINE_KIND_LABELS[s.kind]} · {formatDuration(d.ms)} · {s.routine.steps.length} {s.routine.steps.length === 1 ? 'exercise' : 'exercises'} · saved{' '}
                    {new Date(s.savedAt).toLocaleDateString()}
                  </p>
                  <div class="flex flex-wrap gap-2 mt-auto">
                    <button type="button" class="btn btn-secondary" onClick={() => onOpenSaved(s)}>
                      Open<span class="sr-only"> {s.routine.title}</span>
                    </button>
                    <button type="button" class="btn btn-secondary" onClick={() => onDelete(s.key, `“${s.routine.title}”`)}>
                      Delete<span class="sr-only"> {s.routine.title}</span>
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <div class="builder-columns">
        <section aria-labelledby="builder-add-heading" class="builder-library">
          <h2 id="builder-add-heading" class="builder-h2">
            Add exercises
          </h2>
          <label class="timer-field">
            Find an exercise
            <input
              type="search"
              class="timer-input"
              value={filter.query}
              onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
              disabled={disabled}
              autocomplete="off"
            />
          </label>
          <div class="builder-filters">
            <label class="timer-field">
              Muscle
              <select class="timer-input" value={filter.muscle} onChange={(e) => setFilter({ ...filter, muscle: e.currentTarget.value as Muscle | '' })} disabled={disabled}>
                <option value="">Any muscle</option>
                {muscles.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label class="timer-field">
              Equipment
              <select class="timer-input" value={filter.kit} onChange={(e) => setFilter({ ...filter, kit: e.currentTarget.value as Equipment | '' })} disabled={disabled}>
                <option value="">Any equipment</option>
                {kits.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p class="text-sm muted mt-1" role="status">
            {matches.length === exercises.length ? `All ${exercises.length} exercises` : `${matches.length} of ${exercises.length} match`}
            {full && `. A routine holds up to ${STEPS_RANGE.max} steps.`}
          </p>
          {/* Its own scroll area: focusable, so the list can be scrolled from the keyboard. */}
          <ul class="builder-picks" tabIndex={0} aria-labelledby="builder-add-heading">
            {matches.map((ex) => {
              const kit = kitNeeded(ex.equipment);
              return (
                <li key={ex.id}>
                  <Thumb id={ex.id} class="builder-thumb" />
                  <span class="min-w-0 flex-1">
                    <span class="block font-semibold leading-snug">{ex.title}</span>
                    <span class="block text-sm muted">
                      {LEVEL_LABELS[ex.level]} · {kit.length ? kit.map((e) => EQUIPMENT_LABELS[e]).join(', ') : 'No equipment'}
                    </span>
                  </span>
                  <button type="button" class="btn btn-secondary" onClick={() => add(ex)} disabled={disabled || full}>
                    Add<span class="sr-only"> {ex.title}</span>
                  </button>
                </li>
              );
            })}
            {matches.length === 0 && <li class="muted">Nothing matches: try fewer words, or another muscle or kit.</li>}
          </ul>
        </section>

        <section aria-labelledby="builder-routine-heading" class="min-w-0">
          <h2 id="builder-routine-heading" class="builder-h2" tabIndex={-1}>
            Your routine
          </h2>
          <div class="card p-4 grid gap-3 sm:grid-cols-2">
            <label class="timer-field sm:col-span-2">
              Title
              <input
                type="text"
                class="timer-input"
                value={settings.title}
                maxLength={TITLE_RANGE.max}
                onInput={(e) => dispatch({ type: 'setting', settings: { title: e.currentTarget.value } })}
                disabled={disabled}
                aria-invalid={titleIssue ? true : undefined}
                aria-describedby={titleIssue ? 'builder-title-problem' : undefined}
              />
            </label>
            {titleIssue && (
              <p id="builder-title-problem" class="builder-problem sm:col-span-2">
                {capitalise(titleIssue)}.
              </p>
            )}
            <Field label="Rounds" range={ROUNDS_RANGE} step={1} value={settings.rounds} onChange={(v) => dispatch({ type: 'setting', settings: { rounds: v } })} disabled={disabled} />
            <Field label="Get ready (seconds)" range={GET_READY_RANGE} step={5} value={settings.getReadySeconds} onChange={(v) => dispatch({ type: 'setting', settings: { getReadySeconds: v } })} disabled={disabled} />
            <Field label="Rest between rounds (seconds)" range={REST_RANGE} step={5} value={settings.restBetweenRounds} onChange={(v) => dispatch({ type: 'setting', settings: { restBetweenRounds: v } })} disabled={disabled} />
          </div>

          <h3 id="builder-steps-heading" class="font-bold text-lg mt-6 mb-2" tabIndex={-1}>
            Steps
          </h3>
          {rows.length === 0 ? (
            <p class="muted">No exercises yet: add some from the list. Each starts at the dose its guide gives.</p>
          ) : (
            <ol class="grid gap-3">
              {rows.map((row, i) => (
                <StepEditor
                  key={row.uid}
                  row={row}
                  index={i}
                  count={rows.length}
                  exercise={library.get(row.step.exercise)}
                  onChange={(step) => dispatch({ type: 'update', at: i, step })}
                  onMove={(by) => shift(i, by)}
                  onRemove={() => remove(i)}
                  disabled={disabled}
                />
              ))}
            </ol>
          )}

          <div class="builder-summary card p-4 mt-6">
            {duration ? (
              <p class="text-lg">
                Total time: <strong>{`${duration.exact ? '' : 'about '}${formatDuration(duration.ms)}`}</strong>
                <span class="muted">
                  {' '}
                  · {rows.length} {rows.length === 1 ? 'exercise' : 'exercises'} · {settings.rounds} {settings.rounds === 1 ? 'round' : 'rounds'}
                </span>
              </p>
            ) : (
              <p class="muted">Add an exercise to see the total time.</p>
            )}
            {!duration?.exact && duration && <p class="text-sm muted">Reps are open-ended: the total counts about 3 seconds a rep.</p>}
            {problem && rows.length > 0 && <p class="builder-problem mt-2">To save or share it: {problem}.</p>}
            <label class="timer-field mt-3">
              Counts in your log as
              <select class="timer-input" value={kind} onChange={(e) => setKind(e.currentTarget.value as RoutineKind)} disabled={disabled} aria-describedby="builder-kind-hint">
                {ROUTINE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {ROUTINE_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            <p id="builder-kind-hint" class="text-sm muted mt-1">
              Your log and plan count each workout by its kind: strength for loaded or hard work, mobility for gentle stretching, core for the rest.
            </p>
            <div class="flex flex-wrap gap-2 mt-3">
              <button type="button" class="btn btn-primary" onClick={onSave} disabled={disabled || !!problem}>
                Save to My routines
              </button>
            </div>
            {shareUrl && (
              <div class="mt-4">
                <label class="timer-field">
                  Share link
                  <span class="builder-share">
                    <input ref={shareFieldRef} type="text" class="timer-input" value={shareUrl} readOnly onFocus={(e) => e.currentTarget.select()} />
                    <button type="button" class="btn btn-secondary" onClick={() => void onShare()}>
                      {canShare ? 'Share' : 'Copy link'}
                    </button>
                  </span>
                </label>
                <p class="text-sm muted mt-1">The whole routine is in the link: nothing is sent anywhere.</p>
              </div>
            )}
            <p role="status" class="builder-status">
              {status}
            </p>
          </div>
        </section>
      </div>

      <section aria-labelledby="builder-timer-heading" class="card p-3 sm:p-6 mt-8">
        <h2 id="builder-timer-heading" class="builder-h2">
          Workout timer
        </h2>
        {input ? (
          <LazyTimer key={routineId} routineId={routineId} input={input} figures={figures} />
        ) : (
          <p class="muted">Add an exercise and the timer for your routine appears here.</p>
        )}
      </section>
    </div>
  );
}

/** The page's heading, which names what is open: the builder, or the routine a link opened. */
function Heading({ id, eyebrow, title, children }: { id: string; eyebrow: string; title: string; children: ComponentChildren }) {
  return (
    <div class="mb-6 sm:mb-8 phone-side:mb-3">
      <p class="text-sm font-semibold uppercase tracking-wider text-[var(--link)]">{eyebrow}</p>
      <h1 id={id} tabIndex={-1} class="text-3xl sm:text-4xl phone-side:text-3xl font-extrabold tracking-tight leading-tight mt-1 break-words">
        {title}
      </h1>
      {children}
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Field(props: { label: string; range: Range; step: number; value: number; onChange: (v: number) => void; disabled: boolean }) {
  const { range, ...rest } = props;
  return <NumberField {...rest} min={range.min} max={range.max} />;
}

interface StepProps {
  row: Row;
  index: number;
  count: number;
  exercise: LibraryExercise | undefined;
  onChange: (step: Step) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  disabled: boolean;
}

function StepEditor({ row, index, count, exercise, onChange, onMove, onRemove, disabled }: StepProps) {
  const { step, uid } = row;
  const last = index === count - 1;
  const set = (patch: Partial<Step>) => onChange({ ...step, ...patch } as Step);
  // One set is written as no sets, so the step (and its link) reads as one that never had any.
  const setSets = (sets: number) => {
    const { sets: _sets, setRest, ...rest } = step;
    onChange((sets > 1 ? { ...rest, sets, setRest: setRest ?? DOSE_SET_REST } : rest) as Step);
  };
  const sets = step.mode === 'hold-reps' ? 1 : (step.sets ?? 1);
  return (
    <li>
      <fieldset class="builder-step card">
        <legend class="builder-step-name">
          <span class="builder-step-number" aria-hidden="true">
            {index + 1}
          </span>
          <span class="sr-only">Step {index + 1}: </span>
          <Thumb id={step.exercise} class="builder-step-figure" />
          {exercise?.title}
        </legend>
        <div class="builder-fields">
          <label class="timer-field">
            Measure by
            <select class="timer-input" value={step.mode} onChange={(e) => onChange(withMode(step, e.currentTarget.value as StepMode))} disabled={disabled}>
              {(Object.keys(MODE_LABELS) as StepMode[]).map((m) => (
                <option value={m} key={m}>
                  {MODE_LABELS[m]}
                </option>
              ))}
            </select>
          </label>
          {step.mode === 'time' && <Field label="Seconds" range={WORK_RANGE} step={5} value={step.seconds} onChange={(v) => set({ seconds: v })} disabled={disabled} />}
          {step.mode !== 'time' && <Field label={step.mode === 'reps' ? 'Reps' : 'Holds'} range={step.mode === 'reps' ? REPS_RANGE : HOLDS_RANGE} step={1} value={step.reps} onChange={(v) => set({ reps: v })} disabled={disabled} />}
          {step.mode === 'hold-reps' && <Field label="Seconds per hold" range={WORK_RANGE} step={5} value={step.holdSeconds} onChange={(v) => set({ holdSeconds: v })} disabled={disabled} />}
          {step.mode === 'hold-reps' && <Field label="Rest between holds (seconds)" range={REST_RANGE} step={1} value={step.holdRest ?? 0} onChange={(v) => set({ holdRest: v })} disabled={disabled} />}
          {step.mode !== 'hold-reps' && <Field label="Sets" range={SETS_RANGE} step={1} value={sets} onChange={setSets} disabled={disabled} />}
          {sets > 1 && <Field label="Rest between sets (seconds)" range={REST_RANGE} step={5} value={step.setRest ?? 0} onChange={(v) => set({ setRest: v })} disabled={disabled} />}
          <label class="timer-field">
            Sides
            <select class="timer-input" value={step.sides} onChange={(e) => set({ sides: e.currentTarget.value as Step['sides'] })} disabled={disabled}>
              <option value="both-at-once">Both at once</option>
              <option value="each-side">Each side</option>
            </select>
          </label>
          {!last && <Field label="Rest after (seconds)" range={REST_RANGE} step={5} value={step.restAfter} onChange={(v) => set({ restAfter: v })} disabled={disabled} />}
        </div>
        {exercise && <p class="text-sm muted mt-2">Form: {exercise.cue}</p>}
        <div class="builder-step-actions">
          <button type="button" id={`builder-step-${uid}-up`} class="btn btn-secondary" onClick={() => onMove(-1)} disabled={disabled || index === 0}>
            Move up
          </button>
          <button type="button" id={`builder-step-${uid}-down`} class="btn btn-secondary" onClick={() => onMove(1)} disabled={disabled || last}>
            Move down
          </button>
          <button type="button" class="btn btn-secondary" onClick={onRemove} disabled={disabled}>
            Remove
          </button>
        </div>
      </fieldset>
    </li>
  );
}
