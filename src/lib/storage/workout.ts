/**
 * One logged workout: its record, which the timer writes and the log reads back (./log.ts).
 * A module of its own so that neither page ships the other's code: a bundler places a whole
 * module in one chunk.
 */
import { stamp } from './read';

/**
 * One finished (or abandoned after halfway) workout, for the log.
 * `startedAt`/`finishedAt` are ms since epoch; `activeMs` excludes pauses.
 */
export interface WorkoutRecord {
  /** `<routine>-<startedAt>` (workoutId), also the end of its key. */
  id: string;
  routineId: string;
  routineTitle: string;
  startedAt: number;
  finishedAt: number;
  activeMs: number;
  /** Exercise steps done (work, hold and reps segments reached). */
  steps: number;
  rounds: number;
  completed: boolean;
}

export const writeWorkout: (record: WorkoutRecord) => string = stamp;
