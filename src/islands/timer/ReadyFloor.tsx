/**
 * The floor view, ready: what the Today card's Start opens (`/routines/<id>/#start`). Browsers
 * let a page play sound and speak only after a tap on that page, so the card cannot start the
 * workout for the runner; it brings them here, to one big Start (or Resume, with a workout to
 * carry on), and that tap starts the workout, its sound and its voice, full screen. Loaded with
 * the workout's views (./WorkoutView.tsx), which the island fetches when the address asks for it.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { formatDuration } from '../../lib/content/format';
import { totalMs, type Plan } from '../../lib/timer/plan';
import type { SavedSession } from '../../lib/storage/timer';
import { stepNumbers, upNext } from '../../lib/timer/view';

/** The address that opens it. */
export const READY_HASH = '#start';

interface ReadyFloorProps {
  plan: Plan;
  figures: Record<string, string>;
  /** An unfinished workout of this routine: Resume is the big button, Start fresh the other. */
  offer: SavedSession | null;
  /** A workout is under way or has ended on this page, or runs in another tab: nothing to get ready. */
  busy: boolean;
  onStart(): void;
  onResume(): void;
  onDiscard(): void;
}

/** Leaves the address as the routine's own, so a reload or a shared link does not open this again. */
const forget = () => location.hash === READY_HASH && history.replaceState(history.state, '', location.pathname + location.search);

export function ReadyFloor({ plan, figures, offer, busy, onStart, onResume, onDiscard }: ReadyFloorProps) {
  const [open, setOpen] = useState(() => location.hash === READY_HASH);
  // Started some other way (Space, the page's own button): this view has done its job.
  useLayoutEffect(() => {
    if (busy && open) {
      forget();
      setOpen(false);
    }
  }, [busy, open]);
  if (!open || busy) return null;
  const close = (then?: () => void) => () => {
    forget();
    setOpen(false);
    then?.();
  };
  const first = upNext(plan, -1);
  const figure = first?.exerciseId ? figures[first.exerciseId] : undefined;
  const steps = stepNumbers(plan).total;
  return (
    <dialog ref={(d) => void (d && !d.open && d.showModal())} class="timer-floor timer-ready" aria-labelledby="timer-ready-title" data-phase="idle" onClose={close()}>
      <button type="button" class="btn btn-secondary timer-exit" onClick={close()}>
        Not now
      </button>
      <h2 id="timer-ready-title" class="timer-ready-title">
        {plan.title}
      </h2>
      <p class="timer-ready-meta">
        {formatDuration(totalMs(plan))} · {steps} steps · {plan.rounds} round{plan.rounds === 1 ? '' : 's'}
      </p>
      {figure && <div class="timer-ready-figure" aria-hidden="true" dangerouslySetInnerHTML={{ __html: figure }} />}
      {first && <p class="timer-ready-first">First up: {first.exerciseName}</p>}
      <div class="timer-ready-actions">
        {offer ? (
          <>
            <button type="button" class="btn btn-primary timer-ready-go" onClick={close(onResume)} autoFocus>
              Resume workout
            </button>
            <button type="button" class="btn btn-secondary" onClick={onDiscard}>
              Start fresh
            </button>
          </>
        ) : (
          <button type="button" class="btn btn-primary timer-ready-go" onClick={close(onStart)} autoFocus>
            Start
          </button>
        )}
      </div>
      <p class="timer-hint">{offer ? 'You stopped part way through. Carry on where you left off?' : 'Sound and voice come on with this tap. Put the phone where you can see it from the floor.'}</p>
    </dialog>
  );
}
