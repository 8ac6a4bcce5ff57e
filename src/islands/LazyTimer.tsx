/**
 * The circuit timer as the routine builder shows it: loaded when a timer is first needed (a
 * link's preview, or a routine with a step), so the builder's page ships none of the timer's
 * code before then. Until it arrives, a stand-in drawn like the timer before Start
 * (./timer/Ready.tsx and ../CircuitTimer.tsx): the first exercise, Start, the cue toggles
 * (disabled) and the folded settings, so nothing on the page moves when the timer takes its place.
 *
 * The stand-in repeats that markup rather than importing the timer's own ReadyFace and Toggles:
 * sharing them with the builder would move them out of the timer's chunk into the one both load
 * (CHUNKS in astro.config.mjs), about 150 bytes gzip more on every routine page, whose 15 KB
 * budget has less than that to spare. e2e/builder.spec.ts checks the stand-in and the timer.
 */
import type { ComponentProps } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { DEFAULT_PREFS } from '../lib/storage/timer';

type Timer = typeof import('./CircuitTimer').default;
type Props = ComponentProps<Timer>;

/** The timer once loaded: later timers (another routine, another preview) draw at once. */
let loaded: Timer | undefined;
let loading: Promise<Timer> | undefined;
function loadTimer(): Promise<Timer> {
  loading ??= import('./timer/lazy').then(
    (m) => (loaded = m.default),
    (e: unknown) => {
      // Offline on a page the offline worker has not saved yet: the next timer asks again.
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

export default function LazyTimer(props: Props) {
  const [Timer, setTimer] = useState(() => loaded);
  const [failed, setFailed] = useState(false);
  useLayoutEffect(() => {
    if (Timer) return;
    let current = true;
    loadTimer().then(
      (T) => current && setTimer(() => T),
      () => current && setFailed(true),
    );
    return () => void (current = false);
  }, [Timer]);
  if (Timer) return <Timer {...props} />;
  return <Loading {...props} failed={failed} />;
}

/** The cue toggles' words, as ./timer/Ready.tsx has them; their state before any is stored. */
const CUES: [keyof typeof DEFAULT_PREFS, string][] = [
  ['sound', 'Sound'],
  ['voice', 'Voice'],
  ['vibrate', 'Vibration'],
];

function Loading({ input, figures = {}, failed }: Props & { failed: boolean }) {
  const first = input.steps[0];
  const figure = first && figures[first.exercise];
  return (
    <div class="circuit-timer" aria-busy="true">
      {failed && (
        <p class="timer-notice" role="alert">
          The timer could not load: check your connection, then reload the page.
        </p>
      )}
      <div class="timer-face" data-phase="idle">
        <p class="timer-meta">
          <span>{failed ? 'Timer not loaded' : 'The timer is loading…'}</span>
        </p>
        <div class="timer-main">
          {figure && <div class="timer-figure" aria-hidden="true" dangerouslySetInnerHTML={{ __html: figure }} />}
          <div class="min-w-0">
            <p class="timer-phase">First up</p>
            <h3 class="timer-step">{first?.exerciseName ?? input.title}</h3>
          </div>
        </div>
      </div>
      <div class="timer-controls">
        <button type="button" class="btn btn-primary timer-primary" disabled>
          Start
        </button>
      </div>
      <div class="timer-toggles" role="group" aria-label="Cues">
        {CUES.map(([key, label]) => (
          <button key={key} type="button" class="btn btn-secondary timer-toggle" aria-pressed={DEFAULT_PREFS[key]} disabled>
            <span aria-hidden="true" class="timer-toggle-dot" />
            {label}
          </button>
        ))}
      </div>
      <details class="timer-settings">
        <summary>Adjust timing</summary>
      </details>
    </div>
  );
}
