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
  'hip-flexors',
  'hamstrings',
  'quads',
  'upper-back',
  'shoulders',
  'arms',
] as const;
export type Muscle = (typeof MUSCLES)[number];

export const MUSCLE_LABELS: Record<Muscle, string> = {
  abs: 'Abs',
  obliques: 'Obliques',
  'deep-core': 'Deep core',
  'lower-back': 'Lower back',
  glutes: 'Glutes',
  'hip-abductors': 'Outer hips',
  'hip-flexors': 'Hip flexors',
  hamstrings: 'Hamstrings',
  quads: 'Quads',
  'upper-back': 'Upper back',
  shoulders: 'Shoulders',
  arms: 'Arms',
};

/** Kit an exercise needs. `none` stands alone; a mat is comfort, not equipment. */
export const EQUIPMENT = ['none', 'mat', 'stability-ball', 'kettlebell', 'dumbbell'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  none: 'No equipment',
  mat: 'Mat',
  'stability-ball': 'Stability ball',
  kettlebell: 'Kettlebell',
  dumbbell: 'Dumbbell',
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
