/**
 * The workout on the lock screen and in the notification shade: the Media Session API's
 * metadata (the routine, what the runner is doing or about to, the time left) and its play,
 * pause, next and previous buttons. Browsers show a session only while the page plays a media
 * element (senses.ts, holdPlayback); where there is no Media Session API this does nothing.
 * Layout effects, like the timer's own: a hidden page draws no frames, yet its lock screen must follow.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface LockScreenState {
  /** The routine's title: the "artist" line. */
  routine: string;
  /** What the runner is doing, or at a changeover what comes next: the title line. */
  title: string;
  /** "Step 3 of 12 · 6:12 left": the "album" line, written at each change of step. */
  detail: string;
  playing: boolean;
  /** The workout's active time so far and its expected length, for the lock screen's progress bar. */
  elapsedMs: number;
  totalMs: number;
  /** Changes with each step: the position is set again then (it runs on by itself in between). */
  step: number;
}

export interface LockScreenActions {
  play(): void;
  pause(): void;
  next(): void;
  previous(): void;
}

const ACTIONS = ['play', 'pause', 'nexttrack', 'previoustrack'] as const;
/** Read in each effect, never in render (the session is the browser's, changed only from effects). */
const mediaSession = (): MediaSession | undefined => (typeof navigator === 'undefined' ? undefined : navigator.mediaSession);
const ARTWORK = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
];

export function useMediaSession(state: LockScreenState | null, actions: LockScreenActions): void {
  const latestRef = useRef(actions);
  useLayoutEffect(() => {
    latestRef.current = actions;
  });
  const { title, routine, detail, playing, step, totalMs, elapsedMs } = state ?? {};

  // The buttons, for as long as the workout is under way.
  useLayoutEffect(() => {
    const session = mediaSession();
    if (!session) return;
    const set = (action: (typeof ACTIONS)[number], handler: (() => void) | null) => {
      try {
        session.setActionHandler(action, handler);
      } catch {
        // an action this browser does not know
      }
    };
    set('play', () => latestRef.current.play());
    set('pause', () => latestRef.current.pause());
    set('nexttrack', () => latestRef.current.next());
    set('previoustrack', () => latestRef.current.previous());
    return () => {
      for (const action of ACTIONS) set(action, null);
      session.metadata = null;
      session.playbackState = 'none';
    };
  }, []);

  // The words: once per step, never every second.
  useLayoutEffect(() => {
    const session = mediaSession();
    if (!session || title === undefined || typeof MediaMetadata === 'undefined') return;
    session.metadata = new MediaMetadata({ title, artist: routine, album: detail, artwork: ARTWORK });
  }, [title, routine, detail]);

  // Playing or paused, and where the workout is: the lock screen counts the time left on from there.
  // The position is read when the step, the total or playing changes, not every second: it runs on by itself.
  const positionRef = useRef(elapsedMs);
  useLayoutEffect(() => {
    positionRef.current = elapsedMs;
  });
  useLayoutEffect(() => {
    const session = mediaSession();
    if (!session || playing === undefined || totalMs === undefined) return;
    session.playbackState = playing ? 'playing' : 'paused';
    try {
      const duration = Math.max(1, totalMs / 1000);
      session.setPositionState?.({ duration, position: Math.min(duration, (positionRef.current ?? 0) / 1000), playbackRate: 1 });
    } catch {
      // a position this browser refuses: the bar is left as it was
    }
  }, [playing, step, totalMs]);
}
