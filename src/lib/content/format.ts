/**
 * Words and numbers as a runner reads them: doses and durations. A step's prescription
 * (./format-step.ts) and the running timer's clock faces (./format-clock.ts) live apart and are
 * imported from there, not re-exported here: a re-export would make them part of this module
 * wherever it goes, and it goes into the chunk every routine page and the builder load
 * (timer-plan in astro.config.mjs).
 */
import type { Sides } from '../routine/model';
import type { Dose } from '../routine/schema';

export function formatDose(dose: Dose, sides: Sides): string {
  const perSide = sides === 'each-side' ? ' each side' : '';
  switch (dose.kind) {
    case 'reps':
      return `${dose.sets} × ${dose.reps} reps${perSide}`;
    case 'hold':
      return `${dose.reps} × ${dose.holdSeconds} s holds${perSide}`;
    case 'timed':
      return `${dose.sets > 1 ? `${dose.sets} × ` : ''}${dose.seconds} s${perSide}`;
  }
}

/** "7 min", "1 h 5 min", "45 s"; rounded to the nearest minute past two minutes. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  const min = Math.round(s / 60);
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${min % 60} min`;
}
