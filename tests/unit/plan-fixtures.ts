/** A routine library like the site's, and random settings, for the plan's tests (the planner never reads content itself). */
import fc from 'fast-check';
import { addDays, WEEKDAYS, type Weekday } from '../../src/lib/plan/dates';
import { DAY_MINUTES, type LibraryRoutine, type PlanSettings, RUNNER_KIT, STARTING_POINTS } from '../../src/lib/plan/model';

export const LIBRARY: LibraryRoutine[] = [
  { id: 'core-basics', title: 'Core basics', kind: 'core', level: 'beginner', needs: [], minutes: 9.8 },
  { id: 'seven-minute-core', title: 'Seven-minute core', kind: 'core', level: 'beginner', needs: [], minutes: 8.6 },
  { id: 'after-your-run', title: 'After your run', kind: 'core', level: 'beginner', needs: [], minutes: 6 },
  { id: 'mcgill-big-three', title: 'McGill big three', kind: 'core', level: 'beginner', needs: [], minutes: 11 },
  { id: 'back-and-core-circuit', title: 'Back and core circuit', kind: 'core', level: 'intermediate', needs: ['stability-ball'], minutes: 17.7 },
  { id: 'stability-ball-back-strength', title: 'Stability ball back strength', kind: 'core', level: 'intermediate', needs: ['stability-ball'], minutes: 27.3 },
  { id: 'gentle-back-mobility', title: 'Gentle back mobility', kind: 'mobility', level: 'beginner', needs: [], minutes: 8.4 },
  { id: 'runner-strength-day', title: 'Runner strength day', kind: 'strength', level: 'beginner', needs: [], minutes: 17.3 },
  { id: 'strength-day-two', title: 'Strength day two', kind: 'strength', level: 'intermediate', needs: ['dumbbells-or-kettlebell'], minutes: 24 },
  { id: 'plyometrics-primer', title: 'Plyometrics primer', kind: 'strength', level: 'intermediate', needs: [], minutes: 8 },
  { id: 'in-season-maintenance', title: 'In-season maintenance', kind: 'strength', level: 'beginner', needs: [], minutes: 14 },
];

/** Random settings: any running week, any start, a race from before the plan to after it, or none. */
export const settingsArb: fc.Arbitrary<PlanSettings> = fc
  .record({
    runDays: fc.subarray([...WEEKDAYS]),
    minutes: fc.constantFrom(...DAY_MINUTES),
    start: fc.constantFrom(...STARTING_POINTS),
    kit: fc.subarray([...RUNNER_KIT]),
    startOffset: fc.integer({ min: 0, max: 365 * 12 }),
    raceOffset: fc.option(fc.integer({ min: -20, max: 100 }), { nil: null }),
    longPick: fc.nat(),
    hardMask: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    withLong: fc.boolean(),
  })
  .map(({ runDays, minutes, start, kit, startOffset, raceOffset, longPick, hardMask, withLong }) => {
    const startDate = addDays('2024-01-01', startOffset);
    const longRunDay = withLong && runDays.length ? (runDays[longPick % runDays.length] as Weekday) : null;
    return {
      runDays,
      longRunDay,
      hardDays: runDays.filter((d, i) => hardMask[i] && d !== longRunDay),
      minutes,
      start,
      kit,
      startDate,
      raceDate: raceOffset === null ? null : addDays(startDate, raceOffset),
    };
  });

