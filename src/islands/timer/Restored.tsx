/**
 * What opening the page found in storage, when there is something to say: an unfinished
 * workout to carry on, or saved data that could not be read. Rare, so these travel with the
 * workout's views (./WorkoutView.tsx re-exports them), which the island loads when needed.
 */
import type { SavedSession } from '../../lib/storage/timer';

/** Saved data that could not be read (set aside by the store): what, why, and what happens instead. */
export type Unreadable = [what: string, why: string, instead: string];

export function Notice({ unreadable: [what, why, instead] }: { unreadable: Unreadable }) {
  return (
    <p role="status" class="timer-notice">
      Your {what} could not be read ({why}), so {instead}. It was set aside, not deleted.
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
