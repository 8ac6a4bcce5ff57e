/**
 * The timer's views before a workout starts, rendered at build time and hydrated with the
 * island (unlike ./WorkoutView.tsx, which waits for the first touch): the first step and the
 * cue toggles. No state of their own.
 */
import type { ComponentChildren } from 'preact';
import { formatDuration } from '../../lib/content/format';
import type { Plan } from '../../lib/timer/plan';
import type { TimerPrefs } from '../../lib/storage/timer';
import { upNext } from '../../lib/timer/view';

/** The idle face: how long, how many steps, and the first exercise. */
export function ReadyFace({ plan, steps, plannedMs, figures }: { plan: Plan; steps: number; plannedMs: number; figures: Record<string, string> }) {
  const first = upNext(plan, -1);
  const figure = first?.exerciseId ? figures[first.exerciseId] : undefined;
  return (
    <div class="timer-face" data-phase="idle">
      <p class="timer-meta">
        <span>
          {steps} steps · {plan.rounds} round{plan.rounds === 1 ? '' : 's'}
        </span>
        <span>{formatDuration(plannedMs)} in all</span>
      </p>
      <div class="timer-main">
        {figure && <div class="timer-figure" aria-hidden="true" dangerouslySetInnerHTML={{ __html: figure }} />}
        <div class="min-w-0">
          <p class="timer-phase">First up</p>
          <h3 class="timer-step">{first?.exerciseName ?? plan.title}</h3>
        </div>
      </div>
    </div>
  );
}

const TOGGLES: [keyof TimerPrefs, string, string?][] = [
  ['sound', 'Sound', 'M'],
  ['voice', 'Voice'],
  ['vibrate', 'Vibration'],
];

/** Sound, voice and vibration, as toggle buttons; `children` go in the same row. */
export function Toggles({ prefs, onToggle, disabled, children }: { prefs: TimerPrefs; onToggle(key: keyof TimerPrefs): void; disabled: boolean; children?: ComponentChildren }) {
  return (
    <div class="timer-toggles" role="group" aria-label="Cues">
      {TOGGLES.map(([key, label, shortcut]) => (
        <button type="button" class="btn btn-secondary timer-toggle" aria-pressed={prefs[key]} onClick={() => onToggle(key)} disabled={disabled} aria-keyshortcuts={shortcut}>
          <span aria-hidden="true" class="timer-toggle-dot" />
          {label}
        </button>
      ))}
      {children}
    </div>
  );
}
