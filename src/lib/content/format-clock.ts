/** Time as the running timer shows it: the big clock and the elapsed and remaining times. */

/** Remaining time as the timer shows it: whole seconds rounded up, `m:ss` (`mm:ss` past ten minutes). */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * The big clock: bare seconds under a minute ("27"), `m:ss` above it ("1:05"), whole seconds
 * rounded up so "1" is the last second shown.
 */
export function formatSeconds(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return total < 60 ? String(total) : `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The workout's time left on the floor view: whole minutes rounded up ("7 min"), so it never
 * reads less than is left. The step's clock counts the seconds; this line changes once a minute,
 * so a running workout draws one changing number a second, not three (npm run bench, workout CPU).
 */
export function formatMinutesLeft(ms: number): string {
  return `${Math.max(0, Math.ceil(ms / 60_000))} min`;
}
