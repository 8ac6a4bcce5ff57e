/**
 * Pose specifications (how a pose is written down) and turning one into a placed figure:
 * spec -> joint angles -> forward kinematics -> on the floor (and the ball under it).
 */
import {
  BONES,
  BALL_RADIUS,
  JOINT_RADIUS,
  type BoneName,
  type Joint,
  type Joints,
  type PoseAngles,
  type Vec3,
  add,
  dir,
  dot,
  forwardKinematics,
  mul,
  normalize,
  placeBallUnder,
  placeOnFloor,
  reach,
  sub,
} from './skeleton';

/**
 * A segment's direction: a pitch in degrees in the side-view plane (0 forward, 90 up, -90 down,
 * 180 back), [pitch, out] with a tilt towards +z, a world direction vector, or aimed at a point.
 */
export type Aim = number | readonly [pitch: number, out: number] | { readonly vec: Vec3 } | { readonly to: Vec3 };

/**
 * An arm or a leg: three segment directions (upper, lower, hand or foot), or a reach: the wrist or
 * ankle goes to `to` (world cm), the elbow or knee bends towards `bend`, and `end` aims the hand or foot.
 */
export type LimbSpec =
  | readonly [Aim, Aim, Aim]
  | { readonly to: Vec3; readonly bend: Vec3; readonly end: Aim };

/** A camera: `yaw` turns it round the figure (0 side view, 90 looking at a +x-facing figure's front), `pitch` raises it. */
export interface View {
  readonly yaw: number;
  readonly pitch: number;
}
export const SIDE_VIEW: View = { yaw: 0, pitch: 0 };

export type Limb = 'armR' | 'armL' | 'legR' | 'legL';

export interface PoseSpec {
  /** Where the pelvis is (world cm); placement then settles the figure on the floor. */
  readonly pelvis: Vec3;
  /** Lower back: pelvis to waist. */
  readonly torso: Aim;
  /** Upper back: waist to the base of the neck; defaults to the lower back's direction (a straight back). */
  readonly chest?: Aim;
  /** Base of the neck to the centre of the head; defaults to the torso's direction. */
  readonly neck?: Aim;
  /** The figure's right, across the pelvis (default +z: a figure facing +x or lying on its back head to -x). */
  readonly right?: Vec3;
  /** The figure's right across the shoulders, for a twist (default: `right`). */
  readonly chestRight?: Vec3;
  readonly armR: LimbSpec;
  readonly armL: LimbSpec;
  readonly legR: LimbSpec;
  readonly legL: LimbSpec;
  /** On a stability ball: which segment rests on it, and where along it if the segment is level. */
  readonly ball?: { readonly on: BoneName; readonly at?: number };
  /** How to look at it; the side view unless said. */
  readonly view?: View;
  /**
   * The limbs drawn muted, as the far side, when the depth rule gets it wrong (by default, of each
   * pair the one clearly further from the camera): in a turned view, a limb reaching towards the
   * camera's side can count as further away than one that is really behind it.
   */
  readonly far?: readonly Limb[];
  /** Hands that hold a kettlebell or dumbbell when the exercise has one (default: the right). */
  readonly holds?: readonly ('R' | 'L')[];
  /**
   * How high the lowest drawn point rests (cm): 0, the floor, unless said; the step's top for a
   * figure standing on it (see STEP), a little above the floor for one in the air.
   */
  readonly ground?: number;
  /**
   * Resting on a bench (or step), which stands on the floor under the joint `under`, set across the
   * body; with `to`, the body rests along its top from `under` to `to` (a knee and shin), and it is set lengthways.
   */
  readonly bench?: { readonly under: Joint; readonly to?: Joint };
  /** A resistance band from `anchor` (world cm, on a post standing on the floor) to the hands. */
  readonly band?: { readonly anchor: Vec3 };
}

const aimAt = (aim: Aim, from: Vec3): Vec3 => {
  if (typeof aim === 'number') return dir(aim);
  if ('vec' in aim) return normalize(aim.vec);
  if ('to' in aim) return normalize(sub(aim.to, from));
  return dir(aim[0], aim[1]);
};

/** Component of v across u, normalised (used to keep shoulder and hip lines square to the spine). */
const across = (v: Vec3, u: Vec3): Vec3 => normalize(sub(v, mul(u, dot(v, u))));

/** Resolves a spec into joint angles (segment directions) by walking the chain in order. */
export const resolvePose = (spec: PoseSpec): PoseAngles => {
  const dirs: Partial<Record<BoneName, Vec3>> = {};
  const at: Partial<Record<string, Vec3>> = { pelvis: spec.pelvis };
  const place = (bone: BoneName, d: Vec3): Vec3 => {
    const b = BONES[bone];
    const from = at[b.from];
    if (!from) throw new Error(`no ${b.from} yet for ${bone}`);
    dirs[bone] = d;
    const to = add(from, mul(d, b.length));
    at[b.to] = to;
    return to;
  };
  const torso = aimAt(spec.torso, spec.pelvis);
  const waist = place('lowerBack', torso);
  const chest = spec.chest === undefined ? torso : aimAt(spec.chest, waist);
  const neck = place('upperBack', chest);
  place('neck', spec.neck === undefined ? chest : aimAt(spec.neck, neck));
  const right = across(spec.right ?? [0, 0, 1], torso);
  const chestRight = across(spec.chestRight ?? spec.right ?? [0, 0, 1], chest);
  place('shoulderR', chestRight);
  place('shoulderL', mul(chestRight, -1));
  place('hipR', right);
  place('hipL', mul(right, -1));

  const limb = (spec: LimbSpec, bones: readonly [BoneName, BoneName, BoneName]) => {
    const [upper, lower, end] = bones;
    const root = at[BONES[upper].from];
    if (!root) throw new Error(`no root for ${upper}`);
    if ('to' in spec) {
      const [d1, d2] = reach(root, spec.to, BONES[upper].length, BONES[lower].length, spec.bend);
      place(upper, d1);
      const wrist = place(lower, d2);
      place(end, aimAt(spec.end, wrist));
    } else {
      const elbow = place(upper, aimAt(spec[0], root));
      const wrist = place(lower, aimAt(spec[1], elbow));
      place(end, aimAt(spec[2], wrist));
    }
  };
  limb(spec.armR, ['upperArmR', 'forearmR', 'handR']);
  limb(spec.armL, ['upperArmL', 'forearmL', 'handL']);
  limb(spec.legR, ['thighR', 'shinR', 'footR']);
  limb(spec.legL, ['thighL', 'shinL', 'footL']);
  return { root: spec.pelvis, dirs: dirs as Record<BoneName, Vec3> };
};

/** A pose ready to draw: joints resting on the floor, and the ball's centre when it is on one. */
export interface PlacedPose {
  readonly joints: Joints;
  readonly ball?: Vec3;
  readonly view: View;
  readonly holds: readonly ('R' | 'L')[];
  /** The bench, when the pose rests on one: the centre of its top, and whether it is set lengthways (along x). */
  readonly bench?: { readonly top: Vec3; readonly lengthways: boolean };
  /** Where the band is anchored, when the pose holds one. */
  readonly bandAnchor?: Vec3;
}

/** The bench's top under one joint (set across), or under two (set lengthways, centred between them, under the lower). */
const benchUnder = (joints: Joints, under: Joint, to?: Joint): NonNullable<PlacedPose['bench']> => {
  const a = joints[under];
  if (!to) return { top: [a[0], a[1] - JOINT_RADIUS[under], a[2]], lengthways: false };
  const b = joints[to];
  const y = Math.min(a[1] - JOINT_RADIUS[under], b[1] - JOINT_RADIUS[to]);
  return { top: [(a[0] + b[0]) / 2, y, (a[2] + b[2]) / 2], lengthways: true };
};

export const placePose = (spec: PoseSpec): PlacedPose => {
  const joints = placeOnFloor(forwardKinematics(resolvePose(spec)), spec.ground);
  const base = { joints, view: spec.view ?? SIDE_VIEW, holds: spec.holds ?? ['R'] };
  return {
    ...base,
    ...(spec.ball ? { ball: placeBallUnder(joints, spec.ball.on, spec.ball.at) } : {}),
    ...(spec.bench ? { bench: benchUnder(joints, spec.bench.under, spec.bench.to) } : {}),
    ...(spec.band ? { bandAnchor: spec.band.anchor } : {}),
  };
};

export { BALL_RADIUS };
