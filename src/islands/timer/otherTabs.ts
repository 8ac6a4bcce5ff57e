/**
 * Other tabs and windows with this routine's timer open, told apart over a BroadcastChannel
 * (same origin only; nothing leaves the browser). A tab whose workout runs says so when it
 * starts, when another tab asks, and when it stops or closes; a tab that opens asks. Loaded
 * with the workout's views: a running tab has them, and so has one with an unfinished workout
 * to offer, which is when a second tab must know that the workout runs elsewhere.
 */
type Said = { t: 'ask' | 'live' | 'idle'; routineId: string };

/** Listens for this routine's workout in other tabs; `onOther(running)` hears each change. Returns the clean-up. */
export function watchOtherTabs(routineId: string, live: boolean, onOther: (running: boolean) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel('corestride:timer');
  const say = (t: Said['t']) => channel.postMessage({ t, routineId } satisfies Said);
  channel.onmessage = ({ data }: MessageEvent<Said>) => {
    if (data?.routineId !== routineId) return;
    if (data.t === 'ask') {
      if (live) say('live');
      return;
    }
    onOther(data.t === 'live');
    // One tab stopped: any other still running says so again.
    if (data.t === 'idle') say('ask');
  };
  say(live ? 'live' : 'ask');
  const stop = () => {
    if (live) say('idle');
  };
  addEventListener('pagehide', stop);
  return () => {
    stop();
    removeEventListener('pagehide', stop);
    channel.close();
  };
}
