import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFigureFrontmatter } from '../../src/lib/figure/frontmatter';
import { MIDWAY, POSES } from '../../src/lib/figure/library';
import { placePose, resolvePose } from '../../src/lib/figure/model';
import { POSE_NAMES, PROPS, type PoseName, type Prop } from '../../src/lib/figure/poses';
import {
  CHAINS,
  FRAMING,
  bandAt,
  bandEnd,
  figureExtent,
  frameFigure,
  EASED_SAMPLES,
  placedPose,
  renderFigureSvg,
  SAMPLE_STEPS,
  renderPoseSvg,
  standaloneSvg,
  type ChainKey,
  type FigureData,
  type P2,
  type Scene,
} from '../../src/lib/figure/render';
import {
  BALL_RADIUS,
  BONES,
  BONE_NAMES,
  JOINTS,
  JOINT_RADIUS,
  STEP,
  distance,
  dot,
  length,
  sub,
  forwardKinematics,
  segmentDistance,
} from '../../src/lib/figure/skeleton';

const dir = join(import.meta.dirname, '../../content/exercises');
const exercises = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .sort()
  .map((file) => ({ file, ...readFigureFrontmatter(readFileSync(join(dir, file), 'utf8')) }));

const isPose = (s: string): s is PoseName => (POSE_NAMES as readonly string[]).includes(s);
const isProp = (s: string): s is Prop => (PROPS as readonly string[]).includes(s);
const figureOf = (ex: (typeof exercises)[number]): FigureData => {
  const f = ex.figure;
  if (!f || !isPose(f.start) || !isPose(f.end)) throw new Error(`${ex.file}: no usable figure`);
  return {
    start: f.start,
    end: f.end,
    props: f.props.filter(isProp),
    side: f.side === 'left' ? 'left' : f.side === 'right' ? 'right' : undefined,
    alt: f.alt,
  };
};

describe('skeleton', () => {
  it('every segment keeps its fixed length in every pose (no stretching limbs)', () => {
    for (const name of POSE_NAMES) {
      const joints = placedPose(name).joints;
      for (const bone of BONE_NAMES) {
        const { from, to, length } = BONES[bone];
        expect(distance(joints[from], joints[to]), `${name}: ${bone}`).toBeCloseTo(length, 6);
      }
    }
  });

  it("a figure's start and end poses have identical segment lengths", () => {
    for (const ex of exercises) {
      const f = figureOf(ex);
      const a = placedPose(f.start).joints;
      const b = placedPose(f.end).joints;
      for (const bone of BONE_NAMES) {
        const { from, to } = BONES[bone];
        expect(distance(a[from], a[to]), `${ex.file}: ${bone}`).toBeCloseTo(distance(b[from], b[to]), 6);
      }
    }
  });

  it('forward kinematics puts every joint at its parent plus length times direction', () => {
    const pose = resolvePose(POSES['bird-dog']);
    const joints = forwardKinematics(pose);
    expect(joints.pelvis).toEqual(POSES['bird-dog'].pelvis);
    for (const bone of BONE_NAMES) {
      const { from, to, length } = BONES[bone];
      const d = pose.dirs[bone];
      joints[to].forEach((v, i) => expect(v).toBeCloseTo((joints[from][i] ?? 0) + (d[i] ?? 0) * length, 9));
    }
  });

  it('every arm or leg written as a reach gets its hand or foot to the target', () => {
    for (const name of POSE_NAMES) {
      const spec = POSES[name];
      const joints = forwardKinematics(resolvePose(spec));
      const limbs = [
        [spec.armR, 'wristR'],
        [spec.armL, 'wristL'],
        [spec.legR, 'ankleR'],
        [spec.legL, 'ankleL'],
      ] as const;
      for (const [limb, end] of limbs) {
        if ('to' in limb) expect(distance(joints[end], limb.to), `${name}: ${end} out of reach`).toBeLessThan(1);
      }
    }
  });
});

describe('poses', () => {
  it('every named pose has geometry', () => {
    for (const name of POSE_NAMES) {
      expect(POSES[name], name).toBeDefined();
      const joints = placePose(POSES[name]).joints;
      for (const j of JOINTS) for (const v of joints[j]) expect(Number.isFinite(v), `${name}: ${j}`).toBe(true);
    }
  });

  it('no body part is below the floor line, and every figure rests on the floor (or the step, or is in the air)', () => {
    for (const name of POSE_NAMES) {
      const joints = placedPose(name).joints;
      const ground = POSES[name].ground ?? 0;
      const lowest = Math.min(...JOINTS.map((j) => joints[j][1] - JOINT_RADIUS[j]));
      expect(lowest, `${name} goes below its ground`).toBeGreaterThanOrEqual(ground - 0.01);
      expect(lowest, `${name} floats above its ground`).toBeLessThan(ground + 0.5);
    }
  });

  /** The lowest drawn point of one foot (ankle and toe). */
  const footBottom = (j: ReturnType<typeof placedPose>['joints'], side: 'R' | 'L') =>
    Math.min(j[`ankle${side}`][1] - JOINT_RADIUS[`ankle${side}`], j[`toe${side}`][1] - JOINT_RADIUS[`toe${side}`]);

  it('on the step: a foot on it rests on its top, over it; a foot on the floor rests on the floor, clear of it', () => {
    const onStep: Record<string, { R: 'step' | 'floor' | 'air'; L: 'step' | 'floor' | 'air'; heelsOver?: boolean }> = {
      'step-up-start': { R: 'step', L: 'floor' },
      'step-up-top': { R: 'step', L: 'air' },
      'step-edge-heels-level': { R: 'step', L: 'step', heelsOver: true },
      'step-edge-tiptoe': { R: 'step', L: 'step' },
    };
    for (const [name, feet] of Object.entries(onStep)) {
      const j = placedPose(name as PoseName).joints;
      for (const side of ['R', 'L'] as const) {
        const bottom = footBottom(j, side);
        const toe = j[`toe${side}`];
        const at = `${name}: ${side} foot`;
        if (feet[side] === 'step') {
          expect(bottom, `${at} rests on the step`).toBeCloseTo(STEP.height, 1);
          expect(toe[0], `${at}: toes over the step`).toBeGreaterThan(STEP.x0 + 2);
          expect(toe[0], `${at}: toes over the step`).toBeLessThan(STEP.x1);
          if (feet.heelsOver) expect(j[`ankle${side}`][0], `${at}: heel out over the edge`).toBeLessThan(STEP.x0 + 1);
        } else if (feet[side] === 'floor') {
          expect(bottom, `${at} rests on the floor`).toBeCloseTo(0, 1);
          expect(Math.max(toe[0], j[`ankle${side}`][0]) + JOINT_RADIUS.toeR, `${at}: clear of the step`).toBeLessThan(STEP.x0);
        } else {
          expect(bottom, `${at} is off the step`).toBeGreaterThan(STEP.height + 3);
        }
      }
    }
  });

  it('a hop: in the air the whole body is clearly off the floor; on landing the heels are up', () => {
    const air = placedPose('hop-air').joints;
    expect(Math.min(footBottom(air, 'R'), footBottom(air, 'L'))).toBeGreaterThanOrEqual(10);
    const land = placedPose('hop-landing').joints;
    for (const side of ['R', 'L'] as const) {
      expect(land[`ankle${side}`][1] - land[`toe${side}`][1], `landing: ${side} heel up`).toBeGreaterThan(8);
      expect(footBottom(land, side), `landing: ${side} foot on the floor`).toBeCloseTo(0, 1);
    }
  });

  it('single-leg Romanian deadlift: at the bottom the trunk and the free leg are one long line near level; the stance foot stays flat', () => {
    const j = placedPose('single-leg-hinge').joints;
    const pitch = (a: readonly number[], b: readonly number[]) => (Math.atan2((b[1] ?? 0) - (a[1] ?? 0), (b[0] ?? 0) - (a[0] ?? 0)) * 180) / Math.PI;
    const trunk = pitch(j.pelvis, j.neck);
    const leg = pitch(j.hipL, j.ankleL);
    expect(Math.abs(trunk), 'trunk near level').toBeLessThan(15);
    expect(Math.abs(((leg - trunk + 360) % 360) - 180), 'free leg in line with the trunk').toBeLessThan(8);
    expect(footBottom(j, 'R')).toBeCloseTo(0, 1);
    expect(j.toeR[1], 'stance foot flat').toBeLessThan(j.ankleR[1]);
    expect(j.ankleR[1] - j.toeR[1]).toBeLessThan(7);
  });

  it('calf raises: the heels rise well clear of where they started, the knees keep their bend', () => {
    for (const [down, up] of [
      ['step-edge-heels-level', 'step-edge-tiptoe'],
      ['bent-knee-heels-down', 'bent-knee-tiptoe'],
    ] as const) {
      const a = placedPose(down).joints;
      const b = placedPose(up).joints;
      expect(b.ankleR[1] - a.ankleR[1], `${up}: heel rise`).toBeGreaterThan(10);
      expect(distance(b.toeR, a.toeR), `${up}: the toes stay put`).toBeLessThan(1);
      const knee = (j: typeof a) => distance(j.hipR, j.ankleR);
      expect(knee(b), `${up}: same knee bend`).toBeCloseTo(knee(a), 1);
    }
    // the soleus version: the knee bent 40 degrees or more (thigh and shin directions that far apart)
    const bent = placedPose('bent-knee-tiptoe').joints;
    const [thigh, shin] = [sub(bent.kneeR, bent.hipR), sub(bent.ankleR, bent.kneeR)];
    const kneeBend = (Math.acos(dot(thigh, shin) / (length(thigh) * length(shin))) * 180) / Math.PI;
    expect(kneeBend, 'bent-knee: the knee clearly bent').toBeGreaterThan(40);
  });

  it('arms crossed over the chest: each hand on the opposite shoulder, the forearms above the chest', () => {
    for (const name of ['hook-lying-arms-crossed', 'pelvic-lift'] as const) {
      const j = placedPose(name).joints;
      expect(distance(j.wristR, j.shoulderL), `${name}: right hand`).toBeLessThan(distance(j.wristR, j.shoulderR));
      expect(distance(j.wristL, j.shoulderR), `${name}: left hand`).toBeLessThan(distance(j.wristL, j.shoulderL));
      expect(distance(j.fingersR, j.shoulderL), `${name}: right hand`).toBeLessThan(15);
      for (const p of [j.elbowR, j.wristR, j.elbowL, j.wristL]) expect(p[1], name).toBeGreaterThan(j.neck[1] + 6);
    }
  });

  /** The angle in degrees between two directions. */
  const angle = (u: readonly [number, number, number], v: readonly [number, number, number]) =>
    (Math.acos(Math.min(1, Math.max(-1, dot(u, v) / (length(u) * length(v))))) * 180) / Math.PI;

  it("clamshell, as its steps say: hips bent about 45 degrees and knees about 90, feet together, the lower knee on the mat; the top knee lifts", () => {
    for (const name of ['clamshell-closed', 'clamshell-open'] as const) {
      const j = placedPose(name).joints;
      const trunk = sub(j.neck, j.pelvis);
      for (const side of ['R', 'L'] as const) {
        const thigh = sub(j[`knee${side}`], j[`hip${side}`]);
        const shin = sub(j[`ankle${side}`], j[`knee${side}`]);
        // a straight hip has the thigh pointing away from the trunk (180 degrees)
        expect(180 - angle(trunk, thigh), `${name}: hip ${side} bend`).toBeGreaterThan(35);
        expect(180 - angle(trunk, thigh), `${name}: hip ${side} bend`).toBeLessThan(55);
        expect(angle(thigh, shin), `${name}: knee ${side} bend`).toBeGreaterThan(78);
        expect(angle(thigh, shin), `${name}: knee ${side} bend`).toBeLessThan(102);
      }
      expect(distance(j.ankleR, j.ankleL), `${name}: feet together`).toBeLessThan(2 * JOINT_RADIUS.ankleR + 1);
      expect(j.kneeL[1] - JOINT_RADIUS.kneeL, `${name}: lower knee on the mat`).toBeLessThan(0.5);
      // feet behind, in line with the bottom: about level with the pelvis front to back (z)
      expect(Math.abs(j.ankleL[2] - j.pelvis[2]), `${name}: feet in line with the bottom`).toBeLessThan(8);
    }
    const open = placedPose('clamshell-open').joints;
    expect(open.kneeR[1] - open.kneeL[1], 'the top knee lifted well clear of the lower one').toBeGreaterThan(30);
  });

  it('staggered-stance row, as its steps say: hinged a little with a flat back (chest pitched down, not facing the floor); the weight hangs, then rows to the lower ribs', () => {
    for (const name of ['split-stance-hinge', 'split-stance-row'] as const) {
      const j = placedPose(name).joints;
      const trunk = (Math.atan2(j.neck[1] - j.pelvis[1], j.neck[0] - j.pelvis[0]) * 180) / Math.PI;
      expect(trunk, `${name}: the trunk well off level (the chest not facing the floor)`).toBeGreaterThan(30);
      expect(trunk, `${name}: but hinged forward`).toBeLessThan(55);
      expect(distance(j.pelvis, j.neck), `${name}: a flat back`).toBeCloseTo(BONES.lowerBack.length + BONES.upperBack.length, 1);
    }
    const hang = placedPose('split-stance-hinge').joints;
    expect(Math.abs(hang.wristR[0] - hang.shoulderR[0]), 'start: the weight hangs straight down from the shoulder').toBeLessThan(3);
    const row = placedPose('split-stance-row').joints;
    // the hand beside the trunk, between the waist and the chest: its distance from the spine's line (side view)
    const along = segmentDistance([row.wristR[0], row.wristR[1], 0], [row.pelvis[0], row.pelvis[1], 0], [row.neck[0], row.neck[1], 0]);
    expect(along.distance, 'end: the hand at the side of the trunk').toBeLessThan(12);
    expect(along.at, 'end: by the lower ribs').toBeGreaterThan(0.3);
    expect(along.at, 'end: by the lower ribs').toBeLessThan(0.8);
    expect(row.elbowR[0], 'end: the elbow drawn back past the hand').toBeLessThan(row.wristR[0]);
  });

  it('Russian twist, as its steps say: the clasped hands go down beside one hip, above the floor, then pass in front of the stomach to the other', () => {
    for (const [name, side] of [
      ['v-sit-twist-right', 1],
      ['v-sit-twist-left', -1],
    ] as const) {
      const j = placedPose(name).joints;
      for (const hand of [j.fingersR, j.fingersL, j.wristR, j.wristL]) {
        expect(hand[1] - JOINT_RADIUS.wristR, `${name}: hands above the floor`).toBeGreaterThan(2);
        expect(side * (hand[2] - j.pelvis[2]), `${name}: hands out to that side of the hip`).toBeGreaterThan(BONES.hipR.length + JOINT_RADIUS.hipR);
        expect(Math.abs(hand[0] - j.pelvis[0]), `${name}: beside the hip`).toBeLessThan(25);
      }
    }
    const mid = MIDWAY['v-sit-twist-left>v-sit-twist-right'];
    if (!mid) throw new Error('no midway pose for the Russian twist');
    const m = placePose(mid).joints;
    for (const hand of [m.wristR, m.wristL]) {
      expect(hand[0], 'midway: the hands in front of the stomach').toBeGreaterThan(m.waist[0] + 10);
      expect(Math.abs(hand[2]), 'midway: in the middle').toBeLessThan(8);
    }
  });

  it('marching bridge, as its steps say: the hips stay up and one foot lifts a few centimetres, the knee keeping its bend', () => {
    const [up, march] = [placedPose('bridge-up').joints, placedPose('bridge-march').joints];
    expect(distance(up.pelvis, march.pelvis), 'the hips stay where they are').toBeLessThan(0.5);
    const lift = Math.min(march.ankleR[1], march.toeR[1]) - JOINT_RADIUS.ankleR;
    expect(lift, 'the foot off the floor').toBeGreaterThan(5);
    expect(lift, 'by a few centimetres, not a knee drawn to the chest').toBeLessThan(20);
    expect(angle(sub(march.kneeR, march.hipR), sub(march.ankleR, march.kneeR)), 'the knee still bent').toBeGreaterThan(60);
  });

  it('hands behind the ears (ball back extension): the elbows out beside the head, not standing over it', () => {
    for (const name of ['ball-extension-down', 'ball-extension-up'] as const) {
      const j = placedPose(name).joints;
      const up = sub(j.head, j.neck);
      for (const elbow of [j.elbowR, j.elbowL]) {
        // how far the elbow reaches along the neck's direction, past the head's centre
        const past = dot(sub(elbow, j.head), up) / length(up);
        expect(past, `${name}: the elbow stands over the head`).toBeLessThan(JOINT_RADIUS.head);
        expect(Math.abs(elbow[2]), `${name}: the elbow out to the side`).toBeGreaterThan(BONES.shoulderR.length);
      }
    }
  });

  it('side plank: on the forearm, elbow under the shoulder, forearm flat on the floor (and seen, not end-on)', () => {
    for (const name of ['side-plank', 'side-lying-forearm'] as const) {
      const { joints: j } = placedPose(name);
      // in the world: the upper arm straight down, the forearm and hand resting on the floor
      expect(Math.hypot(j.elbowR[0] - j.shoulderR[0], j.elbowR[2] - j.shoulderR[2]), `${name}: elbow under the shoulder`).toBeLessThan(3);
      for (const p of [j.elbowR, j.wristR, j.fingersR]) expect(p[1] - JOINT_RADIUS.elbowR, `${name}: forearm on the floor`).toBeLessThan(0.5);
      expect(distance(j.elbowR, j.wristR), name).toBeCloseTo(BONES.forearmR.length, 6);
    }
    // on the page: the forearm a clear, near-level stroke on the floor line, the elbow beneath the shoulder
    const f = frameFigure({ start: 'side-lying-forearm', end: 'side-plank', props: ['mat'], alt: 'x' }, 'thumb');
    const [, , , shoulder, elbow, wrist] = f.poses[0]?.chains.armR ?? [];
    if (!shoulder || !elbow || !wrist) throw new Error('no arm');
    const run = Math.abs(wrist.x - elbow.x);
    expect(run, 'the forearm is seen along its length').toBeGreaterThan(BONES.forearmR.length * 0.55);
    expect(Math.abs(wrist.y - elbow.y) / run, 'the forearm is near level').toBeLessThan(0.1);
    expect(Math.abs(elbow.x - shoulder.x), 'the elbow is beneath the shoulder').toBeLessThan(3);
    expect(shoulder.y, 'the shoulder is above the elbow').toBeLessThan(elbow.y - BONES.upperArmR.length * 0.9);
    expect(f.floorY - 2.5 - (elbow.y + JOINT_RADIUS.elbowR), 'the forearm rests on the mat').toBeLessThan(1);
  });

  it('figures on the ball rest on it, and nothing sinks into it', () => {
    const onBall = POSE_NAMES.filter((name) => POSES[name].ball);
    expect(onBall.length).toBeGreaterThan(5);
    for (const name of onBall) {
      const { joints, ball } = placedPose(name);
      const on = POSES[name].ball?.on;
      expect(ball, name).toBeDefined();
      if (!ball || !on) continue;
      expect(ball[1], `${name}: ball on the floor`).toBeCloseTo(BALL_RADIUS, 6);
      const { from, to, radius } = BONES[on];
      const contact = segmentDistance(ball, joints[from], joints[to]);
      expect(Math.abs(contact.distance - BALL_RADIUS - radius), `${name}: ${on} touches the ball`).toBeLessThan(2.5);
      for (const bone of BONE_NAMES) {
        const b = BONES[bone];
        const gap = segmentDistance(ball, joints[b.from], joints[b.to]).distance - BALL_RADIUS - b.radius;
        expect(gap, `${name}: ${bone} sinks into the ball`).toBeGreaterThan(-2.5);
      }
      expect(distance(ball, joints.head) - BALL_RADIUS - JOINT_RADIUS.head, `${name}: head`).toBeGreaterThan(-2.5);
    }
  });
});

describe('exercise figures', () => {
  it('finds the exercises', () => {
    expect(exercises.length).toBeGreaterThan(5);
  });

  it('every exercise has a figure naming existing poses and props', () => {
    for (const ex of exercises) {
      expect(ex.figure, `${ex.file} has no figure`).toBeDefined();
      const f = ex.figure;
      if (!f) continue;
      expect(POSE_NAMES, `${ex.file}: start`).toContain(f.start);
      expect(POSE_NAMES, `${ex.file}: end`).toContain(f.end);
      for (const p of f.props) expect(PROPS, `${ex.file}: props`).toContain(p);
      if (f.side !== undefined) expect(['left', 'right'], `${ex.file}: side`).toContain(f.side);
      expect(f.alt.length, `${ex.file}: alt`).toBeGreaterThan(10);
    }
  });

  it('an exercise on a bench or with a band uses poses that draw it, and lists it', () => {
    for (const ex of exercises) {
      const f = figureOf(ex);
      const bench = Boolean(POSES[f.start].bench) || Boolean(POSES[f.end].bench);
      const band = Boolean(POSES[f.start].band) || Boolean(POSES[f.end].band);
      expect(f.props?.includes('bench') ?? false, `${ex.file}: bench prop`).toBe(bench);
      expect(f.props?.includes('band') ?? false, `${ex.file}: band prop`).toBe(band);
    }
  });

  it('an exercise on the ball uses poses on the ball, and lists the ball', () => {
    for (const ex of exercises) {
      const f = figureOf(ex);
      const ball = Boolean(POSES[f.start].ball) || Boolean(POSES[f.end].ball);
      expect(f.props?.includes('stability-ball') ?? false, `${ex.file}: stability-ball prop`).toBe(ball);
    }
  });

  it('every figure fits its frame over the whole movement, with weights above the floor', () => {
    for (const ex of exercises) {
      for (const size of ['large', 'thumb'] as const) {
        const box = figureExtent(figureOf(ex), size);
        const at = `${ex.file} (${size})`;
        expect(box.minX, at).toBeGreaterThanOrEqual(0);
        expect(box.maxX, at).toBeLessThanOrEqual(box.width);
        expect(box.minY, at).toBeGreaterThanOrEqual(0);
        expect(box.maxY, at).toBeLessThanOrEqual(box.floorY + 1);
      }
    }
  });
});

const CHAIN_KEYS = Object.keys(CHAINS) as ChainKey[];
const ALL_SIZES = ['large', 'thumb'] as const;

/** Every drawn joint of a scene, with the radius it is drawn with (the head's centre with the head's). */
const drawnPoints = (scene: Scene): { p: P2; r: number; name: string }[] =>
  CHAIN_KEYS.flatMap((key) =>
    scene.chains[key].flatMap((p, i) => {
      if (key === 'torso' && i === 3) return [{ p, r: RADIUS_HEAD, name: 'head' }];
      return i >= CHAINS[key].drawFrom ? [{ p, r: CHAINS[key].width / 2, name: `${key}[${i}]` }] : [];
    }),
  );
const RADIUS_HEAD = 11;

const viewBoxOf = (svg: string) => {
  const [x, y, w, h] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map(Number);
  return { x, y, w: w ?? NaN, h: h ?? NaN };
};

/** Distance from p to the segment a-b. */
const toSegment = (p: P2, a: P2, b: P2): number => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const l2 = dx * dx + dy * dy;
  const t = l2 < 1e-9 ? 0 : Math.min(1, Math.max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
};
/** The smallest gap between the ball and any drawn segment (negative: sinking into it). */
const ballGap = (scene: Scene): number => {
  const ball = scene.ball;
  if (!ball) return Infinity;
  let gap = Infinity;
  for (const key of CHAIN_KEYS) {
    const pts = scene.chains[key];
    for (let i = CHAINS[key].drawFrom; i < CHAINS[key].drawTo; i += 1) {
      const a = pts[i];
      const b = pts[i + 1];
      if (a && b) gap = Math.min(gap, toSegment(ball, a, b) - BALL_RADIUS - CHAINS[key].width / 2);
    }
  }
  return gap;
};

describe('framing', () => {
  it('the viewBox is the frame: it starts at 0 0, and the SVG is drawn to its shape', () => {
    for (const ex of exercises) {
      for (const size of ALL_SIZES) {
        const f = frameFigure(figureOf(ex), size);
        const svg = renderFigureSvg(figureOf(ex), { size, title: ex.title, idPrefix: 'x' });
        const vb = viewBoxOf(svg);
        expect([vb.x, vb.y], ex.file).toEqual([0, 0]);
        expect(vb.w, ex.file).toBeCloseTo(f.width, 1);
        expect(vb.h, ex.file).toBeCloseTo(f.height, 1);
        const w = Number(/ width="(\d+)"/.exec(svg)?.[1]);
        const h = Number(/ height="(\d+)"/.exec(svg)?.[1]);
        expect(Math.abs(w / h - vb.w / vb.h), ex.file).toBeLessThan(0.03);
      }
    }
  });

  it('the viewBox contains every joint of both poses (large) or of the end pose (thumb), nothing clipped', () => {
    for (const ex of exercises) {
      for (const size of ALL_SIZES) {
        const f = frameFigure(figureOf(ex), size);
        for (const scene of f.poses) {
          for (const { p, r, name } of drawnPoints(scene)) {
            const at = `${ex.file} (${size}): ${name}`;
            expect(p.x - r, at).toBeGreaterThanOrEqual(0);
            expect(p.x + r, at).toBeLessThanOrEqual(f.width);
            expect(p.y - r, at).toBeGreaterThanOrEqual(0);
            expect(p.y + r, at).toBeLessThanOrEqual(f.floorY + 1);
          }
          if (scene.ball) {
            expect(scene.ball.x - BALL_RADIUS, ex.file).toBeGreaterThanOrEqual(0);
            expect(scene.ball.x + BALL_RADIUS, ex.file).toBeLessThanOrEqual(f.width);
            expect(scene.ball.y + BALL_RADIUS, ex.file).toBeLessThanOrEqual(f.floorY + 1);
          }
        }
      }
    }
  });

  it('large: nothing leaves the frame at any moment of the animation', () => {
    // collected, then checked once (an expect per point took seconds)
    const out: string[] = [];
    for (const ex of exercises) {
      const f = frameFigure(figureOf(ex), 'large');
      for (let i = 0; i <= 40; i += 1) {
        for (const { p, r, name } of drawnPoints(f.at(i / 40))) {
          if (p.x - r < 0 || p.x + r > f.width || p.y - r < 0 || p.y + r > f.floorY + 1) out.push(`${ex.file} at t=${i / 40}: ${name}`);
        }
      }
    }
    expect(out).toEqual([]);
  });

  it('the animation starts and ends exactly on the two poses', () => {
    for (const ex of exercises) {
      const f = frameFigure(figureOf(ex), 'large');
      const [start, end] = f.poses;
      for (const [t, pose] of [
        [0, start],
        [1, end],
      ] as const) {
        const a = drawnPoints(f.at(t));
        const b = drawnPoints(pose as Scene);
        a.forEach(({ p }, i) => {
          expect(p.x, `${ex.file} t=${t}`).toBeCloseTo(b[i]?.p.x ?? NaN, 6);
          expect(p.y, `${ex.file} t=${t}`).toBeCloseTo(b[i]?.p.y ?? NaN, 6);
        });
      }
    }
  });

  it('frames are tight: a small margin round the drawing, the floor line at the bottom', () => {
    for (const ex of exercises) {
      for (const size of ALL_SIZES) {
        const box = figureExtent(figureOf(ex), size);
        const at = `${ex.file} (${size})`;
        const aspect = box.width / box.height;
        expect(aspect, at).toBeGreaterThanOrEqual(FRAMING[size].minAspect - 0.01);
        expect(aspect, at).toBeLessThanOrEqual(FRAMING[size].maxAspect + 0.01);
        expect(box.height - box.floorY, `${at}: floor line at the bottom`).toBeLessThan(3);
        // the frame is only as big as it must be: either the drawing's width or its height (plus margins) fills it
        const { margin } = FRAMING[size];
        const fillsWidth = box.width - (box.maxX - box.minX) <= 2 * margin + 0.2;
        const fillsHeight = box.minY <= margin + 0.2;
        expect(fillsWidth || fillsHeight, at).toBe(true);
        // and centred across
        expect(Math.abs(box.minX - (box.width - box.maxX)), at).toBeLessThan(0.2);
      }
    }
  });

  it('standing moves fill their frame: a tall drawing gets an upright frame, not a wide one with empty sides', () => {
    const STANDING_STARTS = [
      'stand',
      'hinge-top',
      'split-stance-hinge',
      'single-leg-stand',
      'split-squat-top',
      'step-up-start',
      'step-edge-heels-level',
      'bent-knee-heels-down',
      'hop-landing',
    ];
    const standing = exercises.filter((ex) => STANDING_STARTS.includes(figureOf(ex).start));
    expect(standing.length).toBeGreaterThanOrEqual(10);
    for (const ex of standing) {
      const box = figureExtent(figureOf(ex), 'large');
      const [w, h] = [box.maxX - box.minX, box.maxY - box.minY];
      expect(h / box.height, `${ex.file}: height`).toBeGreaterThan(0.9);
      // as wide as the drawing and its margins, or as narrow as a large frame may be: no empty sides
      const narrowest = Math.max(w + 2 * FRAMING.large.margin, box.height * FRAMING.large.minAspect);
      expect(box.width, ex.file).toBeLessThanOrEqual(narrowest + 0.2);
      // on a phone (358 px wide, at most 20rem = 320 px high), the drawing is nearly the full 320 px
      const px = Math.min(358 / box.width, 320 / box.height) * h;
      expect(px, `${ex.file}: px tall on a phone`).toBeGreaterThan(290);
    }
  });

  it('twists, rows and side-lying moves draw no tangles: no leg crosses another limb, in either pose', () => {
    const LIMBS = ['armR', 'armL', 'legR', 'legL'] as const;
    /** The drawn segments of a limb, from the shoulder or hip on. */
    const segments = (scene: Scene, key: (typeof LIMBS)[number]) => {
      const pts = scene.chains[key];
      const from = key.startsWith('arm') ? 3 : 1;
      return pts.slice(from, CHAINS[key].drawTo + 1).flatMap((p, i, all) => (i ? [[all[i - 1], p] as [P2, P2]] : []));
    };
    /** Whether two segments cross away from their ends (a hand resting on a hip only touches). */
    const crosses = ([a, b]: [P2, P2], [c, d]: [P2, P2]) => {
      const [rx, ry, sx, sy] = [b.x - a.x, b.y - a.y, d.x - c.x, d.y - c.y];
      const den = rx * sy - ry * sx;
      if (Math.abs(den) < 1e-9) return false;
      const t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / den;
      const u = ((c.x - a.x) * ry - (c.y - a.y) * rx) / den;
      return t > 0.05 && t < 0.95 && u > 0.05 && u < 0.95;
    };
    const named = [
      'russian-twist',
      'stability-ball-russian-twist',
      'staggered-stance-row',
      'supine-hip-roll',
      'side-lying-clamshell',
      'side-plank',
      'side-lying-hip-abduction',
      'copenhagen-plank',
      'short-lever-copenhagen-plank',
      'dead-bug',
      'pallof-press',
      'half-kneeling-hip-flexor-stretch',
    ];
    for (const id of named) {
      const ex = exercises.find((e) => e.file === `${id}.mdx`);
      if (!ex) throw new Error(`no ${id}`);
      for (const size of ALL_SIZES) {
        frameFigure(figureOf(ex), size).poses.forEach((scene, n) => {
          for (const leg of ['legR', 'legL'] as const) {
            for (const other of LIMBS.filter((k) => k !== leg && !(leg === 'legL' && k === 'legR'))) {
              for (const s of segments(scene, leg)) {
                for (const o of segments(scene, other)) expect(crosses(s, o), `${id} (${size}, pose ${n}): ${leg} crosses ${other}`).toBe(false);
              }
            }
          }
        });
      }
    }
  });

  it('static SVGs (thumbnails, and the poses in the large frame): every limb and head inside the viewBox', () => {
    for (const ex of exercises) {
      const svgs = [
        renderFigureSvg(figureOf(ex), { size: 'thumb', title: ex.title, idPrefix: 'x' }),
        renderPoseSvg(figureOf(ex), 'start', { size: 'large', title: ex.title, idPrefix: 'x' }),
        renderPoseSvg(figureOf(ex), 'end', { size: 'large', title: ex.title, idPrefix: 'x' }),
      ];
      for (const svg of svgs) {
        const { w, h } = viewBoxOf(svg);
        for (const m of svg.matchAll(/<path d="M([-\d. L]+)" fill="none" stroke="currentColor" stroke-width="([\d.]+)"/g)) {
          const r = Number(m[2]) / 2;
          const pts = (m[1] ?? '').split('L').map((xy) => xy.split(' ').map(Number));
          for (const [x = NaN, y = NaN] of pts) {
            expect(x - r, ex.file).toBeGreaterThanOrEqual(-0.1);
            expect(x + r, ex.file).toBeLessThanOrEqual(w + 0.1);
            expect(y - r, ex.file).toBeGreaterThanOrEqual(-0.1);
            expect(y + r, ex.file).toBeLessThanOrEqual(h + 0.1);
          }
        }
        for (const m of svg.matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([\d.]+)"/g)) {
          const [x, y, r] = [Number(m[1]), Number(m[2]), Number(m[3])];
          expect(x - r, ex.file).toBeGreaterThanOrEqual(-0.1);
          expect(x + r, ex.file).toBeLessThanOrEqual(w + 0.1);
          expect(y - r, ex.file).toBeGreaterThanOrEqual(-0.1);
        }
      }
    }
  });

  it('reduced motion: start and end fit side by side in the frame, on the floor line, without overlapping', () => {
    for (const ex of exercises) {
      const f = frameFigure(figureOf(ex), 'large');
      const { scale, start, end, arrow } = f.sideBySide;
      expect(scale, ex.file).toBeGreaterThan(0.4);
      expect(scale, ex.file).toBeLessThanOrEqual(1);
      const placed = (scene: Scene, at: { x: number; y: number }) => {
        const pts = drawnPoints(scene).map(({ p, r }) => ({ x: at.x + scale * p.x, y: at.y + scale * p.y, r: r * scale }));
        return {
          minX: Math.min(...pts.map((q) => q.x - q.r)),
          maxX: Math.max(...pts.map((q) => q.x + q.r)),
          minY: Math.min(...pts.map((q) => q.y - q.r)),
          maxY: Math.max(...pts.map((q) => q.y + q.r)),
        };
      };
      const [a, b] = [placed(f.poses[0] as Scene, start), placed(f.poses[1] as Scene, end)];
      for (const box of [a, b]) {
        expect(box.minX, ex.file).toBeGreaterThanOrEqual(0);
        expect(box.maxX, ex.file).toBeLessThanOrEqual(f.width);
        expect(box.minY, ex.file).toBeGreaterThanOrEqual(0);
        expect(box.maxY, ex.file).toBeLessThanOrEqual(f.floorY + 1);
      }
      expect(a.maxX, `${ex.file}: the poses overlap`).toBeLessThan(b.minX);
      expect(arrow.x, ex.file).toBeGreaterThan(a.maxX);
      expect(arrow.x - arrow.size, ex.file).toBeLessThan(b.minX);
      // the floor stays where it is: y = floorY maps to itself
      expect(start.y + scale * f.floorY, ex.file).toBeCloseTo(f.floorY, 6);
    }
  });

  it('on the ball, the body neither sinks into it nor lifts off it at any moment of the animation', () => {
    const onBall = exercises.filter((ex) => {
      const f = figureOf(ex);
      // seen from the side: in a turned view the ball's outline and the body overlap on the page anyway
      return POSES[f.start].ball && POSES[f.end].ball && (POSES[f.end].view?.yaw ?? 0) === 0;
    });
    expect(onBall.length).toBeGreaterThanOrEqual(4);
    for (const ex of onBall) {
      const f = frameFigure(figureOf(ex), 'large');
      for (let i = 0; i <= 40; i += 1) {
        const gap = ballGap(f.at(i / 40));
        expect(gap, `${ex.file} at t=${i / 40}: sinks into the ball`).toBeGreaterThan(-1.5);
        expect(gap, `${ex.file} at t=${i / 40}: off the ball`).toBeLessThan(1.5);
      }
    }
  });

  it('on a step: no body part enters the step at any moment of the animation, large or thumbnail', () => {
    const withStep = exercises.filter((ex) => figureOf(ex).props?.includes('step'));
    expect(withStep.length).toBeGreaterThanOrEqual(2);
    for (const ex of withStep) {
      for (const size of ALL_SIZES) {
        const f = frameFigure(figureOf(ex), size);
        const box = f.fig.step ?? [];
        expect(box.length, ex.file).toBeGreaterThanOrEqual(4);
        const [x0, x1, top] = [Math.min(...box.map((p) => p.x)), Math.max(...box.map((p) => p.x)), Math.min(...box.map((p) => p.y))];
        expect(Math.max(...box.map((p) => p.y)), `${ex.file}: the step stands on the floor line`).toBeCloseTo(f.floorY, 1);
        // signed distance from a point to the step's outline: negative inside
        const gap = (p: P2) => {
          const dx = Math.max(x0 - p.x, 0, p.x - x1);
          const dy = Math.max(top - p.y, 0);
          return dx > 0 || dy > 0 ? Math.hypot(dx, dy) : -Math.min(p.x - x0, x1 - p.x, p.y - top);
        };
        const times = size === 'large' ? Array.from({ length: 41 }, (_, i) => i / 40) : [1];
        for (const t of times) {
          const scene = size === 'large' ? f.at(t) : (f.poses[0] as Scene);
          for (const key of CHAIN_KEYS) {
            const pts = scene.chains[key];
            const r = CHAINS[key].width / 2;
            for (let i = CHAINS[key].drawFrom; i < CHAINS[key].drawTo; i += 1) {
              const [a, b] = [pts[i], pts[i + 1]] as [P2, P2];
              for (let k = 0; k <= 8; k += 1) {
                const p = { x: a.x + ((b.x - a.x) * k) / 8, y: a.y + ((b.y - a.y) * k) / 8, z: 0 };
                expect(gap(p) - r, `${ex.file} (${size}) at t=${t}: ${key} segment ${i} in the step`).toBeGreaterThan(-1);
              }
            }
          }
        }
      }
    }
  });

  it('in the air: the hop figure shows a clear gap between the feet and the floor line, at thumbnail size too', () => {
    const hops = exercises.filter((ex) => figureOf(ex).end === 'hop-air');
    expect(hops.length).toBeGreaterThanOrEqual(1);
    for (const ex of hops) {
      for (const size of ALL_SIZES) {
        const f = frameFigure(figureOf(ex), size);
        const scene = f.poses[f.poses.length - 1] as Scene;
        const lowest = Math.max(...drawnPoints(scene).map(({ p, r }) => p.y + r));
        // a tenth of the figure's own height at least: about 6 px in a 104 px card
        expect(f.floorY - lowest, `${ex.file} (${size})`).toBeGreaterThan(10);
        expect((f.floorY - lowest) / f.height, `${ex.file} (${size})`).toBeGreaterThan(0.06);
      }
    }
  });

  it('nothing dips below the floor (or the mat) at any moment of the animation', () => {
    for (const ex of exercises) {
      const f = frameFigure(figureOf(ex), 'large');
      if (f.fig.raised) continue; // seen from above, the floor line is the mat's front edge
      const surface = f.floorY - (f.fig.mat ? 2.5 : 0);
      for (let i = 0; i <= 40; i += 1) {
        for (const { p, r, name } of drawnPoints(f.at(i / 40))) {
          expect(p.y + r - surface, `${ex.file} at t=${i / 40}: ${name}`).toBeLessThan(1);
        }
      }
    }
  });

  it('seen from above: the figure lies on the mat, nothing through its near edge or off it, at any moment and in the thumbnail', () => {
    /** The mat's top surface on the page: its lowest (nearest) edge at x, or undefined off its ends. */
    const nearEdge = (top: readonly P2[], x: number): number | undefined => {
      let y: number | undefined;
      top.forEach((a, i) => {
        const b = top[(i + 1) % top.length] as P2;
        if (Math.abs(b.x - a.x) < 1e-9 || x < Math.min(a.x, b.x) || x > Math.max(a.x, b.x)) return;
        const at = a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
        y = y === undefined ? at : Math.max(y, at);
      });
      return y;
    };
    const raised = exercises.filter((ex) => figureOf(ex).props?.includes('mat') && frameFigure(figureOf(ex), 'thumb').fig.raised);
    expect(raised.map((ex) => ex.file)).toEqual(expect.arrayContaining(['russian-twist.mdx', 'side-lying-clamshell.mdx', 'supine-hip-roll.mdx']));
    for (const ex of raised) {
      for (const size of ALL_SIZES) {
        const f = frameFigure(figureOf(ex), size);
        const top = f.fig.matTop;
        if (!top) throw new Error(`${ex.file}: seen from above, the mat has a top`);
        const scenes = size === 'large' ? Array.from({ length: 41 }, (_, i) => f.at(i / 40)) : f.poses;
        scenes.forEach((scene, n) => {
          for (const { p, r, name } of drawnPoints(scene)) {
            const edge = nearEdge(top, p.x);
            const at = `${ex.file} (${size}, ${size === 'large' ? `t=${n / 40}` : 'end'}): ${name}`;
            expect(edge, `${at} is over the mat`).toBeDefined();
            expect(p.y + r - (edge ?? -Infinity), `${at} lies off the mat or through its near edge`).toBeLessThan(1);
          }
        });
      }
    }
  });

  // for each midway pose: the hands or feet that stay put (or move straight) through the movement
  const PLANTED: Record<string, readonly [ChainKey, number][]> = {
    'stand>squat-bottom': [
      ['legR', 3],
      ['legR', 4],
    ],
    'stand>lunge-bottom': [
      ['legR', 3],
      ['legR', 4],
    ],
    'hinge-top>hinge-bottom': [
      ['legR', 3],
      ['legR', 4],
    ],
    'kneeling-plank>plank': [
      ['armR', 4],
      ['armR', 5],
    ],
    'all-fours>bird-dog': [
      ['armL', 5],
      ['legR', 2],
      ['legR', 3],
    ],
    'ball-plank-shins>ball-tuck': [['armR', 5]],
    'ball-plank>ball-pike': [['armR', 5]],
    'single-leg-stand>single-leg-hinge': [
      ['legR', 3],
      ['legR', 4],
    ],
    'split-squat-top>split-squat-bottom': [
      ['legR', 3],
      ['legR', 4],
      ['legL', 4],
    ],
    'step-up-start>step-up-top': [
      ['legR', 3],
      ['legR', 4],
    ],
    'step-edge-heels-level>step-edge-tiptoe': [['legR', 4]],
    'bent-knee-heels-down>bent-knee-tiptoe': [['legR', 4]],
    'clamshell-closed>clamshell-open': [
      ['legR', 3],
      ['legL', 2],
      ['legL', 3],
    ],
    'v-sit-twist-left>v-sit-twist-right': [
      ['legR', 2],
      ['legR', 3],
      ['legL', 2],
      ['legL', 3],
    ],
    'supine>knee-to-chest': [
      ['legL', 2],
      ['legL', 3],
      ['legL', 4],
    ],
    'copenhagen-down>copenhagen-up': [
      ['armR', 4],
      ['armR', 5],
      ['legL', 3],
    ],
    'copenhagen-short-down>copenhagen-short-up': [
      ['armR', 4],
      ['armR', 5],
      ['legL', 2],
      ['legL', 3],
    ],
  };

  it('midway poses: real pose pairs, fixed segment lengths, planted hands and feet stay put', () => {
    const keys = Object.keys(MIDWAY) as (keyof typeof MIDWAY)[];
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const [start, end] = key.split('>') as [PoseName, PoseName];
      expect(POSE_NAMES, key).toContain(start);
      expect(POSE_NAMES, key).toContain(end);
      const spec = MIDWAY[key];
      if (!spec) continue;
      const joints = placePose(spec).joints;
      for (const bone of BONE_NAMES) {
        const { from, to, length } = BONES[bone];
        expect(distance(joints[from], joints[to]), `${key}: ${bone}`).toBeCloseTo(length, 6);
      }
      const planted = PLANTED[key];
      expect(planted, `${key}: say which hands or feet stay planted`).toBeDefined();
      const f = frameFigure({ start, end, props: POSES[start].ball ? ['stability-ball'] : [], alt: key }, 'large');
      const [a, b] = [f.at(0), f.at(1)];
      for (let i = 0; i <= 40; i += 1) {
        const t = i / 40;
        const s = f.at(t);
        for (const [chain, j] of planted ?? []) {
          const [p, p0, p1] = [s.chains[chain][j], a.chains[chain][j], b.chains[chain][j]] as [P2, P2, P2];
          const off = Math.hypot(p.x - (p0.x + (p1.x - p0.x) * t), p.y - (p0.y + (p1.y - p0.y) * t));
          expect(off, `${key} at t=${t}: ${chain}[${j}] slides`).toBeLessThan(1.5);
        }
      }
    }
  });

  // moves with no midway pose: the hands, feet or knees that rest on the floor or a bench and stay put
  const STILL: Record<string, readonly [ChainKey, number][]> = {
    'dead-bug': [
      ['armR', 6],
      ['legL', 3],
    ],
    'mcgill-curl-up': [
      ['armR', 5],
      ['legR', 3],
      ['legL', 3],
    ],
    'half-kneeling-hip-flexor-stretch': [
      ['legR', 2],
      ['legL', 3],
      ['legL', 4],
    ],
    'pallof-press': [
      ['legR', 2],
      ['legL', 3],
    ],
    'copenhagen-plank': [
      ['armR', 4],
      ['armR', 5],
      ['legL', 3],
    ],
    'short-lever-copenhagen-plank': [
      ['armR', 4],
      ['armR', 5],
      ['legL', 2],
    ],
    'side-lying-hip-abduction': [
      ['legL', 3],
      ['armL', 5],
    ],
  };

  it('planted hands, feet and knees stay put through the movement (within a centimetre or so)', () => {
    for (const [id, points] of Object.entries(STILL)) {
      const ex = exercises.find((e) => e.file === `${id}.mdx`);
      if (!ex) throw new Error(`no ${id}`);
      const f = frameFigure(figureOf(ex), 'large');
      const a = f.at(0);
      for (let i = 0; i <= 40; i += 1) {
        const s = f.at(i / 40);
        for (const [chain, j] of points) {
          const [p, p0] = [s.chains[chain][j], a.chains[chain][j]] as [P2, P2];
          expect(Math.hypot(p.x - p0.x, p.y - p0.y), `${id} at t=${i / 40}: ${chain}[${j}] slides`).toBeLessThan(1.5);
        }
      }
    }
  });

  it('on a bench: the same bench in both poses, the resting knee or ankle on its top, and the body nowhere inside it', () => {
    const onBench = exercises.filter((ex) => figureOf(ex).props?.includes('bench'));
    expect(onBench.map((ex) => ex.file)).toEqual(['copenhagen-plank.mdx', 'short-lever-copenhagen-plank.mdx']);
    for (const ex of onBench) {
      const f = figureOf(ex);
      const [a, b] = [placedPose(f.start), placedPose(f.end)];
      if (!a.bench || !b.bench) throw new Error(`${ex.file}: no bench`);
      a.bench.top.forEach((v, i) => expect(v, `${ex.file}: the bench moves`).toBeCloseTo(b.bench?.top[i] ?? NaN, 6));
      for (const pose of [a, b]) {
        const j = pose.joints;
        const rest = POSES[pose === a ? f.start : f.end].bench?.under ?? 'ankleL';
        expect(j[rest][1] - JOINT_RADIUS[rest] - a.bench.top[1], `${ex.file}: ${rest} rests on the bench`).toBeCloseTo(0, 6);
        expect(Math.abs(j[rest][0] - a.bench.top[0]), `${ex.file}: ${rest} over the bench`).toBeLessThan(31);
        // the bench is at least as high as a low step, and the body nowhere below its top within its length
        expect(a.bench.top[1]).toBeGreaterThanOrEqual(20);
        for (const bone of BONE_NAMES) {
          const { from, to } = BONES[bone];
          for (const p of [j[from], j[to]]) {
            const inside = Math.abs(p[0] - a.bench.top[0]) < 12 && p[1] < a.bench.top[1] - 1 && p[1] > a.bench.top[1] - 6;
            expect(inside, `${ex.file}: ${bone} inside the bench's seat`).toBe(false);
          }
        }
      }
    }
  });

  it('with a band: one anchor for both poses, and the band meets the hands at every moment of the animation', () => {
    const withBand = exercises.filter((ex) => figureOf(ex).props?.includes('band'));
    expect(withBand.length).toBeGreaterThanOrEqual(1);
    for (const ex of withBand) {
      const f = figureOf(ex);
      expect(placedPose(f.start).bandAnchor, ex.file).toEqual(placedPose(f.end).bandAnchor);
      const framed = frameFigure(f, 'large');
      for (let i = 0; i <= 40; i += 1) {
        const t = i / 40;
        const hands = bandEnd(framed.at(t));
        const end = bandAt(framed.fig, t);
        if (!end) throw new Error(`${ex.file}: no band`);
          expect(Math.hypot(end.x - hands.x, end.y - hands.y), `${ex.file} at t=${t}: the band leaves the hands`).toBeLessThan(1.5);
      }
      const svg = renderFigureSvg(f, { size: 'thumb', title: ex.title, idPrefix: 'x' });
      expect(svg, `${ex.file}: the band is drawn`).toContain('stroke:var(--color-accent-500');
    }
  });

  // large: each moving element has keyframes of its own (one frame costs only those transforms, no
  // style recalculation of the whole figure): 0.2 to 0.5 KB gzipped more than one shared custom
  // property, up to 1.4 KB more for the Copenhagen planks, whose 25 moving parts bow through a midway pose
  it('the markup stays small: large at most 3.3 KB gzipped, thumbnails 0.8 KB', () => {
    for (const ex of exercises) {
      const opts = { title: ex.title, idPrefix: `figure-${ex.file.replace(/\.mdx$/, '')}` };
      const large = renderFigureSvg(figureOf(ex), { ...opts, size: 'large' });
      const thumb = renderFigureSvg(figureOf(ex), { ...opts, size: 'thumb' });
      expect(gzipSync(large).length, ex.file).toBeLessThanOrEqual(3300);
      expect(gzipSync(thumb).length, ex.file).toBeLessThanOrEqual(800);
      // coordinates to one decimal (the reduced-motion scale to two)
      for (const svg of [large, thumb]) {
        const markup = svg.replace(/<style>[\s\S]*<\/style>/, '').replace(/--s:0\.\d\d\b/g, '');
        expect(markup, ex.file).not.toMatch(/\d\.\d\d/);
      }
    }
  });
});

describe('renderFigureSvg', () => {
  const glute: FigureData = {
    start: 'hook-lying',
    end: 'bridge-up',
    props: ['mat'],
    alt: 'A runner lifts their hips <high> & "holds".',
  };

  it('returns an accessible <svg> with a title and a description, text escaped', () => {
    for (const size of ['large', 'thumb'] as const) {
      const svg = renderFigureSvg(glute, { size, title: 'Glute bridge & co', idPrefix: 'fig-glute' });
      expect(svg.startsWith('<svg ')).toBe(true);
      expect(svg.endsWith('</svg>')).toBe(true);
      expect(svg).toContain('role="img"');
      expect(svg).toContain('aria-labelledby="fig-glute-t"');
      expect(svg).toContain('aria-describedby="fig-glute-d"');
      expect(svg).toContain('<title id="fig-glute-t">Glute bridge &amp; co</title>');
      expect(svg).toContain('<desc id="fig-glute-d">A runner lifts their hips &lt;high&gt; &amp; &quot;holds&quot;.</desc>');
      expect(svg).not.toMatch(/<script|javascript:|on\w+=/i);
    }
  });

  it('every exercise renders with a title and a description', () => {
    for (const ex of exercises) {
      const svg = renderFigureSvg(figureOf(ex), { size: 'large', title: ex.title, idPrefix: 'x' });
      expect(svg, ex.file).toMatch(/<title id="x-t">[^<]+<\/title><desc id="x-d">[^<]+<\/desc>/);
    }
  });

  it('large: animates between the poses, and shows them side by side for reduced motion', () => {
    const svg = renderFigureSvg(glute, { size: 'large', title: 'Glute bridge', idPrefix: 'g' });
    expect(svg).toContain('@keyframes');
    expect(svg).toContain('@media (prefers-reduced-motion:reduce)');
    expect(svg).toContain('class="cf-a"');
    expect(svg).toContain('class="cf-e"');
    // a few cycles, then it rests: never an endless loop (CPU, and WCAG 2.2.2)
    // (each iteration is half a cycle, the way out or back: `alternate`)
    expect(svg).toMatch(/\.cfm\{animation:[\d.]+s ease-in-out (\d+) alternate\}/);
    expect(Number(/ease-in-out (\d+) alternate/.exec(svg)?.[1])).toBeLessThanOrEqual(10);
    expect(svg).not.toContain('infinite');
    // the style is XML text inside <svg>: no raw markup characters
    const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
    expect(style).not.toMatch(/[<>]/);
    expect(svg.length).toBeLessThan(9000);
  });

  it('large: each moving element has keyframes of its own, on transform, and nothing animates a custom property', () => {
    const svg = renderFigureSvg(glute, { size: 'large', title: 'Glute bridge', idPrefix: 'g' });
    const names = [...svg.matchAll(/style="animation-name:([\w-]+)"/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(3);
    for (const name of new Set(names)) expect(svg).toContain(`@keyframes ${name}{`);
    // the frames set transforms only: no var(), no calc(), no custom property
    const keyframes = [...svg.matchAll(/@keyframes [\w-]+\{(.*?\})\}/g)].map((m) => m[1]).join('');
    expect(keyframes).not.toMatch(/var\(|calc\(|--/);
    // the resting pose is the element's own transform attribute
    expect(svg).toMatch(/<g class="cfk cfm" transform="translate\([\d. -]+\) rotate\([\d.-]+\)" style="animation-name:/);
    // names carry the figure's id prefix: two figures on one page never share keyframes by accident
    expect(names.every((n) => n?.startsWith('cf-g-'))).toBe(true);
  });

  it('a bowing movement is cut into pieces of ease-in-out that, end to end, are ease-in-out', () => {
    const bezier = (x1: number, y1: number, x2: number, y2: number) => (x: number) => {
      // solve x(s) = x by bisection, then y(s)
      const at = (a: number, b: number, s: number) => 3 * (1 - s) ** 2 * s * a + 3 * (1 - s) * s * s * b + s ** 3;
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < 60; i += 1) {
        const mid = (lo + hi) / 2;
        if (at(x1, x2, mid) < x) lo = mid;
        else hi = mid;
      }
      return at(y1, y2, (lo + hi) / 2);
    };
    const ease = bezier(0.42, 0, 0.58, 1);
    expect(EASED_SAMPLES).toHaveLength(SAMPLE_STEPS.length);
    expect(EASED_SAMPLES[0]?.at).toBe(0);
    expect(EASED_SAMPLES.at(-1)?.at).toBe(1);
    for (let k = 0; k <= 200; k += 1) {
      const x = k / 200;
      const i = Math.max(0, EASED_SAMPLES.findLastIndex((e) => e.at <= x && e.at < 1));
      const [from, to] = [EASED_SAMPLES[i]!, EASED_SAMPLES[i + 1]!];
      const [x1, y1, x2, y2] = /cubic-bezier\(([^)]+)\)/.exec(from.timing)![1]!.split(',').map(Number) as [number, number, number, number];
      const local = bezier(x1, y1, x2, y2)((x - from.at) / (to.at - from.at));
      const progress = SAMPLE_STEPS[i]! + local * (SAMPLE_STEPS[i + 1]! - SAMPLE_STEPS[i]!);
      expect(progress, `at ${x}`).toBeCloseTo(ease(x), 2);
    }
  });

  it('thumb: the end pose alone, static and small', () => {
    const svg = renderFigureSvg(glute, { size: 'thumb', title: 'Glute bridge', idPrefix: 'g' });
    expect(svg).not.toContain('animation');
    expect(svg).not.toContain('@keyframes');
    // no <style>: one inserted into a page restyles it (the timer's figure, at each new step)
    expect(svg).not.toContain('<style');
    expect(svg).toBe(renderPoseSvg(glute, 'end', { size: 'thumb', title: 'Glute bridge', idPrefix: 'g' }));
    expect(svg.length).toBeLessThan(2200);
  });

  it('uses the site colours through currentColor and custom properties, no fixed fill for the body', () => {
    const svg = renderFigureSvg(glute, { size: 'thumb', title: 'Glute bridge', idPrefix: 'g' });
    expect(svg).toContain('currentColor');
    expect(svg).toContain('var(--color-brand-500');
  });

  it('draws a left-side figure as the mirror image of the right-side one', () => {
    const base: FigureData = { start: 'all-fours', end: 'bird-dog', props: ['mat'], side: 'right', alt: 'Bird dog.' };
    const right = renderFigureSvg(base, { size: 'thumb', title: 'Bird dog', idPrefix: 'b' });
    const left = renderFigureSvg({ ...base, side: 'left' }, { size: 'thumb', title: 'Bird dog', idPrefix: 'b' });
    expect(left).not.toBe(right);
    const xs = (svg: string) => [...svg.matchAll(/cx="([-\d.]+)"/g)].map((m) => Number(m[1]));
    const head = (svg: string) => xs(svg)[0] ?? 0;
    expect(viewBoxOf(left)).toEqual(viewBoxOf(right));
    expect(head(left) + head(right)).toBeCloseTo(viewBoxOf(right).w, 0);
  });

  it('carries no xmlns: inline in HTML it needs none, and standaloneSvg adds one (two would not be XML)', () => {
    for (const size of ALL_SIZES) {
      const svg = renderFigureSvg(glute, { size, title: 'Glute bridge', idPrefix: 'g' });
      expect(svg).not.toContain('xmlns');
      const file = standaloneSvg(svg);
      // every attribute of the root element once, the namespace among them
      const names = [...(/^<svg([^>]*)>/.exec(file)?.[1] ?? '').matchAll(/\s([\w:-]+)=/g)].map((m) => m[1]);
      expect(new Set(names).size, names.join(' ')).toBe(names.length);
      expect(names).toContain('xmlns');
      expect(standaloneSvg(file).match(/xmlns=/g)).toHaveLength(1);
    }
  });

  it('as a file of its own, brings the body colour for a dark page in one <style>, with any other rules given', () => {
    const file = standaloneSvg(renderFigureSvg(glute, { size: 'thumb', title: 'Glute bridge', idPrefix: 'g' }), 'svg{--line:red}');
    expect([...file.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])).toEqual(['@media (prefers-color-scheme:dark){svg{color:#eef0f3}}svg{--line:red}']);
    expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*><title id="g-t">Glute bridge<\/title><desc id="g-d">[^<]+<\/desc><style>/);
    // the extra rules as written, even with a `$` in them
    expect(standaloneSvg(renderFigureSvg(glute, { size: 'thumb', title: 'Glute bridge', idPrefix: 'g' }), 'svg{--x:"$&"}')).toContain('svg{--x:"$&"}</style>');
  });

  it('is deterministic', () => {
    const opts = { size: 'large', title: 'Glute bridge', idPrefix: 'g' } as const;
    expect(renderFigureSvg(glute, opts)).toBe(renderFigureSvg(glute, opts));
  });
});
