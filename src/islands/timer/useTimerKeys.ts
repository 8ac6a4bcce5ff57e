/**
 * The timer's keys, anywhere on the page except where typing or another dialog (search)
 * needs them: Space is the big button, ← and → move between steps while a workout is live,
 * M turns the sound on or off.
 */
import { useLayoutEffect } from 'preact/hooks';

export interface TimerKeys {
  primary(): void;
  next(): void;
  previous(): void;
  sound(): void;
}

/** Which of `keys` a key press asks for, or null when it is not the timer's to answer. */
export function timerKey(e: KeyboardEvent, live: boolean): keyof TimerKeys | null {
  const target = e.target as Element;
  const other = document.querySelector('dialog[open]');
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || (other && !other.matches('.timer-floor'))) return null;
  if (target.closest?.('input, select, textarea, summary, [contenteditable]')) return null;
  // A focused button or link answers Space itself.
  if (e.key === ' ') return target.closest?.('button, a') ? null : 'primary';
  if (live && e.key === 'ArrowRight') return 'next';
  if (live && e.key === 'ArrowLeft') return 'previous';
  return e.key === 'm' || e.key === 'M' ? 'sound' : null;
}

/** Listens while `enabled`; the keys are whatever the latest render gave. */
export function useTimerKeys(enabled: boolean, live: boolean, keys: TimerKeys): void {
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const key = timerKey(e, live);
      if (!key) return;
      if (key !== 'sound') e.preventDefault();
      keys[key]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, live, keys]);
}
