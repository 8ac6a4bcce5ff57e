/**
 * Named poses an exercise's frontmatter can use for its figure (start and end), and the
 * props that can be drawn with them. The geometry for each name lives in ./library.ts (every name
 * here must have an entry there; tests/unit/figure.test.ts checks it), drawn by ./render.ts.
 */
export const POSE_NAMES = [
  'stand',
  'split-stance-hinge',
  'split-stance-row',
  'hinge-top',
  'hinge-bottom',
  'squat-bottom',
  'lunge-bottom',
  'hook-lying',
  'bridge-up',
  'single-leg-bridge-down',
  'single-leg-bridge-up',
  'bridge-march',
  'kneeling-plank',
  'plank',
  'side-lying-forearm',
  'side-plank',
  'v-sit-twist-left',
  'v-sit-twist-right',
  'ball-bridge-arms-up',
  'ball-bridge-twist',
  'all-fours',
  'bird-dog',
  'ball-extension-down',
  'ball-extension-up',
  'clamshell-closed',
  'clamshell-open',
  'ball-plank',
  'ball-pike',
  'ball-plank-shins',
  'ball-tuck',
  'ball-prone-legs-down',
  'ball-prone-legs-up',
  'prone',
  'locust',
  'supine',
  'knee-to-chest',
  'hip-roll',
  'pelvic-lift',
  'hook-lying-arms-crossed',
] as const;
export type PoseName = (typeof POSE_NAMES)[number];

export const PROPS = ['mat', 'stability-ball', 'kettlebell', 'dumbbell'] as const;
export type Prop = (typeof PROPS)[number];
