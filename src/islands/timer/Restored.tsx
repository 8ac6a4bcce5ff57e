/**
 * Notices for the few: an unfinished workout to carry on, saved data that could not be read,
 * a browser that cannot keep the screen awake. Rare, so these travel with the workout's views
 * (./WorkoutView.tsx re-exports them), which the island loads at the first touch, at Start, or
 * when opening the page found something to say.
 */
import { exportFileName, exportLog } from '../../lib/storage/log-file';
import type { SavedSession } from '../../lib/storage/timer';
import type { WorkoutRecord } from '../../lib/storage/workout';
import { download } from '../download';
import type { Plan } from '../../lib/timer/plan';
import { ReadyFloor } from './ReadyFloor';
import type { NotSaved, SavedWorkout } from './useSavedWorkout';

/**
 * Everything the timer has to say above the routine, in order: saved data it could not read,
 * what it could not save, finished workouts the log could not take, a workout running in another
 * tab, and the unfinished workout on offer (never while the other tab runs it). Opened at
 * `#start` (the Today card's Start), the floor view ready to start or resume (./ReadyFloor.tsx).
 */
export function Notices({
  saved,
  offer,
  live,
  ended,
  onResume,
  plan,
  figures,
  onStart,
}: {
  saved: SavedWorkout;
  offer: SavedSession | null;
  live: boolean;
  ended: boolean;
  onResume(): void;
  plan: Plan;
  figures: Record<string, string>;
  onStart(): void;
}) {
  return (
    <>
      <ReadyFloor plan={plan} figures={figures} offer={offer} busy={live || ended || saved.elsewhere} onStart={onStart} onResume={onResume} onDiscard={saved.discard} />
      {saved.notices.map((n) => (
        <Notice unreadable={n} />
      ))}
      {saved.failed.map((what) => (live || what !== 'session') && <NotSavedNotice what={what} />)}
      {!ended && saved.unsaved.length > 0 && <UnsavedWorkouts records={saved.unsaved} />}
      {saved.elsewhere && <Elsewhere />}
      {offer && !saved.elsewhere && <Offer offer={offer} onResume={onResume} onDiscard={saved.discard} />}
    </>
  );
}

/** What the timer reads on opening, as a notice names it, and what it does instead when it cannot. */
const READS = {
  prefs: ['sound and voice settings', 'the defaults are back'],
  settings: ['saved timings for this routine', "the routine's own are back"],
  session: ['unfinished workout', 'the timer starts afresh'],
};

/**
 * Saved data that could not be read: which, why, and whether the store set it aside (false:
 * storage had no room for the copy, so it was left where it was).
 */
export type Unreadable = [which: keyof typeof READS, why: string, aside?: boolean];

export function Notice({ unreadable: [which, why, aside] }: { unreadable: Unreadable }) {
  const [what, instead] = READS[which];
  return (
    <p role="status" class="timer-notice">
      Your {what} could not be read ({why}), so {instead}.{' '}
      {aside
        ? 'It was set aside, not deleted.'
        : 'It was left where it was, not deleted: storage is too full to set a copy aside, so until there is room this shows on each visit and changes to it are not saved.'}
    </p>
  );
}

/** Told instead of an offer to resume: this routine's workout is running in another tab or window. */
export function Elsewhere() {
  return (
    <p role="status" class="timer-notice">
      A workout of this routine is running in another tab or window. It carries on there, and nothing here stops or clears it; a workout started here is not kept for a reload while that one runs.
    </p>
  );
}

export function Offer({ offer, onResume, onDiscard }: { offer: SavedSession; onResume(): void; onDiscard(): void }) {
  return (
    <div class="timer-offer" role="group" aria-label="Unfinished workout">
      <p>You have an unfinished workout from {new Date(offer.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}. Carry on where you left off?</p>
      <div class="timer-offer-actions">
        <button type="button" class="btn btn-primary" onClick={onResume}>
          Resume workout
        </button>
        <button type="button" class="btn btn-secondary" onClick={onDiscard}>
          Start fresh
        </button>
      </div>
    </div>
  );
}

/** Shown where the Screen Wake Lock API is missing, once the runner reaches for the timer. */
export function NoWakeLock() {
  return <p class="text-sm muted mt-2">This browser cannot keep the screen awake: turn off auto-lock for the workout.</p>;
}

/** What could not be saved, as a notice names it, and what that means for the runner. */
const NOT_SAVED: Record<NotSaved, string> = {
  prefs: 'Your sound and voice settings could not be saved: this browser’s storage is full or turned off. They apply until you leave this page.',
  settings: 'Your timings for this routine could not be saved: this browser’s storage is full or turned off. They apply until you leave this page.',
  session: 'This workout cannot be kept for resuming: this browser’s storage is full or turned off, so if the page is closed or reloaded, it is lost.',
};

export function NotSavedNotice({ what }: { what: NotSaved }) {
  return (
    <p role="alert" class="timer-notice">
      {NOT_SAVED[what]}
    </p>
  );
}

/**
 * Workouts the log could not take (storage full or turned off): said plainly, kept on the page,
 * and offered as a file the log's import takes (/log/, Import a log file).
 */
export function UnsavedWorkouts({ records }: { records: WorkoutRecord[] }) {
  const one = records.length === 1;
  return (
    <div role="alert" class="timer-notice timer-unsaved">
      <p>
        <strong>{one ? 'This workout was not saved' : `${records.length} workouts were not saved`}</strong>: this browser’s storage is full or turned off, so {one ? 'it is' : 'they are'} not in your log.
        {one ? ' It is' : ' They are'} kept on this page until you leave it. Download {one ? 'it' : 'them'}, then import the file on your log page once there is room.
      </p>
      <button
        type="button"
        class="btn btn-primary"
        onClick={() => {
          const t = Date.now();
          download(exportFileName(t).replace('-log-', '-workout-'), exportLog(records, t));
        }}
      >
        {one ? 'Download this workout' : 'Download these workouts'}
      </button>
    </div>
  );
}
