/**
 * Notices for the few: an unfinished workout to carry on, saved data that could not be read,
 * a browser that cannot keep the screen awake. Rare, so these travel with the workout's views
 * (./WorkoutView.tsx re-exports them), which the island loads at the first touch, at Start, or
 * when opening the page found something to say.
 */
import type { SavedSession } from '../../lib/storage/timer';

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
