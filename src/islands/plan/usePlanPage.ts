/**
 * The plan page's state: the stored settings (read through the guarded store, set aside when
 * unreadable), the routine library, the form, and what the page last had to say. A reducer
 * holds it; this hook does the browser's side (storage, the library's fetch, the clock, the
 * calendar file) and hands the view a few callbacks.
 */
import { useCallback, useEffect, useMemo, useReducer } from 'preact/hooks';
import { localDate, type LocalDate } from '../../lib/plan/dates';
import { EMPTY_FORM, type FormAction, formFromRecord, formProblems, type FormProblems, formReducer, type PlanForm, recordFromForm } from '../../lib/plan/form';
import type { LibraryRoutine, Plan } from '../../lib/plan/model';
import type { PlanRecord } from '../../lib/plan/schema';
import { planPosition } from '../../lib/plan/view';
import { download } from '../download';
import { fetchLibrary, planFrom, readStoredPlan, saveStoredPlan } from './storedPlan';

export type Message = { kind: 'status' | 'alert'; text: string } | null;

export interface PageState {
  /** False until the browser's side has run: the page shows that it needs JavaScript. */
  ready: boolean;
  today: LocalDate;
  /** The plan's settings: stored, or made on this visit. */
  record: PlanRecord | null;
  /** Whether `record` is what the browser holds (false: made on this visit, storage refused it). */
  saved: boolean;
  /** An unreadable plan that could not be set aside is still stored: never written over. */
  held: boolean;
  /** What could not be read when the page opened. */
  notices: string[];
  library: LibraryRoutine[] | null;
  libraryFailed: boolean;
  /** The form is open (always, when there is no plan). */
  editing: boolean;
  form: PlanForm;
  problems: FormProblems;
  message: Message;
  /** The calendar file is being made. */
  busy: boolean;
}

export type PageAction =
  | { type: 'opened'; today: LocalDate; record: PlanRecord | null; notices: string[]; held: boolean }
  | { type: 'library'; routines: LibraryRoutine[] }
  | { type: 'library-failed' }
  | { type: 'library-retry' }
  | { type: 'today'; today: LocalDate }
  | { type: 'form'; action: FormAction }
  | { type: 'edit' }
  | { type: 'cancel-edit' }
  | { type: 'invalid'; problems: FormProblems }
  | { type: 'made'; record: PlanRecord; saved: boolean; message: Message }
  | { type: 'busy'; busy: boolean }
  | { type: 'message'; message: Message };

export const INITIAL_PAGE: PageState = {
  ready: false,
  today: '',
  record: null,
  saved: false,
  held: false,
  notices: [],
  library: null,
  libraryFailed: false,
  editing: false,
  form: EMPTY_FORM,
  problems: {},
  message: null,
  busy: false,
};

export function pageReducer(state: PageState, action: PageAction): PageState {
  switch (action.type) {
    case 'opened':
      return {
        ...state,
        ready: true,
        today: action.today,
        record: action.record,
        saved: action.record !== null,
        held: action.held,
        notices: action.notices,
        form: action.record ? formFromRecord(action.record) : EMPTY_FORM,
      };
    case 'library':
      return { ...state, library: action.routines, libraryFailed: false };
    case 'library-failed':
      return { ...state, libraryFailed: true };
    case 'library-retry':
      return { ...state, libraryFailed: false };
    case 'today':
      return action.today === state.today ? state : { ...state, today: action.today };
    case 'form': {
      const form = formReducer(state.form, action.action);
      // A problem the runner has just put right goes away; the rest stay until the next try.
      const now = formProblems(form, state.today);
      const problems = Object.fromEntries(Object.entries(state.problems).filter(([field]) => field in now)) as FormProblems;
      return { ...state, form, problems };
    }
    case 'edit':
      return { ...state, editing: true, message: null, form: state.record ? formFromRecord(state.record) : state.form, problems: {} };
    case 'cancel-edit':
      return { ...state, editing: false, problems: {}, form: state.record ? formFromRecord(state.record) : EMPTY_FORM };
    case 'invalid':
      return { ...state, problems: action.problems, message: null };
    case 'made':
      return { ...state, record: action.record, saved: action.saved, editing: false, problems: {}, message: action.message, form: formFromRecord(action.record) };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'message':
      return { ...state, message: action.message };
  }
}

const today = () => localDate(Date.now());

/** Words for a stored plan that could not be read. */
function unreadableNotice(problem: string, aside: boolean): string {
  return aside
    ? `Your saved plan could not be read (${problem}), so it was set aside, not deleted. Make your plan again below; your answers take a minute.`
    : `Your saved plan could not be read (${problem}). It was left where it was, not deleted: storage is too full to set a copy aside, so until there is room this shows on each visit and a new plan is not saved over it.`;
}

export function usePlanPage() {
  const [state, dispatch] = useReducer(pageReducer, INITIAL_PAGE);

  const loadLibrary = useCallback(() => {
    fetchLibrary().then(
      (routines) => dispatch({ type: 'library', routines }),
      () => dispatch({ type: 'library-failed' }),
    );
  }, []);

  useEffect(() => {
    const read = readStoredPlan();
    const notices = read?.problem ? [unreadableNotice(read.problem, read.aside ?? false)] : [];
    dispatch({ type: 'opened', today: today(), record: read?.value ?? null, notices, held: read?.problem ? !read.aside : false });
    loadLibrary();
    // A page left open overnight moves "Today" on when it is looked at again.
    const onShow = () => document.visibilityState === 'visible' && dispatch({ type: 'today', today: today() });
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, [loadLibrary]);

  const plan: Plan | null = useMemo(() => (state.record && state.library ? planFrom(state.record, state.library) : null), [state.record, state.library]);
  const position = useMemo(() => (plan ? planPosition(plan, state.today) : null), [plan, state.today]);

  /** Makes the plan from the form, starting today, and stores it; false when the form has problems. */
  const submit = useCallback((): boolean => {
    const day = today();
    const problems = formProblems(state.form, day);
    if (Object.keys(problems).length > 0) {
      dispatch({ type: 'invalid', problems });
      return false;
    }
    const record = recordFromForm(state.form, day, Date.now());
    const saved = !state.held && saveStoredPlan(record);
    const remade = state.record !== null;
    const message: Message = saved
      ? { kind: 'status', text: remade ? 'Your plan is remade from today and saved in this browser.' : 'Your plan is made and saved in this browser. It starts today.' }
      : {
          kind: 'alert',
          text: state.held
            ? 'Your plan was not saved: your earlier plan could not be read and there is no room to set it aside, so it is kept rather than written over. The plan below is for this visit only; the calendar file still works.'
            : 'Your plan was not saved: this browser’s storage is full or turned off. The plan below is for this visit only, so it will be gone when you leave; the calendar file still works. Make room, then press Make my plan again to keep it.',
        };
    dispatch({ type: 'today', today: day });
    dispatch({ type: 'made', record, saved, message });
    return true;
  }, [state.form, state.held, state.record]);

  /** Writes the plan's calendar file and hands it over as a download; the iCalendar writer loads now, not before. */
  const addToCalendar = useCallback(async () => {
    if (!plan || !state.library || !state.record) return;
    dispatch({ type: 'busy', busy: true });
    try {
      const { planCalendar, calendarEventCount, CALENDAR_FILE_NAME, CALENDAR_MIME_TYPE } = await import('../../lib/plan/calendar');
      const text = planCalendar(plan, state.library, { site: import.meta.env.SITE ?? location.origin, now: Date.now(), slot: state.record.slot });
      download(CALENDAR_FILE_NAME, text, CALENDAR_MIME_TYPE);
      dispatch({
        type: 'message',
        message: { kind: 'status', text: `Downloaded ${CALENDAR_FILE_NAME}: ${calendarEventCount(plan)} sessions. Open it to add them to your calendar.` },
      });
    } catch {
      dispatch({
        type: 'message',
        message: { kind: 'alert', text: 'The calendar file could not be made: the part of the page that writes it did not load. Check your connection and try again.' },
      });
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  }, [plan, state.library, state.record]);

  return {
    state,
    plan,
    position,
    submit,
    addToCalendar,
    retryLibrary: () => {
      dispatch({ type: 'library-retry' });
      loadLibrary();
    },
    change: (action: FormAction) => dispatch({ type: 'form', action }),
    edit: () => dispatch({ type: 'edit' }),
    cancelEdit: () => dispatch({ type: 'cancel-edit' }),
  };
}
