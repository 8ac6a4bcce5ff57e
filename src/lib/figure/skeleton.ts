/**
 * The figure's skeleton: fixed segment lengths (centimetres, for a runner about 175 cm tall),
 * forward kinematics from a root position and segment angles to joint points, two-link reach
 * for arms and legs, and placing the figure on the floor or a stability ball.
 *
 * World frame: x forward (right on the page in the usual side view), y up (floor at y = 0),
 * z towards the viewer. A figure facing +x with its head up has its right side towards +z.
 * Pure: no DOM, no Astro.
 */

export type Vec3 = readonly [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const mul = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return l < 1e-9 ? [1, 0, 0] : mul(a, 1 / l);
};
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Unit direction from a pitch in the side-view plane (0 forward, 90 up, -90 down, 180 back) and a tilt `out` towards +z. */
export const dir = (pitch: number, out = 0): Vec3 => {
  const p = rad(pitch);
  const o = rad(out);
  return [Math.cos(p) * Math.cos(o), Math.sin(p) * Math.cos(o), Math.sin(o)];
};

/** Rotates v about a (unit or not) axis by deg degrees, right-handed. */
export const rotateAbout = (v: Vec3, axis: Vec3, deg: number): Vec3 => {
  const k = normalize(axis);
  const c = Math.cos(rad(deg));
  const s = Math.sin(rad(deg));
  return add(add(mul(v, c), mul(cross(k, v), s)), mul(k, dot(k, v) * (1 - c)));
};

/** Joints, in forward-kinematics order. */
export const JOINTS = [
  'pelvis',
  'waist',
  'neck',
  'head',
  'shoulderR',
  'elbowR',
  'wristR',
  'fingersR',
  'shoulderL',
  'elbowL',
  'wristL',
  'fingersL',
  'hipR',
  'kneeR',
  'ankleR',
  'toeR',
  'hipL',
  'kneeL',
  'ankleL',
  'toeL',
] as const;
export type Joint = (typeof JOINTS)[number];

export interface Bone {
  readonly from: Joint;
  readonly to: Joint;
  /** Length in cm; the same in every pose. */
  readonly length: number;
  /** Half the drawn thickness, used to keep the drawn limb above the floor and off the ball. */
  readonly radius: number;
}

/** Drawn thickness (radius) of each body part. */
export const RADIUS = { torso: 6.5, head: 11, arm: 3, leg: 4 } as const;

/** Every segment of the skeleton, parents before children. */
export const BONES = {
  lowerBack: { from: 'pelvis', to: 'waist', length: 22, radius: RADIUS.torso },
  upperBack: { from: 'waist', to: 'neck', length: 28, radius: RADIUS.torso },
  neck: { from: 'neck', to: 'head', length: 16, radius: 5 },
  shoulderR: { from: 'neck', to: 'shoulderR', length: 17, radius: RADIUS.arm },
  upperArmR: { from: 'shoulderR', to: 'elbowR', length: 29, radius: RADIUS.arm },
  forearmR: { from: 'elbowR', to: 'wristR', length: 26, radius: RADIUS.arm },
  handR: { from: 'wristR', to: 'fingersR', length: 8, radius: RADIUS.arm },
  shoulderL: { from: 'neck', to: 'shoulderL', length: 17, radius: RADIUS.arm },
  upperArmL: { from: 'shoulderL', to: 'elbowL', length: 29, radius: RADIUS.arm },
  forearmL: { from: 'elbowL', to: 'wristL', length: 26, radius: RADIUS.arm },
  handL: { from: 'wristL', to: 'fingersL', length: 8, radius: RADIUS.arm },
  hipR: { from: 'pelvis', to: 'hipR', length: 9, radius: RADIUS.leg },
  thighR: { from: 'hipR', to: 'kneeR', length: 44, radius: RADIUS.leg },
  shinR: { from: 'kneeR', to: 'ankleR', length: 43, radius: RADIUS.leg },
  footR: { from: 'ankleR', to: 'toeR', length: 17, radius: RADIUS.leg },
  hipL: { from: 'pelvis', to: 'hipL', length: 9, radius: RADIUS.leg },
  thighL: { from: 'hipL', to: 'kneeL', length: 44, radius: RADIUS.leg },
  shinL: { from: 'kneeL', to: 'ankleL', length: 43, radius: RADIUS.leg },
  footL: { from: 'ankleL', to: 'toeL', length: 17, radius: RADIUS.leg },
} as const satisfies Record<string, Bone>;
export type BoneName = keyof typeof BONES;
export const BONE_NAMES = Object.keys(BONES) as BoneName[];

/** Radius of each joint as drawn (the thickest part meeting there). */
export const JOINT_RADIUS: Record<Joint, number> = {
  pelvis: RADIUS.torso,
  waist: RADIUS.torso,
  neck: RADIUS.torso,
  head: RADIUS.head,
  shoulderR: RADIUS.arm,
  elbowR: RADIUS.arm,
  wristR: RADIUS.arm,
  fingersR: RADIUS.arm,
  shoulderL: RADIUS.arm,
  elbowL: RADIUS.arm,
  wristL: RADIUS.arm,
  fingersL: RADIUS.arm,
  hipR: RADIUS.leg,
  kneeR: RADIUS.leg,
  ankleR: RADIUS.leg,
  toeR: RADIUS.leg,
  hipL: RADIUS.leg,
  kneeL: RADIUS.leg,
  ankleL: RADIUS.leg,
  toeL: RADIUS.leg,
};

/** Stability ball (65 cm) and hand weights, to the same scale as the figure. */
export const BALL_RADIUS = 32.5;
export const KETTLEBELL = { radius: 9, drop: 15 } as const;
export const DUMBBELL = { length: 26, plate: 11 } as const;
/**
 * A step, box or bench, fixed in the world: its top `height` above the floor, running from `x0` to
 * `x1` (the near edge, where a figure facing +x steps up, at x = 0), `width` across.
 */
export const STEP = { height: 30, x0: 0, x1: 40, width: 50 } as const;

/**
 * A pose as joint angles: where the root (pelvis) is, and the direction each segment points,
 * as a unit vector (angles in the world frame). Forward kinematics turns it into joint points.
 */
export interface PoseAngles {
  readonly root: Vec3;
  readonly dirs: Readonly<Record<BoneName, Vec3>>;
}

export type Joints = Readonly<Record<Joint, Vec3>>;

/** Forward kinematics: each joint is its parent plus the segment's fixed length along its direction. */
export const forwardKinematics = (pose: PoseAngles): Joints => {
  const out: Partial<Record<Joint, Vec3>> = { pelvis: pose.root };
  for (const name of BONE_NAMES) {
    const bone = BONES[name];
    const from = out[bone.from];
    if (!from) throw new Error(`bone ${name} comes before its parent ${bone.from}`);
    out[bone.to] = add(from, mul(normalize(pose.dirs[name]), bone.length));
  }
  return out as Joints;
};

/**
 * Two-link reach: the directions of the upper and lower segment so that the end lands on
 * `target`, with the middle joint bending towards `bend`. Out of reach: the limb points straight at it.
 */
export const reach = (root: Vec3, target: Vec3, l1: number, l2: number, bend: Vec3): [Vec3, Vec3] => {
  const toTarget = sub(target, root);
  const d = Math.min(Math.max(length(toTarget), Math.abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6);
  const u = normalize(toTarget);
  const a = (l1 * l1 - l2 * l2 + d * d) / (2 * d);
  const h = Math.sqrt(Math.max(l1 * l1 - a * a, 0));
  const side = normalize(sub(bend, mul(u, dot(bend, u))));
  const middle = add(add(root, mul(u, a)), mul(side, h));
  const end = add(root, mul(u, d));
  return [normalize(sub(middle, root)), normalize(sub(end, middle))];
};

/** Lowest drawn point of the figure (joint minus its drawn radius). */
export const lowestPoint = (joints: Joints): number =>
  Math.min(...JOINTS.map((j) => joints[j][1] - JOINT_RADIUS[j]));

/**
 * Moves the figure up or down so its lowest drawn point rests on the floor (y = 0), or at `ground`
 * when it stands on something (a step's top) or is in the air (a hop): nothing below that.
 */
export const placeOnFloor = (joints: Joints, ground = 0): Joints => {
  const dy = ground - lowestPoint(joints);
  const out = {} as Record<Joint, Vec3>;
  for (const j of JOINTS) out[j] = add(joints[j], [0, dy, 0]);
  return out;
};

/** Distance from point p to segment a-b, and where along it (0..1) the nearest point lies. */
export const segmentDistance = (p: Vec3, a: Vec3, b: Vec3): { distance: number; at: number } => {
  const ab = sub(b, a);
  const l2 = dot(ab, ab);
  const t = l2 < 1e-9 ? 0 : Math.min(1, Math.max(0, dot(sub(p, a), ab) / l2));
  return { distance: distance(p, add(a, mul(ab, t))), at: t };
};

/**
 * Places the ball on the floor under one body segment so that it touches that segment: the ball's
 * centre is on the floor-resting height and at the segment's drawn radius plus the ball's radius
 * from it, on the floor side. If the segment is almost level, the ball goes under `hint` (0..1 along it).
 */
export const placeBallUnder = (joints: Joints, boneName: BoneName, hint = 0.5): Vec3 => {
  const bone = BONES[boneName];
  const a = joints[bone.from];
  const b = joints[bone.to];
  const reachOut = BALL_RADIUS + bone.radius;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l = Math.hypot(dx, dy) || 1;
  const ux = dx / l;
  const uy = dy / l;
  // normal on the floor side of the segment
  let nx = uy;
  let ny = -ux;
  if (ny > 0) {
    nx = -nx;
    ny = -ny;
  }
  const z = (a[2] + b[2]) / 2;
  // a nearly level segment: the ball goes under the hinted point (the pose puts that point at the right height)
  if (Math.abs(uy) < 0.2) {
    return [a[0] + ux * l * hint + nx * reachOut, BALL_RADIUS, z];
  }
  // offset line a + n*reachOut + t*u meets y = BALL_RADIUS
  const t = (BALL_RADIUS - (a[1] + ny * reachOut)) / uy;
  return [a[0] + nx * reachOut + ux * t, BALL_RADIUS, z];
};
