/**
 * The geometry of every named pose. Each is written for the figure working its RIGHT side
 * (a `side: left` figure is drawn mirrored). Numbers are centimetres and degrees in the world
 * frame of ./skeleton.ts: x forward, y up, z towards the viewer (the figure's right when it faces +x).
 *
 * Pitch angles: 0 forward (+x), 90 up, -90 down, 180 back. Standing and kneeling figures face +x;
 * lying on the back, the head is at -x; lying face down, the head is at +x.
 */
import type { PoseName } from './poses';
import { type Aim, type LimbSpec, type PoseSpec, resolvePose } from './model';
import { BALL_RADIUS, RADIUS, STEP, type Vec3, add, dir, forwardKinematics, lowestPoint, mul, reach, rotateAbout, sub } from './skeleton';

const flipZ = (v: Vec3): Vec3 => [v[0], v[1], -v[2]];
const flipAim = (a: Aim): Aim => {
  if (typeof a === 'number') return a;
  if ('vec' in a) return { vec: flipZ(a.vec) };
  if ('to' in a) return { to: flipZ(a.to) };
  return [a[0], -a[1]];
};
/** The same limb on the other side: mirrored across the body's midline (z). */
const mirror = (l: LimbSpec): LimbSpec =>
  'to' in l ? { to: flipZ(l.to), bend: flipZ(l.bend), end: flipAim(l.end) } : [flipAim(l[0]), flipAim(l[1]), flipAim(l[2])];
const arms = (r: LimbSpec) => ({ armR: r, armL: mirror(r) });
const legs = (r: LimbSpec) => ({ legR: r, legL: mirror(r) });

const UP: Vec3 = [0, 1, 0];
const DOWN: Vec3 = [0, -1, 0];
const FWD: Vec3 = [1, 0, 0];
const BACK: Vec3 = [-1, 0, 0];
const deg = (r: number) => (r * 180) / Math.PI;
const pitchOf = (v: Vec3) => deg(Math.atan2(v[1], v[0]));

const SPINE = 50;
const THIGH = 44;
const SHIN = 43;
const LEG = THIGH + SHIN;
const ARM = 29 + 26;
const HIP = 9;
const SHOULDER = 17;

/* ---------- standing ---------- */

const ARMS_HANGING = arms([[-88, 4], [-72, 2], -70]);
const FOOT_FLAT = -20;

const stand: PoseSpec = {
  pelvis: [0, 95, 0],
  torso: 90,
  neck: 90,
  ...ARMS_HANGING,
  ...legs([-90, -90, FOOT_FLAT]),
  holds: ['R', 'L'],
};

/** Romanian deadlift: top, weights in front of the thighs. */
const hingeTop: PoseSpec = {
  pelvis: [0, 94, 0],
  torso: 88,
  neck: 88,
  ...arms([[-84, 3], [-88, 0], -88]),
  ...legs({ to: [2, 8, HIP], bend: FWD, end: FOOT_FLAT }),
  holds: ['R', 'L'],
};

/** Romanian deadlift: bottom, hips pushed back, flat back, weights by the shins. */
const hingeBottom: PoseSpec = {
  pelvis: [-16, 86, 0],
  torso: 22,
  chest: 20,
  neck: 8,
  ...arms([[-96, 3], [-93, 0], -90]),
  ...legs({ to: [2, 8, HIP], bend: FWD, end: FOOT_FLAT }),
  holds: ['R', 'L'],
};

/** Split stance, left foot forward, right foot back on its toes, hinged over with a flat back. */
const splitStanceLegs = {
  legR: { to: [-48, 12, HIP], bend: FWD, end: -62 },
  legL: { to: [28, 8, -HIP], bend: FWD, end: FOOT_FLAT },
} as const satisfies Pick<PoseSpec, 'legR' | 'legL'>;
const SPLIT_PELVIS: Vec3 = [0, 84, 0];
const SPLIT_TORSO = 40;
const splitNeck = add(SPLIT_PELVIS, mul(dir(SPLIT_TORSO), SPINE));
/** The free (left) hand rests on the front thigh, just above the knee. */
const handOnFrontThigh: LimbSpec = (() => {
  const hipL: Vec3 = [SPLIT_PELVIS[0], SPLIT_PELVIS[1], -HIP];
  const [thigh] = reach(hipL, splitStanceLegs.legL.to, THIGH, SHIN, FWD);
  return { to: add(hipL, add(mul(thigh, THIGH * 0.8), [0, 6, -3])), bend: [-0.3, 0.2, -1], end: { vec: thigh } };
})();

const splitStanceHinge: PoseSpec = {
  pelvis: SPLIT_PELVIS,
  torso: SPLIT_TORSO,
  neck: SPLIT_TORSO - 5,
  armR: [-90, -90, -90],
  armL: handOnFrontThigh,
  ...splitStanceLegs,
};

const splitStanceRow: PoseSpec = {
  ...splitStanceHinge,
  // elbow drawn up and back past the ribs, forearm hanging straight down: the bell hangs just under the chest
  armR: { to: add(splitNeck, [-20, -16, SHOULDER + 2]), bend: UP, end: -90 },
};

/** Squat, bottom: the feet where they were standing (x = 0), hips back and down, arms forward. */
const squatBottom: PoseSpec = {
  pelvis: [-38, 50, 0],
  torso: 58,
  chest: 62,
  neck: 62,
  ...arms([[2, 4], [2, 0], 0]),
  ...legs({ to: [0, 8, HIP + 3], bend: FWD, end: FOOT_FLAT }),
  holds: ['R', 'L'],
};

/** Reverse lunge, bottom: the right foot where it was standing (x = 0), the left stepped back. */
const lungeBottom: PoseSpec = {
  pelvis: [-42, 51, 0],
  torso: 90,
  neck: 90,
  ...ARMS_HANGING,
  // right foot forward, shin upright; left knee just above the floor, heel up
  legR: { to: [0, 8, HIP], bend: FWD, end: FOOT_FLAT },
  legL: { to: [-84, 17, -HIP], bend: DOWN, end: -55 },
  holds: ['R', 'L'],
};

/* ---------- lying on the back (head at -x) ---------- */

const LYING = RADIUS.torso; // spine height when lying on the floor
const HEAD_REST = 164; // neck pitch that rests the head on the floor
const ARMS_BY_SIDES = arms([[-7, 2], [0, 0], 0]);
/** Right ankle with the knee bent and the foot flat. */
const FEET_PLANTED: Vec3 = [40, 8, HIP];
const FOOT_PLANTED = -14;
const NECK_ON_FLOOR: Vec3 = [-50, LYING, 0];
const plantedLeg: LimbSpec = { to: FEET_PLANTED, bend: UP, end: FOOT_PLANTED };

const hookLying: PoseSpec = {
  pelvis: [0, LYING, 0],
  torso: 180,
  neck: HEAD_REST,
  ...ARMS_BY_SIDES,
  ...legs(plantedLeg),
};

/** A straight line from the neck (on the floor) through the hips to the knees, feet planted. */
const bridgeLine = () => {
  const ankle: Vec3 = [FEET_PLANTED[0], FEET_PLANTED[1], 0];
  const [d1] = reach(NECK_ON_FLOOR, ankle, SPINE + THIGH, SHIN, UP);
  return { pelvis: add(NECK_ON_FLOOR, mul(d1, SPINE)), line: d1 };
};
const BRIDGE = bridgeLine();

const bridgeUp: PoseSpec = {
  pelvis: BRIDGE.pelvis,
  torso: { to: NECK_ON_FLOOR },
  neck: HEAD_REST,
  ...ARMS_BY_SIDES,
  ...legs(plantedLeg),
};

/** Hook lying, thigh angle of the planted leg (for a straight leg held level with it). */
const HOOK_THIGH = (() => {
  const hip: Vec3 = [0, LYING, HIP];
  const [d1] = reach(hip, FEET_PLANTED, THIGH, SHIN, UP);
  return pitchOf(d1);
})();

const singleLegBridgeDown: PoseSpec = {
  ...hookLying,
  // right foot planted (the working side), left leg straight, in line with the right thigh
  legL: [[HOOK_THIGH, 0], [HOOK_THIGH, 0], HOOK_THIGH + 95],
};

const singleLegBridgeUp: PoseSpec = {
  ...bridgeUp,
  legL: [[pitchOf(BRIDGE.line), 0], [pitchOf(BRIDGE.line), 0], pitchOf(BRIDGE.line) + 95],
};

/** Marching bridge: the right foot lifted a few centimetres, the knee keeping its bend (not a knee drawn up to the chest). */
const bridgeMarch: PoseSpec = {
  ...bridgeUp,
  legR: { to: add(FEET_PLANTED, [-6, 12, 0]), bend: UP, end: FOOT_PLANTED + 15 },
};

/** Arms crossed over the chest: each hand on the opposite shoulder, forearms across the chest, elbows by the ribs. */
const ARMS_CROSSED = arms({ to: [-45, 21, -10], bend: [1, -0.15, 0.5], end: { vec: [-0.6, -0.1, -0.8] } });

const hookLyingArmsCrossed: PoseSpec = {
  ...hookLying,
  ...ARMS_CROSSED,
};

/** Pelvic tilt bridge: the buttocks just off the floor, arms crossed over the chest. */
const pelvicLift: PoseSpec = {
  ...hookLying,
  pelvis: [-1, 15, 0],
  torso: { to: NECK_ON_FLOOR },
  ...ARMS_CROSSED,
};

const SUPINE_LEG: LimbSpec = [-2, -2, 78];
const supine: PoseSpec = {
  ...hookLying,
  ...legs(SUPINE_LEG),
};

const kneeToChest: PoseSpec = {
  ...supine,
  legR: [114, -42, 10],
  // hands clasped round the shin just below the knee, elbows out
  ...arms({ to: [-11, 39, 6], bend: [-0.3, 0.4, 1], end: -40 }),
};

/** Knees dropped together to the right side, feet together on the floor, shoulders flat. */
const hipRoll: PoseSpec = (() => {
  const hook = { hipR: [0, LYING, HIP] as Vec3, hipL: [0, LYING, -HIP] as Vec3 };
  const kneeOf = (hip: Vec3, ankle: Vec3) => {
    const [d1] = reach(hip, ankle, THIGH, SHIN, UP);
    return add(hip, mul(d1, THIGH));
  };
  const ankleR: Vec3 = [FEET_PLANTED[0], 8, 10];
  const ankleL: Vec3 = [FEET_PLANTED[0], 8, -4];
  const axis: Vec3 = [1, 0, 0];
  // right-handed about +x: a positive turn takes an upright knee towards +z, the figure's right
  const kneeR = add(hook.hipR, rotateAbout(sub(kneeOf(hook.hipR, ankleR), hook.hipR), axis, 62));
  const kneeL = add(hook.hipL, rotateAbout(sub(kneeOf(hook.hipL, ankleL), hook.hipL), axis, 48));
  return {
    ...hookLying,
    legR: [{ to: kneeR }, { to: ankleR }, [FOOT_PLANTED, 30]],
    legL: [{ to: kneeL }, { to: ankleL }, [FOOT_PLANTED, 30]],
    ...ARMS_CROSSED,
    // from the side, well above and a little from the feet end: the knees swing from above the body
    // line down to the mat beside it, and the mat is a parallelogram, so it reads as the floor (square
    // on, it read as a box the figure lay on, the knees hanging down its front)
    view: { yaw: 20, pitch: 55 },
  };
})();

/* ---------- face down, planks, all fours (head at +x) ---------- */

const prone: PoseSpec = {
  pelvis: [0, LYING, 0],
  torso: 0,
  neck: 16,
  ...arms([[187, 3], [180, 0], 180]),
  ...legs([[181.6, 0], [181.6, 0], 190]),
};

const locust: PoseSpec = {
  pelvis: [0, LYING, 0],
  torso: 6,
  chest: 24,
  neck: 26,
  ...arms([[170, 6], [170, 0], 170]),
  ...legs([[168, 0], [170, 0], 182]),
};

/** Forearm plank family: elbows under the shoulders, body straight from the neck to `end`. */
const forearmPlank = (endY: number, bodyLength: number) => {
  const neckY = 3 + 29; // forearm on the floor, upper arm upright
  const slope = deg(Math.asin((neckY - endY) / (SPINE + bodyLength)));
  const pelvis: Vec3 = [0, neckY - SPINE * Math.sin((slope * Math.PI) / 180), 0];
  return { pelvis, slope };
};
const PLANK = forearmPlank(19, LEG);
const plank: PoseSpec = {
  pelvis: PLANK.pelvis,
  torso: PLANK.slope,
  neck: PLANK.slope + 4,
  ...arms([-90, 0, 0]),
  ...legs([180 + PLANK.slope, 180 + PLANK.slope, -62]),
};

const KNEEL_PLANK = forearmPlank(RADIUS.leg, THIGH);
const kneelingPlank: PoseSpec = {
  pelvis: KNEEL_PLANK.pelvis,
  torso: KNEEL_PLANK.slope,
  neck: KNEEL_PLANK.slope + 4,
  ...arms([-90, 0, 0]),
  ...legs([180 + KNEEL_PLANK.slope, 180, 180]),
};

const ALL_FOURS_PELVIS: Vec3 = [0, RADIUS.leg + THIGH, 0];
const ALL_FOURS_SLOPE = deg(Math.asin((3 + ARM - ALL_FOURS_PELVIS[1]) / SPINE));
const allFours: PoseSpec = {
  pelvis: ALL_FOURS_PELVIS,
  torso: ALL_FOURS_SLOPE,
  neck: -2,
  ...arms([-90, -90, 0]),
  ...legs([-90, 180, 180]),
};

const birdDog: PoseSpec = {
  ...allFours,
  neck: 4,
  armR: [ALL_FOURS_SLOPE - 4, ALL_FOURS_SLOPE - 4, ALL_FOURS_SLOPE - 4],
  legL: [[180, 0], [180, 0], -95],
};

/* ---------- on one side, seen from the front ---------- */

/**
 * Side plank on the right forearm: lying on the right side facing the viewer, head to -x,
 * right side down. `tilt` is the body's angle to the floor; the bottom shoulder sits over the elbow,
 * the forearm flat on the floor pointing forward, at a right angle to the body.
 * Seen from the front and a little from the feet end: the camera's turn is what shows the forearm
 * (pointing straight at a camera in front, it would be a dot under an arm that looks straight).
 */
const SIDE_PLANK_VIEW = { yaw: 40, pitch: 0 } as const;
const sidePlankGeometry = () => {
  const shoulderY = 3 + 29;
  const ankleY = RADIUS.leg;
  // shoulderY - ankleY = (SPINE + LEG) sin a - (SHOULDER - HIP) cos a
  let a = 10;
  for (let i = 0; i < 40; i += 1) {
    const r = (a * Math.PI) / 180;
    const f = (SPINE + LEG) * Math.sin(r) - (SHOULDER - HIP) * Math.cos(r) - (shoulderY - ankleY);
    const df = ((SPINE + LEG) * Math.cos(r) + (SHOULDER - HIP) * Math.sin(r)) * (Math.PI / 180);
    a -= f / df;
  }
  const r = (a * Math.PI) / 180;
  const neckY = shoulderY + SHOULDER * Math.cos(r);
  return { tilt: a, pelvisY: neckY - SPINE * Math.sin(r), elbowX: -SPINE * Math.cos(r) - SHOULDER * Math.sin(r) };
};
const SIDE_PLANK = sidePlankGeometry();
/** The bottom arm: upper arm straight down to the elbow, forearm and hand flat on the floor, pointing forward. */
const FOREARM_ON_FLOOR: LimbSpec = [-90, { vec: [0, 0, 1] }, { vec: [0, 0, 1] }];
/** Feet stacked, level, toes on past the heels (pointing forward, they would cross the shins in this view). */
const FOOT_LEVEL: Aim = { vec: [1, 0, 0.25] };

const sidePlank: PoseSpec = {
  pelvis: [0, SIDE_PLANK.pelvisY, 0],
  torso: 180 - SIDE_PLANK.tilt,
  neck: 180 - SIDE_PLANK.tilt,
  right: DOWN,
  armR: FOREARM_ON_FLOOR,
  armL: [90, 90, 90],
  ...legs([-SIDE_PLANK.tilt, -SIDE_PLANK.tilt, FOOT_LEVEL]),
  view: SIDE_PLANK_VIEW,
  // nothing is behind the body (turned towards the feet, the top arm would count as nearer than the bottom one)
  far: [],
};

/** Propped on the right forearm, hips and legs on the floor. */
const sideLyingForearm: PoseSpec = (() => {
  const a = 41;
  const r = (a * Math.PI) / 180;
  const neck: Vec3 = [SIDE_PLANK.elbowX + SHOULDER * Math.sin(r), 3 + 29 + SHOULDER * Math.cos(r), 0];
  const pelvis = sub(neck, mul(dir(180 - a), SPINE));
  const hipL = add(pelvis, mul([Math.sin(r), Math.cos(r), 0], HIP));
  const topFootDrop = deg(Math.asin((hipL[1] - (RADIUS.leg * 2 + 5)) / LEG));
  return {
    pelvis,
    torso: 180 - a,
    neck: 180 - a + 25,
    right: DOWN,
    armR: FOREARM_ON_FLOOR,
    // top hand resting on the top hip (reaching on along the thigh, the arm would cross the top leg)
    armL: { to: add(hipL, [-3, RADIUS.leg + 2, 4]), bend: [0.3, 1, 0.4], end: { vec: [1, -0.5, 0] } },
    legR: [0, 0, FOOT_LEVEL],
    legL: [-topFootDrop, -topFootDrop, FOOT_LEVEL],
    view: SIDE_PLANK_VIEW,
    far: [],
  };
})();

/**
 * Lying on the left side, head to +x (the clamshell and side-lying hip abduction): the head rests on
 * the lower arm, which reaches along the mat beyond the head and out in front (straight on past the
 * head, the figure would be longer than the mat); the top hand rests on the top hip, its elbow
 * forward along the ribs (raised high, the arm is a loop over the body).
 */
const sideLyingArms = (hipR: Vec3) =>
  ({
    armL: [[4, 55], [0, 45], 0],
    armR: { to: add(hipR, [3, RADIUS.leg + 1, 4]), bend: [0.6, 0.6, 1], end: { vec: [-1, -0.3, 0.3] } },
  }) as const satisfies Pick<PoseSpec, 'armL' | 'armR'>;

/**
 * Clamshell, working the right hip: lying on the left side facing the viewer, head to +x, hips and
 * knees bent, the head resting on the lower arm and the top hand on the top hip. Seen from in front,
 * above and a little from the feet end: the bent legs point down the page, the top knee lifting above
 * the hip-to-heel line opens them into a diamond, like a shell (from higher up, the lifted knee would
 * land on that line and read as a straight leg), and the mat is a parallelogram, so it reads as the
 * floor (square on, it read as a box the body lay on, the lower leg hanging down its front).
 * Whatever the view, the rising knee crosses the hip-to-heel line once on the page; the midway pose
 * is a little past half open, so at half time the legs already show the shell.
 */
const CLAM_VIEW = { yaw: -22, pitch: 32 } as const;
/** The feet pointing back and out towards the front (straight back, the toes would overhang the mat's end). */
const CLAM_FOOT: Aim = { vec: [-0.6, 0, 0.8] };
const clam = (() => {
  const pelvis: Vec3 = [0, RADIUS.leg + HIP, 0];
  const hipL = add(pelvis, [0, -HIP, 0]);
  const hipR = add(pelvis, [0, HIP, 0]);
  const kneeL = add(hipL, mul(dir(180, 45), THIGH));
  const ankleL = add(kneeL, mul(dir(180, -45), SHIN));
  const kneeRClosed = add(kneeL, [0, 2 * RADIUS.leg + 1, 0]);
  const ankleR = add(ankleL, [0, 2 * RADIUS.leg, 0]);
  const axis = sub(ankleR, hipR);
  // the top knee turns up about the hip-to-heel line (whichever way is up)
  const kneeOpenBy = (deg: number) =>
    [deg, -deg].map((a) => add(hipR, rotateAbout(sub(kneeRClosed, hipR), axis, a))).reduce((p, q) => (q[1] > p[1] ? q : p));
  const base = {
    pelvis,
    torso: 8,
    neck: -8,
    right: UP,
    ...sideLyingArms(hipR),
    legL: [{ to: kneeL }, { to: ankleL }, CLAM_FOOT],
    view: CLAM_VIEW,
  } as const satisfies Partial<PoseSpec>;
  return {
    closed: { ...base, legR: [{ to: kneeRClosed }, { to: ankleR }, CLAM_FOOT] } satisfies PoseSpec,
    open: { ...base, legR: [{ to: kneeOpenBy(60) }, { to: ankleR }, CLAM_FOOT] } satisfies PoseSpec,
    midway: { ...base, legR: [{ to: kneeOpenBy(36) }, { to: ankleR }, CLAM_FOOT] } satisfies PoseSpec,
  };
})();

/* ---------- seated ---------- */

/**
 * Seen from above and a little from the head end: the hands going to the near side land beside the
 * hip, on the mat in front of it; to the far side, in the V between the back and the thighs. The mat
 * is a parallelogram, so it reads as the floor (square on, it read as a box the figure sits on). The
 * turn keeps the two legs apart, the far one just above the near one, so nothing crosses.
 */
const TWIST_VIEW = { yaw: 12, pitch: 32 } as const;
/**
 * Russian twist: sitting leaned back on a long back, heels on the floor; the chest turns to one side
 * and the clasped hands go down towards the floor beside that hip. `toward` 0 is the midway pose:
 * chest square, the clasped hands in front of the stomach as they pass from one side to the other.
 */
const vSit = (toward: 1 | 0 | -1): PoseSpec => {
  const lean = 136;
  const hands: Vec3 = toward ? [-6, 16, 25 * toward] : [2, 34, 0];
  const arm = (to: Vec3, side: 1 | -1): LimbSpec => ({
    to,
    bend: [0.2, -0.3, toward || side],
    end: { vec: [toward ? 0.2 : 1, toward ? -1 : -0.2, 0.3 * (toward || -side)] },
  });
  // palms together: the far hand just beyond the near one (midway, side by side)
  const [handR, handL]: [Vec3, Vec3] =
    toward > 0 ? [hands, add(hands, [4, 5, -8])] : toward < 0 ? [add(hands, [4, 5, 8]), hands] : [add(hands, [0, 0, 4]), add(hands, [0, 0, -4])];
  return {
    pelvis: [0, RADIUS.torso + 2, 0],
    torso: lean - 8,
    chest: lean + 4,
    neck: 110,
    chestRight: rotateAbout([0, 0, 1], dir(lean), 45 * toward),
    armR: arm(handR, 1),
    armL: arm(handL, -1),
    ...legs({ to: [62, 8, 6], bend: UP, end: 20 }),
    view: TWIST_VIEW,
  };
};

/* ---------- on the stability ball ---------- */

const BALL_TOP = 2 * BALL_RADIUS;

/**
 * Lying back on the ball, upper back on it, hips level with the knees, feet on the floor; straight
 * arms up, or turned to the figure's left (away from the camera), arms out nearly level. Seen from the
 * side and a little from the feet end, the turned arms point on past the knees, above the body.
 */
const ballBridge = (twist: 0 | 1): PoseSpec => {
  const ankle: Vec3 = [40, 8, HIP + 4];
  const knee: Vec3 = [40, 8 + SHIN, HIP + 4];
  const pelvis: Vec3 = [knee[0] - THIGH, knee[1], 0];
  const back = 153;
  const arm: Aim = twist ? [92, -84] : [92, 0];
  return {
    pelvis,
    torso: back,
    neck: back + 10,
    chestRight: twist ? rotateAbout([0, 0, 1], dir(back), 35) : [0, 0, 1],
    // palms together: both arms point the same way
    armR: [arm, arm, arm],
    armL: [arm, arm, arm],
    legR: { to: ankle, bend: UP, end: -12 },
    legL: { to: flipZ(ankle), bend: UP, end: -12 },
    ball: { on: 'upperBack', at: 0.5 },
    view: BALL_TWIST_VIEW,
  };
};
const BALL_TWIST_VIEW = { yaw: 35, pitch: 8 } as const;

/**
 * Back extension, prone over the ball (head at +x). Down: hips on top of the ball, the back wrapped
 * over its front (two spine segments tangent to it). Up: one straight line from the toes through the
 * hips, the ball under the top of the thighs. The pelvis stays put; the legs stay straight.
 */
const EXT = (() => {
  const centre: Vec3 = [20, BALL_RADIUS, 0];
  const reachOut = BALL_RADIUS + RADIUS.torso;
  const lower = 6; // lower back's pitch, down pose
  const turn = 46; // upper back curls this much further down
  const tangentRun = reachOut * Math.tan(((turn / 2) * Math.PI) / 180);
  const touch = add(centre, mul(dir(90 + lower), reachOut));
  const pelvis = sub(touch, mul(dir(lower), 22 - tangentRun));
  const legRise = deg(Math.asin((pelvis[1] - (RADIUS.leg + 17 * Math.sin((62 * Math.PI) / 180))) / LEG));
  return { pelvis, lower, chest: lower - turn, legRise, at: (22 - tangentRun) / 22 };
})();
const earsFor = (spec: Pick<PoseSpec, 'pelvis'> & { torso: number; chest: number; neck: number }): LimbSpec => {
  const waist = add(spec.pelvis, mul(dir(spec.torso), 22));
  const n = add(waist, mul(dir(spec.chest), 28));
  const head = add(n, mul(dir(spec.neck), 16));
  // fingertips behind the ear, the elbow out to the side at about head height (bent up, it stood over the head like a horn)
  return { to: add(add(head, mul(dir(spec.neck + 180), 4)), [0, 0, 7]), bend: [0, 0, 1], end: { vec: sub(head, n) } };
};
const extLegs = legs([180 + EXT.legRise, 180 + EXT.legRise, -62]);
const extDown = { pelvis: EXT.pelvis, torso: EXT.lower, chest: EXT.chest, neck: EXT.chest - 12 };
const extUp = { pelvis: EXT.pelvis, torso: EXT.legRise, chest: EXT.legRise, neck: EXT.legRise - 6 };
const ballExtensionDown: PoseSpec = {
  ...extDown,
  ...arms(earsFor(extDown)),
  ...extLegs,
  ball: { on: 'lowerBack', at: EXT.at },
};
const ballExtensionUp: PoseSpec = {
  ...extUp,
  ...arms(earsFor(extUp)),
  ...extLegs,
  ball: { on: 'thighR', at: 0.1 },
};

/**
 * High plank on the hands with the legs on the ball: one line from the neck (over the hands) to the
 * point `along` the legs that rests on top of the ball; solves the slope so that point is at the
 * ball's height.
 */
const HANDS_X = 60;
const highPlankOnBall = (along: number) => {
  const neckY = 3 + ARM; // straight arms, hands flat
  const reachOut = BALL_RADIUS + RADIUS.leg;
  let s = 0;
  for (let i = 0; i < 30; i += 1) {
    const r = (s * Math.PI) / 180;
    const f = neckY + (SPINE + along) * Math.sin(r) - reachOut * Math.cos(r) - BALL_RADIUS;
    const df = ((SPINE + along) * Math.cos(r) + reachOut * Math.sin(r)) * (Math.PI / 180);
    s -= f / df;
  }
  const neck: Vec3 = [HANDS_X, neckY, 0];
  const pelvis = add(neck, mul(dir(180 - s), SPINE));
  return { pelvis, slope: s, at: (along - THIGH) / SHIN };
};
const BP_FEET = highPlankOnBall(LEG - 4);
const BP_SHINS = highPlankOnBall(THIGH + SHIN * 0.45);
const straightArms = arms([-90, -90, 0]);

const ballPlank: PoseSpec = {
  pelvis: BP_FEET.pelvis,
  torso: -BP_FEET.slope,
  neck: -BP_FEET.slope - 6,
  ...straightArms,
  ...legs([180 - BP_FEET.slope, 180 - BP_FEET.slope, 185 - BP_FEET.slope]),
  ball: { on: 'shinR', at: BP_FEET.at },
};

const ballPlankShins: PoseSpec = {
  pelvis: BP_SHINS.pelvis,
  torso: -BP_SHINS.slope,
  neck: -BP_SHINS.slope - 6,
  ...straightArms,
  ...legs([180 - BP_SHINS.slope, 180 - BP_SHINS.slope, 185 - BP_SHINS.slope]),
  ball: { on: 'shinR', at: BP_SHINS.at },
};

/** Pike: hips high over the hands, legs straight down to the feet on top of the ball. */
const ballPike: PoseSpec = (() => {
  const neck: Vec3 = [HANDS_X + 4, 3 + ARM, 0];
  const back = -58;
  const pelvis = sub(neck, mul(dir(back), SPINE));
  const feetY = BALL_TOP + RADIUS.leg + 2;
  const legPitch = 180 + deg(Math.asin((pelvis[1] - feetY) / (LEG - 2)));
  return {
    pelvis,
    torso: back,
    neck: back - 20,
    armR: { to: [HANDS_X, 3, SHOULDER], bend: BACK, end: 0 },
    armL: { to: [HANDS_X, 3, -SHOULDER], bend: BACK, end: 0 },
    ...legs([legPitch, legPitch, legPitch - 12]),
    ball: { on: 'shinR', at: 0.9 },
  };
})();

/** Knee tuck: knees drawn in under the chest, the ball rolled in under the lower shins, hips low. */
const ballTuck: PoseSpec = (() => {
  const neck: Vec3 = [HANDS_X, 3 + ARM, 0];
  const pelvis: Vec3 = [HANDS_X - 49, 3 + ARM + 9, 0];
  const knee: Vec3 = [pelvis[0] + 30, pelvis[1] - 32, 0];
  return {
    pelvis,
    torso: { to: add(pelvis, mul(sub(neck, pelvis), 0.44)) },
    chest: { to: neck },
    neck: -40,
    ...straightArms,
    ...legs([{ to: add(knee, [0, 0, HIP]) }, 145, 150]),
    ball: { on: 'shinR', at: 0.8 },
  };
})();

/*
 * Midway poses for the ball rollouts (see MIDWAY below): hands still planted under the shoulders,
 * and the legs still resting on the ball, which has rolled part of the way in.
 */
/** Knee tuck, halfway: the hips a little up (no higher than at the end), the knees swinging in under them. */
const ballTuckMidway: PoseSpec = (() => {
  const neck: Vec3 = [HANDS_X, 3 + ARM, 0];
  const back = -12;
  return {
    pelvis: sub(neck, mul(dir(back), SPINE)),
    torso: back,
    neck: -25,
    ...straightArms,
    ...legs([-128, 150, 150]),
    ball: { on: 'shinR' },
  };
})();

/** Pike, halfway: the hips half raised, legs straight, the feet still on the ball. */
const ballPikeMidway: PoseSpec = (() => {
  const neck: Vec3 = [HANDS_X, 3 + ARM, 0];
  const back = -34;
  return {
    pelvis: sub(neck, mul(dir(back), SPINE)),
    torso: back,
    neck: back + 4,
    armR: { to: [HANDS_X, 3, SHOULDER], bend: BACK, end: 0 },
    armL: { to: [HANDS_X, 3, -SHOULDER], bend: BACK, end: 0 },
    ...legs([193, 193, 190]),
    ball: { on: 'shinR', at: 0.9 },
  };
})();

/** Reverse leg raise: lying face down over the ball, palms planted ahead, straight legs lift level with the body. */
const REV = (() => {
  const pelvis: Vec3 = [0, BALL_TOP + RADIUS.torso - 1, 0];
  const neckY = 3 + ARM;
  const back = -deg(Math.asin((pelvis[1] - neckY) / SPINE));
  const neck = add(pelvis, mul(dir(back), SPINE));
  return { pelvis, back, neck };
})();
const reverseLegRaise = (up: boolean): PoseSpec => {
  const legPitch = up ? 180 + REV.back : 180 + deg(Math.asin((REV.pelvis[1] - 16) / LEG));
  return {
    pelvis: REV.pelvis,
    torso: REV.back,
    neck: REV.back - 10,
    armR: { to: [REV.neck[0] + 4, 3, SHOULDER], bend: BACK, end: 0 },
    armL: { to: [REV.neck[0] + 4, 3, -SHOULDER], bend: BACK, end: 0 },
    ...legs([legPitch, legPitch, up ? legPitch + 5 : -75]),
    ball: { on: 'lowerBack', at: 0.2 },
  };
};

/* ---------- single-leg, split-stance, step and calf work (standing, facing +x) ---------- */

const FOOT = 17;
/**
 * A pose whose right foot rests at `height` (a step's top) wherever its other foot is: sets `ground`
 * to where that puts the lowest drawn point (the other foot, when it hangs lower than the step's top).
 */
export const rightFootAt = (spec: PoseSpec, height: number): PoseSpec => {
  const j = forwardKinematics(resolvePose(spec));
  const foot = Math.min(j.ankleR[1] - RADIUS.leg, j.toeR[1] - RADIUS.leg);
  return { ...spec, ground: height - (foot - lowestPoint(j)) };
};

/** The stance leg of a single-leg move: the right foot flat, where the standing figure's is. */
const STANCE_ANKLE: Vec3 = [2, 8, HIP];
const stanceLeg: LimbSpec = { to: STANCE_ANKLE, bend: FWD, end: FOOT_FLAT };

/** Single-leg Romanian deadlift, top: standing on the right leg, the left foot just off the floor behind, the weight in the left hand. */
const singleLegStand: PoseSpec = {
  pelvis: [0, 94, 0],
  torso: 88,
  neck: 88,
  ...arms([[-86, 3], [-88, 0], -88]),
  legR: stanceLeg,
  legL: [[-95, 0], [-135, 0], -60],
  holds: ['L'],
};

/**
 * Single-leg Romanian deadlift, bottom: hips pushed back over a soft stance knee, the trunk and the
 * free leg one long line near level with the floor, arms hanging straight down from the shoulders.
 */
const SL_HINGE = 9;
const singleLegHinge: PoseSpec = {
  pelvis: [-14, 86, 0],
  torso: SL_HINGE,
  neck: SL_HINGE + 4,
  ...arms([[-90, 2], [-90, 0], -90]),
  legR: stanceLeg,
  legL: [[180 + SL_HINGE, 0], [180 + SL_HINGE, 0], -92],
  holds: ['L'],
};

/** Split squat: the feet stay where they are, the right in front and flat, the left behind on its toes. */
const SPLIT_FRONT: Vec3 = [0, 8, HIP];
const SPLIT_BACK: Vec3 = [-84, 17, -HIP];
const splitSquatTop: PoseSpec = {
  pelvis: [-42, 83, 0],
  torso: 90,
  neck: 90,
  ...ARMS_HANGING,
  legR: { to: SPLIT_FRONT, bend: FWD, end: FOOT_FLAT },
  legL: { to: SPLIT_BACK, bend: [0.3, -1, 0], end: -55 },
};
/** Split squat, bottom: straight down to the reverse lunge's bottom position, the back knee just above the floor. */
const splitSquatBottom: PoseSpec = lungeBottom;

/**
 * Step-up (the step: STEP in ./skeleton.ts, its near edge at x = 0). Both feet at the same pitch, so
 * a foot on the step rests exactly STEP.height above one on the floor.
 */
const STEP_FOOT: Vec3 = [14, 8 + STEP.height, HIP];
const stepUpStart: PoseSpec = {
  pelvis: [-17, 90, 0],
  torso: 80,
  neck: 82,
  ...ARMS_HANGING,
  legR: { to: STEP_FOOT, bend: [1, 0.4, 0], end: FOOT_FLAT },
  legL: { to: [-32, 8, -HIP], bend: FWD, end: FOOT_FLAT },
};
/** Step-up, top: standing tall on the leading leg, the trailing foot come up level with the step's top, behind its edge. */
const stepUpTop: PoseSpec = {
  pelvis: [12, 38 + 86, 0],
  torso: 89,
  neck: 89,
  ...ARMS_HANGING,
  legR: { to: STEP_FOOT, bend: FWD, end: FOOT_FLAT },
  legL: [[-100, 0], [-140, 0], -60],
  ground: STEP.height,
};

/**
 * Standing with straight legs and the toes (the ball of the foot) at `toe`: where the pelvis goes
 * for a foot at `foot` pitch (the legs then hang straight down from the hips).
 */
const pelvisOverToes = (toe: Vec3, foot: number, thigh = -90, shin = -90): Vec3 =>
  sub(sub(sub(toe, mul(dir(foot), FOOT)), mul(dir(shin), SHIN)), mul(dir(thigh), THIGH));

/** Calf raise on the edge of the step: the balls of the feet on it, the heels out over the edge. */
const CALF_TOE: Vec3 = [10, 0, 0];
const calfOnStep = (foot: number): PoseSpec => ({
  pelvis: pelvisOverToes(CALF_TOE, foot),
  torso: 90,
  neck: 90,
  ...ARMS_HANGING,
  ...legs([-90, -90, foot]),
  ground: STEP.height,
});

/** Bent-knee calf raise on the floor: the knees bent about 40 degrees and kept there, the toes in one place. */
const BENT_THIGH = -64;
const BENT_SHIN = -112;
const bentKneeCalf = (foot: number): PoseSpec => ({
  pelvis: pelvisOverToes([18, 0, 0], foot, BENT_THIGH, BENT_SHIN),
  torso: 80,
  neck: 84,
  ...ARMS_HANGING,
  ...legs([BENT_THIGH, BENT_SHIN, foot]),
});

/** Pogo hops: elbows bent by the sides as in running, on the balls of the feet, ankles stiff. */
const RUNNING_ARMS = arms([[-94, 4], [-50, 0], -50]);
const hopLanding: PoseSpec = {
  pelvis: pelvisOverToes([14, 0, 0], -48, -84, -97),
  torso: 88,
  neck: 88,
  ...RUNNING_ARMS,
  ...legs([-84, -97, -48]),
};
/** In the air: the legs long, the toes pointed, the lowest point HOP_HEIGHT off the floor. */
const HOP_HEIGHT = 16;
const hopAir: PoseSpec = {
  pelvis: pelvisOverToes([14, 0, 0], -66),
  torso: 89,
  neck: 89,
  ...RUNNING_ARMS,
  ...legs([-90, -91, -66]),
  ground: HOP_HEIGHT,
};

/* ---------- half-kneeling (facing +x, right knee down) ---------- */

/** Half-kneeling: the right knee on the floor under the hip, the top of the right foot flat behind it; the left foot flat ahead, shin upright. */
const HK_KNEE: Vec3 = [0, RADIUS.leg, HIP];
const HK_FRONT_ANKLE: Vec3 = [46, 8, -HIP];
const halfKneelLegs = (pelvisX: number) => {
  const pelvisY = HK_KNEE[1] + Math.sqrt(THIGH * THIGH - pelvisX * pelvisX);
  return {
    pelvis: [pelvisX, pelvisY, 0] as Vec3,
    // the back thigh down to the knee on the floor, shin and foot flat behind it
    legR: [{ to: HK_KNEE }, 180, 181] as LimbSpec,
    legL: { to: HK_FRONT_ANKLE, bend: FWD, end: -14 } as LimbSpec,
  };
};
const HALF_KNEEL = halfKneelLegs(0);

/** Hands on the hips, elbows out and a little back. */
const handsOnHips = (pelvis: Vec3): Pick<PoseSpec, 'armR' | 'armL'> =>
  arms({ to: add(pelvis, [0, 8, HIP + 5]), bend: [-1, 0, 0.6], end: { vec: [0.3, -1, -0.2] } });

/**
 * Seen from the side and a little from in front, so an arm raised overhead clears the head; the back
 * leg (the one stretched) is drawn as the near one, though the front leg is nearer in this view.
 */
const HALF_KNEEL_VIEW = { view: { yaw: 30, pitch: 0 }, far: ['armL', 'legL'] } as const satisfies Partial<PoseSpec>;

const halfKneeling: PoseSpec = {
  ...HALF_KNEEL,
  torso: 90,
  neck: 90,
  ...handsOnHips(HALF_KNEEL.pelvis),
  ...HALF_KNEEL_VIEW,
};

/** Hip flexor stretch: hips moved forward over the front foot, trunk tall, the right (back-leg side) arm reaching up. */
const HK_STRETCH = halfKneelLegs(13);
const halfKneelingStretch: PoseSpec = {
  ...HK_STRETCH,
  torso: 90,
  neck: 88,
  armR: [[96, 14], [96, 14], [96, 14]],
  armL: handsOnHips(HK_STRETCH.pelvis).armL,
  ...HALF_KNEEL_VIEW,
};

/**
 * Pallof press: half-kneeling side-on to a band anchored at chest height on the figure's right;
 * both hands hold the band at the breastbone, then press it straight out in front of the chest.
 */
const PALLOF_CHEST_Y = HALF_KNEEL.pelvis[1] + SPINE - 12;
const PALLOF_ANCHOR: Vec3 = [12, PALLOF_CHEST_Y, 95];
/**
 * From in front and a little above, on the anchor's side: the band runs across the page to the post
 * while the arms press out towards the viewer, so the two read as at right angles (from the side, the
 * post would stand in front of the body; from behind, the band would look like a chest press).
 */
const PALLOF_VIEW = { yaw: 52, pitch: 18 } as const;
const pallof = (out: boolean): PoseSpec => {
  const hands: Vec3 = out ? [52, PALLOF_CHEST_Y - 2, 0] : [17, PALLOF_CHEST_Y - 4, 0];
  const arm = (z: 1 | -1): LimbSpec => ({
    to: add(hands, [0, 0, 2.5 * z]),
    bend: [0, -1, z * 0.6],
    end: { vec: [1, 0, -0.2 * z] },
  });
  return {
    ...HALF_KNEEL,
    torso: 90,
    neck: 90,
    armR: arm(1),
    armL: arm(-1),
    band: { anchor: PALLOF_ANCHOR },
    view: PALLOF_VIEW,
  };
};

/* ---------- dead bug and curl-up (lying on the back, head at -x) ---------- */

/** Dead bug, start: arms straight up over the shoulders, hips and knees at right angles (shins level). */
const TABLETOP: LimbSpec = [90, 0, 15];
const deadBugStart: PoseSpec = {
  pelvis: [0, LYING, 0],
  torso: 180,
  neck: HEAD_REST,
  ...arms([90, 90, 90]),
  ...legs(TABLETOP),
};

/** Dead bug, reach: the left (far) arm back overhead and the right (near) leg straight out, both hovering above the floor. */
const deadBugReach: PoseSpec = {
  ...deadBugStart,
  armL: [172, 172, 172],
  legR: [9, 9, 24],
};

/** McGill curl-up, start: right knee bent with the foot flat, left leg straight, hands flat under the small of the back. */
const CURL_HANDS: LimbSpec = { to: [-16, 3, 6], bend: [0.2, 0, 1], end: { vec: [0.3, 0, -1] } };
const curlUpDown: PoseSpec = {
  pelvis: [0, LYING, 0],
  torso: 180,
  neck: HEAD_REST,
  armR: CURL_HANDS,
  armL: mirror(CURL_HANDS),
  legR: plantedLeg,
  legL: SUPINE_LEG,
};

/** McGill curl-up, up: head and shoulders lifted a little as one piece, from the upper back; neck still in line. */
const curlUpUp: PoseSpec = {
  ...curlUpDown,
  chest: 165,
  neck: 149,
};

/* ---------- side-lying hip abduction (as the clamshell: on the left side, head to +x) ---------- */

const abduction = (() => {
  const pelvis: Vec3 = [0, RADIUS.leg + HIP, 0];
  const hipL = add(pelvis, [0, -HIP, 0]);
  const hipR = add(pelvis, [0, HIP, 0]);
  // the bottom leg bent forward for balance, as in the clamshell
  const kneeL = add(hipL, mul(dir(180, 45), THIGH));
  const ankleL = add(kneeL, mul(dir(180, -45), SHIN));
  const base = {
    pelvis,
    torso: 8,
    neck: -8,
    right: UP,
    ...sideLyingArms(hipR),
    legL: [{ to: kneeL }, { to: ankleL }, CLAM_FOOT],
    view: CLAM_VIEW,
  } as const satisfies Partial<PoseSpec>;
  // the top leg straight in line with the body, toes forward (not up), resting a little below level, then lifted
  const low = 183;
  return {
    down: { ...base, legR: [low, low, { vec: [0, -0.2, 1] }] } satisfies PoseSpec,
    up: { ...base, legR: [148, 148, { vec: [0, -0.2, 1] }] } satisfies PoseSpec,
  };
})();

/* ---------- Copenhagen plank (on the right forearm, as the side plank; the top leg on a bench) ---------- */

/** Height of the bench's top (cm): a gym bench or a low step. */
const BENCH_HEIGHT = 40;

/**
 * The trunk pivoting on the right forearm (shoulder over the elbow), the upper back at `a` degrees
 * to the floor and the lower back at `b`: where the neck, pelvis and top (left) hip are.
 */
const onForearm = (a: number, b: number) => {
  const ra = (a * Math.PI) / 180;
  const rb = (b * Math.PI) / 180;
  const neck: Vec3 = [SIDE_PLANK.elbowX + SHOULDER * Math.sin(ra), 3 + 29 + SHOULDER * Math.cos(ra), 0];
  const waist = sub(neck, mul(dir(180 - a), 28));
  const pelvis = sub(waist, mul(dir(180 - b), 22));
  return { neck, pelvis, hipL: add(pelvis, mul([Math.sin(rb), Math.cos(rb), 0], HIP)) };
};

/**
 * Copenhagen plank, long lever (`rest` = LEG: the top ankle rests on a bench set across the leg) or
 * short lever (`rest` = THIGH: the top knee and shin rest along a bench set lengthways). Up: one
 * straight line from the neck to the resting point, its tilt solved so that point is on the bench.
 * Down: the hips lowered to the floor, pivoting on the forearm, the resting point where it was.
 * Halfway (for the animation): the upper back nearly up, the lower back solved so the top leg still
 * reaches the bench; so the forearm and the leg on the bench stay put all the way.
 */
const copenhagen = (rest: number) => {
  const long = rest === LEG;
  const restY = BENCH_HEIGHT + RADIUS.leg;
  // up: rest y = neck y - (SPINE + rest) sin a + HIP cos a
  let tilt = 0;
  for (let i = 0; i < 40; i += 1) {
    const r = (tilt * Math.PI) / 180;
    const f = 3 + 29 + (SHOULDER + HIP) * Math.cos(r) - (SPINE + rest) * Math.sin(r) - restY;
    const df = (-(SHOULDER + HIP) * Math.sin(r) - (SPINE + rest) * Math.cos(r)) * (Math.PI / 180);
    tilt -= f / df;
  }
  const restAt = add(onForearm(tilt, tilt).hipL, mul(dir(-tilt), rest));
  /**
   * The angle x in [lo, hi] that puts the top hip exactly `rest` from the resting point, the trunk at
   * `angles(x)` (upper back, lower back); lowering the hips takes the hip further away.
   */
  const reaching = (angles: (x: number) => [number, number], lo: number, hi: number) => {
    for (let i = 0; i < 50; i += 1) {
      const x = (lo + hi) / 2;
      if (Math.hypot(...sub(restAt, onForearm(...angles(x)).hipL)) > rest) hi = x;
      else lo = x;
    }
    return (lo + hi) / 2;
  };
  const down = reaching((x) => [x, x], tilt + 1, 60);
  const pose = (a: number, b: number, bottom: LimbSpec, neckLift: number): PoseSpec => {
    const at = onForearm(a, b);
    const toRest = pitchOf(sub(restAt, at.hipL));
    return {
      pelvis: at.pelvis,
      torso: 180 - b,
      chest: 180 - a,
      neck: 180 - a + neckLift,
      right: DOWN,
      armR: FOREARM_ON_FLOOR,
      // top hand on the top hip
      armL: { to: add(at.hipL, [-3, RADIUS.leg + 2, 4]), bend: [0.3, 1, 0.4], end: { vec: [1, -0.5, 0] } },
      // long lever: the leg straight to the ankle on the bench; short lever: the thigh to the knee, the shin along the bench
      legL: long ? [toRest, toRest, FOOT_LEVEL] : [toRest, 0, FOOT_LEVEL],
      legR: bottom,
      bench: long ? { under: 'ankleL' } : { under: 'kneeL', to: 'ankleL' },
      view: SIDE_PLANK_VIEW,
      far: [],
    };
  };
  // halfway, the shoulders are nearly up and the hips still low (tuned so the forearm and the foot stay put)
  const midA = tilt + 0.1 * (down - tilt);
  return {
    // down: the bottom leg on the floor under the bench; up: lifted straight, in line with the body, under the bench
    down: pose(down, down, [0, 0, FOOT_LEVEL], 20),
    up: pose(tilt, tilt, [-tilt, -tilt, FOOT_LEVEL], 0),
    mid: pose(midA, reaching((x) => [midA, x], midA - 30, midA + 60), [-tilt / 2, -tilt / 2, FOOT_LEVEL], 10),
  };
};
const COPENHAGEN = copenhagen(LEG);
const COPENHAGEN_SHORT = copenhagen(THIGH);

export const POSES: Record<PoseName, PoseSpec> = {
  stand,
  'split-stance-hinge': splitStanceHinge,
  'split-stance-row': splitStanceRow,
  'hinge-top': hingeTop,
  'hinge-bottom': hingeBottom,
  'squat-bottom': squatBottom,
  'lunge-bottom': lungeBottom,
  'hook-lying': hookLying,
  'bridge-up': bridgeUp,
  'single-leg-bridge-down': singleLegBridgeDown,
  'single-leg-bridge-up': singleLegBridgeUp,
  'bridge-march': bridgeMarch,
  'kneeling-plank': kneelingPlank,
  plank,
  'side-lying-forearm': sideLyingForearm,
  'side-plank': sidePlank,
  'v-sit-twist-left': vSit(-1),
  'v-sit-twist-right': vSit(1),
  'ball-bridge-arms-up': ballBridge(0),
  'ball-bridge-twist': ballBridge(1),
  'all-fours': allFours,
  'bird-dog': birdDog,
  'ball-extension-down': ballExtensionDown,
  'ball-extension-up': ballExtensionUp,
  'clamshell-closed': clam.closed,
  'clamshell-open': clam.open,
  'ball-plank': ballPlank,
  'ball-pike': ballPike,
  'ball-plank-shins': ballPlankShins,
  'ball-tuck': ballTuck,
  'ball-prone-legs-down': reverseLegRaise(false),
  'ball-prone-legs-up': reverseLegRaise(true),
  prone,
  locust,
  supine,
  'knee-to-chest': kneeToChest,
  'hip-roll': hipRoll,
  'pelvic-lift': pelvicLift,
  'hook-lying-arms-crossed': hookLyingArmsCrossed,
  'single-leg-stand': singleLegStand,
  'single-leg-hinge': singleLegHinge,
  'split-squat-top': splitSquatTop,
  'split-squat-bottom': splitSquatBottom,
  'step-up-start': stepUpStart,
  'step-up-top': stepUpTop,
  'step-edge-heels-level': calfOnStep(0),
  'step-edge-tiptoe': calfOnStep(-68),
  'bent-knee-heels-down': bentKneeCalf(FOOT_FLAT),
  'bent-knee-tiptoe': bentKneeCalf(-70),
  'hop-landing': hopLanding,
  'hop-air': hopAir,
  'dead-bug-start': deadBugStart,
  'dead-bug-reach': deadBugReach,
  'curl-up-down': curlUpDown,
  'curl-up-up': curlUpUp,
  'side-lying-leg-down': abduction.down,
  'side-lying-leg-up': abduction.up,
  'copenhagen-down': COPENHAGEN.down,
  'copenhagen-up': COPENHAGEN.up,
  'copenhagen-short-down': COPENHAGEN_SHORT.down,
  'copenhagen-short-up': COPENHAGEN_SHORT.up,
  'half-kneeling': halfKneeling,
  'half-kneeling-stretch': halfKneelingStretch,
  'pallof-hands-in': pallof(false),
  'pallof-press-out': pallof(true),
};

/* ---------- midway poses ---------- */

/*
 * Where a movement passes halfway, for movements where turning every joint evenly from the start
 * to the end pose would push a foot through the floor or a leg through the ball, or slide a planted
 * foot or hand. The numbers were tuned by sampling the animation (render.ts draws exactly those
 * frames) so that planted feet and hands stay within about a centimetre of where they belong and
 * nothing dips into the floor or the ball; tests/unit/figure.test.ts checks it.
 */

/** Knee to chest, halfway: the knee bending as the thigh comes up, the hands reaching for it (not a straight leg raised). */
const kneeToChestMidway: PoseSpec = {
  ...supine,
  legR: [62, -40, 20],
  ...arms([[30, 6], [40, 0], 40]),
};

/** Squat, halfway: hips already sitting back, knees bending over the planted feet, arms rising. */
const squatMidway: PoseSpec = {
  pelvis: [-33, 82, 0],
  torso: 74,
  chest: 76,
  neck: 76,
  ...arms([[-45, 4], [-45, 0], -45]),
  ...legs({ to: [0, 8, HIP + 1.5], bend: FWD, end: FOOT_FLAT }),
  holds: ['R', 'L'],
};

/** Reverse lunge, halfway: the weight going back over the planted front foot, the back foot stepping through the air. */
const lungeMidway: PoseSpec = {
  pelvis: [-32, 82, 0],
  torso: 90,
  neck: 90,
  ...ARMS_HANGING,
  legR: { to: [0, 8, HIP], bend: FWD, end: FOOT_FLAT },
  legL: { to: [-50, 24, -HIP], bend: [0.4, -1, 0], end: -40 },
  holds: ['R', 'L'],
};

/** Romanian deadlift, halfway: hips going back, the weights sliding down the thighs. */
const hingeMidway: PoseSpec = {
  pelvis: [-10, 91, 0],
  torso: 55,
  chest: 54,
  neck: 48,
  ...arms([[-90, 3], [-90, 0], -89]),
  ...legs({ to: [2, 8, HIP], bend: FWD, end: FOOT_FLAT }),
  holds: ['R', 'L'],
};

/** Kneeling plank to plank, halfway: toes tucked under, knees about to lift. */
const plankMidway: PoseSpec = (() => {
  const pelvisY = 21;
  const slope = deg(Math.asin((3 + 29 - pelvisY) / SPINE));
  return {
    pelvis: [0, pelvisY, 0],
    torso: slope,
    neck: slope + 4,
    ...arms([-90, 0, 0]),
    ...legs([192, 158, -80]),
  };
})();

/** Bird dog, halfway: the knee off the floor and the leg swinging back, the arm rising forward. */
const birdDogMidway: PoseSpec = {
  ...allFours,
  neck: 0,
  armR: [-14, -14, -14],
  legL: [[225, 0], [173, 0], 220],
};

/** Single-leg Romanian deadlift, halfway: the hips going back over the planted foot, the free leg swinging up behind. */
const singleLegHingeMidway: PoseSpec = {
  pelvis: [-8, 90, 0],
  torso: 50,
  neck: 50,
  ...arms([[-90, 2], [-90, 0], -90]),
  legR: stanceLeg,
  legL: [[-132, 0], [-140, 0], -110],
  holds: ['L'],
};

/** Split squat, halfway: straight down between the feet, which stay where they are. */
const splitSquatMidway: PoseSpec = {
  ...splitSquatTop,
  pelvis: [-44, 70, 0],
};

/** Step-up, halfway: rising on the leading leg, its foot planted on the step, the trailing foot off the floor behind. */
const stepUpMidway: PoseSpec = rightFootAt(
  {
    pelvis: [-8, 112, 0],
    torso: 80,
    neck: 82,
    ...ARMS_HANGING,
    legR: { to: STEP_FOOT, bend: [1, 0.4, 0], end: FOOT_FLAT },
    legL: [[-95, 0], [-130, 0], -60],
  },
  STEP.height,
);

/** Calf raises, halfway: the heels half up, turning about the balls of the feet. */
const CALF_MIDWAY = { onStep: calfOnStep(-34), bentKnee: bentKneeCalf(-45) };

/**
 * Midway poses, keyed `start>end` (see above). The large figure's animation bows through the
 * midway pose; they are not selectable from the frontmatter.
 */
export const MIDWAY: Partial<Record<`${PoseName}>${PoseName}`, PoseSpec>> = {
  'stand>squat-bottom': squatMidway,
  'stand>lunge-bottom': lungeMidway,
  'hinge-top>hinge-bottom': hingeMidway,
  'kneeling-plank>plank': plankMidway,
  'all-fours>bird-dog': birdDogMidway,
  'copenhagen-down>copenhagen-up': COPENHAGEN.mid,
  'copenhagen-short-down>copenhagen-short-up': COPENHAGEN_SHORT.mid,
  'ball-plank-shins>ball-tuck': ballTuckMidway,
  'ball-plank>ball-pike': ballPikeMidway,
  'single-leg-stand>single-leg-hinge': singleLegHingeMidway,
  'split-squat-top>split-squat-bottom': splitSquatMidway,
  'step-up-start>step-up-top': stepUpMidway,
  'step-edge-heels-level>step-edge-tiptoe': CALF_MIDWAY.onStep,
  'bent-knee-heels-down>bent-knee-tiptoe': CALF_MIDWAY.bentKnee,
  'clamshell-closed>clamshell-open': clam.midway,
  'v-sit-twist-left>v-sit-twist-right': vSit(0),
  'supine>knee-to-chest': kneeToChestMidway,
};
