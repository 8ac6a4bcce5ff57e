/** Words and numbers as a runner reads them: doses, step prescriptions, clock times, durations. */
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

// A step's prescription lives apart too, so the builder's preview can show it without the routine page's timer shipping it.
export { formatStep } from './format-step';

// The timer's clock faces live apart, so a routine page ships them only with a running workout's views.
export { formatClock, formatSeconds } from './format-clock';

/** "7 min", "1 h 5 min", "45 s"; rounded to the nearest minute past two minutes. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  const min = Math.round(s / 60);
  return min < 60 ? `${min} min` : `${Math.floor(min / 60)} h ${min % 60} min`;
}
