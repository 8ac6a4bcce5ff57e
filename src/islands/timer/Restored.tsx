/**
 * What opening the page found in storage, when there is something to say: an unfinished
 * workout to carry on, or saved data that could not be read. Rare, so these travel with the
 * workout's views (./WorkoutView.tsx re-exports them), which the island loads when needed.
 */
import type { SavedSession } from '../../lib/storage/timer';

/**
 * Saved data that could not be read: what, why, what happens instead, and whether the store set
 * it aside (false: storage had no room for the copy, so it was left where it was).
 */
export type Unreadable = [what: string, why: string, instead: string, aside?: boolean];

export function Notice({ unreadable: [what, why, instead, aside] }: { unreadable: Unreadable }) {
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
