/** A routine library like the site's, for the planner's tests (the planner never reads content itself). */
import type { LibraryRoutine } from '../../src/lib/plan/model';

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
