/**
 * The fixed vocabularies the content schemas draw from. Adding a value here is the
 * one place to do it: schemas, labels, filters and browse pages all follow.
 */

export const MUSCLES = [
  'abs',
  'obliques',
  'deep-core',
  'lower-back',
  'glutes',
  'hip-abductors',
  'adductors',
  'hip-flexors',
  'hamstrings',
  'quads',
  'upper-back',
  'shoulders',
  'arms',
  'calves',
] as const;
export type Muscle = (typeof MUSCLES)[number];

export const MUSCLE_LABELS: Record<Muscle, string> = {
  abs: 'Abs',
  obliques: 'Obliques',
  'deep-core': 'Deep core',
  'lower-back': 'Lower back',
  glutes: 'Glutes',
  'hip-abductors': 'Outer hips',
  adductors: 'Inner thighs',
  'hip-flexors': 'Hip flexors',
  hamstrings: 'Hamstrings',
  quads: 'Quads',
  'upper-back': 'Upper back',
  shoulders: 'Shoulders',
  arms: 'Arms',
  calves: 'Calves',
};

/** Kit an exercise needs. `none` stands alone; a mat is comfort, not equipment. */
export const EQUIPMENT = ['none', 'mat', 'stability-ball', 'kettlebell', 'dumbbell', 'step', 'band'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  none: 'No equipment',
  mat: 'Mat',
  'stability-ball': 'Stability ball',
  kettlebell: 'Kettlebell',
  dumbbell: 'Dumbbell',
  step: 'Step or bench',
  band: 'Resistance band',
};

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

/** Equipment beyond a mat: what a runner has to go and fetch. */
export function kitNeeded(equipment: readonly Equipment[]): Equipment[] {
  return equipment.filter((e) => e !== 'none' && e !== 'mat');
}

/** What a routine is for, as plans and the log count it: plyometrics count as strength. */
export const ROUTINE_KINDS = ['core', 'strength', 'mobility'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];
