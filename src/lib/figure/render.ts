/**
 * Renders an exercise's figure to an inline SVG string at build time: no DOM, no Astro, no
 * client JavaScript. `large` animates between the start and end pose with CSS (each limb's
 * joint angle turns, so limbs never stretch or detach) and, under prefers-reduced-motion, shows
 * the two poses side by side; `thumb` is the end pose alone, static and small.
 * Each figure is framed tightly: its viewBox is what is drawn (both poses and every frame of the
 * movement between them for `large`, the end pose for `thumb`), the mat and the floor line, plus a
 * small margin, widened or heightened to a sensible shape, with the floor line at the bottom.
 * Colours come from the site's CSS custom properties (with fallbacks), so light and dark mode work.
 */
import { MIDWAY, POSES } from './library';
import { placePose, type PlacedPose, type PoseSpec, type View } from './model';
import type { PoseName, Prop } from './poses';
import { BALL_RADIUS, DUMBBELL, KETTLEBELL, RADIUS, STEP, type Joint, type Vec3, add, dot } from './skeleton';

export interface FigureData {
  readonly start: PoseName;
  readonly end: PoseName;
  readonly props?: readonly Prop[] | undefined;
  /** The side the figure works; `left` draws the figure mirrored. */
  readonly side?: 'left' | 'right' | undefined;
  /** One sentence describing the movement: the figure's text alternative. */
  readonly alt: string;
}

export type FigureSize = 'large' | 'thumb';

export interface RenderOptions {
  readonly size: FigureSize;
  /** The exercise's name, used as the SVG's <title>. */
  readonly title: string;
  /** Unique on the page: prefixes the ids the <title> and <desc> are referenced by. */
  readonly idPrefix: string;
}

/**
 * Framing, in figure units (1 unit = 1 cm). A figure's frame is what it draws plus the size's
 * `margin` (top and sides) and `below` (under the floor line), then widened (standing figures) or
 * heightened (lying ones) to keep width:height within the size's limits. Thumbnails all have one
 * shape, so that lists of them line up.
 */
export const FRAMING = {
  below: 1.5,
  large: { margin: 7, minAspect: 0.8, maxAspect: 2.4 },
  thumb: { margin: 4, minAspect: 1.6, maxAspect: 1.6 },
} as const;
/** Seconds for one start -> end -> start cycle. */
export const CYCLE_SECONDS = 3.6;
/**
 * Cycles the large figure plays before it rests in the start pose. Each frame of the movement
 * costs style and paint work (about half of one core while it runs, measured in Chromium), so
 * it stops on its own; the exercise page's button plays it again or pauses it (WCAG 2.2.2).
 */
export const CYCLES = 5;
/** Animation frames sampled (per start -> end) to frame the large figure: nothing is clipped mid-movement. */
const SAMPLES = 24;

const LIMB_WIDTH = { torso: RADIUS.torso * 2, arm: RADIUS.arm * 2, leg: RADIUS.leg * 2 } as const;
const MAT = { length: 182, width: 60, thickness: 2.5 } as const;
const SHADOW = { rx: 22, ry: 3.5 } as const;
const FLOOR_STROKE = 1.5;

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const r1 = (n: number): string => {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
};

/* ---------- projection ---------- */

export interface P2 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

const camera = (view: View) => {
  const t = (view.yaw * Math.PI) / 180;
  const p = (view.pitch * Math.PI) / 180;
  const a: Vec3 = [Math.cos(t), 0, -Math.sin(t)];
  const b: Vec3 = [-Math.sin(t) * Math.sin(p), Math.cos(p), -Math.cos(t) * Math.sin(p)];
  const d: Vec3 = [Math.sin(t) * Math.cos(p), Math.sin(p), Math.cos(t) * Math.cos(p)];
  return (q: Vec3): P2 => ({ x: dot(q, a), y: dot(q, b), z: dot(q, d) });
};

export type ChainKey = 'torso' | 'armR' | 'armL' | 'legR' | 'legL';
export const CHAINS: Record<ChainKey, { joints: readonly Joint[]; drawFrom: number; drawTo: number; width: number }> = {
  // pelvis - waist - neck are drawn; the last point is the head's centre
  torso: { joints: ['pelvis', 'waist', 'neck', 'head'], drawFrom: 0, drawTo: 2, width: LIMB_WIDTH.torso },
  // the spine is repeated (not drawn) so an arm stays attached while the back bends
  armR: { joints: ['pelvis', 'waist', 'neck', 'shoulderR', 'elbowR', 'wristR', 'fingersR'], drawFrom: 2, drawTo: 6, width: LIMB_WIDTH.arm },
  armL: { joints: ['pelvis', 'waist', 'neck', 'shoulderL', 'elbowL', 'wristL', 'fingersL'], drawFrom: 2, drawTo: 6, width: LIMB_WIDTH.arm },
  legR: { joints: ['pelvis', 'hipR', 'kneeR', 'ankleR', 'toeR'], drawFrom: 0, drawTo: 4, width: LIMB_WIDTH.leg },
  legL: { joints: ['pelvis', 'hipL', 'kneeL', 'ankleL', 'toeL'], drawFrom: 0, drawTo: 4, width: LIMB_WIDTH.leg },
};
const CHAIN_KEYS = Object.keys(CHAINS) as ChainKey[];

interface Weight {
  readonly kind: 'kettlebell' | 'dumbbell';
  readonly chain: ChainKey;
}

/** One pose on the page: points per chain (x right, y down), mirrored for the left side, and the ball's centre. */
export interface Scene {
  readonly chains: Readonly<Record<ChainKey, readonly P2[]>>;
  readonly ball?: P2;
}

export interface Figure2D {
  readonly start: Scene;
  readonly end: Scene;
  /** Where the movement passes halfway (a pose written for it), when straight-line interpolation is not good enough. */
  readonly mid?: Scene;
  /** Chains back to front, and whether each is on the far side (drawn muted). */
  readonly order: readonly { key: ChainKey; far: boolean }[];
  readonly weights: readonly Weight[];
  /** The mat's outline: a thin rectangle on the floor (side view), or seen from above, the slab (its top and near edges). */
  readonly mat?: readonly P2[];
  /** Seen from above: the mat's top surface, which the figure lies on (its near edges show the mat's thickness). */
  readonly matTop?: readonly P2[];
  /** The step's outline on the page (a rectangle from the side), when the exercise uses one. */
  readonly step?: readonly P2[];
  /** A shadow on the floor under a figure that leaves it (a hop): where it lands, and how wide. */
  readonly shadow?: { readonly x: number; readonly y: number; readonly rx: number };
  /** The floor line's height on the page. */
  readonly floorY: number;
  /** Seen from above (camera pitched down): the mat is drawn as a floor area, and is the floor. */
  readonly raised: boolean;
  /** A bench under the body: its seat's outline on the page, and its legs (floor to seat) as lines. */
  readonly bench?: { readonly seat: readonly P2[]; readonly legs: readonly (readonly [P2, P2])[] };
  /** A resistance band: its anchor, the post it is tied to (foot, top), and whether it passes in front of the body. */
  readonly band?: { readonly anchor: P2; readonly post: readonly [P2, P2]; readonly front: boolean };
}

const poseCache = new Map<PoseSpec, PlacedPose>();
const placedSpec = (spec: PoseSpec): PlacedPose => {
  let placed = poseCache.get(spec);
  if (!placed) {
    placed = placePose(spec);
    poseCache.set(spec, placed);
  }
  return placed;
};
/** A named pose, placed on the floor (and on its ball). */
export const placedPose = (name: PoseName): PlacedPose => placedSpec(POSES[name]);

/** Projects the poses with one camera onto the page (the floor line at y = 0) and decides draw order. */
const layout = (figure: FigureData): Figure2D => {
  const a = placedPose(figure.start);
  const b = placedPose(figure.end);
  const midSpec = MIDWAY[`${figure.start}>${figure.end}`];
  const m = midSpec ? placedSpec(midSpec) : undefined;
  const view = POSES[figure.end].view ?? POSES[figure.start].view ?? b.view;
  const project = camera(view);
  const mirror = figure.side === 'left' ? -1 : 1;
  const props = figure.props ?? [];
  const hasMat = props.includes('mat');
  const hasStep = props.includes('step');
  const flat = Math.abs(view.pitch) < 1;

  // the ground: a mat (or just the floor) under both poses, centred on them
  const xs: number[] = [];
  const zs: number[] = [];
  for (const pose of [a, b]) {
    for (const p of Object.values(pose.joints)) {
      xs.push(p[0]);
      zs.push(p[2]);
    }
    if (pose.ball) xs.push(pose.ball[0] - BALL_RADIUS, pose.ball[0] + BALL_RADIUS);
    if (pose.bench) xs.push(pose.bench.top[0] - BENCH.length / 2, pose.bench.top[0] + BENCH.length / 2);
  }
  const midX = (Math.min(...xs) + Math.max(...xs)) / 2;
  const midZ = (Math.min(...zs) + Math.max(...zs)) / 2;
  const cornersAt = (y: number) =>
    [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ].map(([i = 0, k = 0]) => project([midX + (i * MAT.length) / 2, y, midZ + (k * MAT.width) / 2]));
  const matCorners = cornersAt(0);
  // seen from above, the mat is a slab: the figure lies on its top, its thickness shows under the near edges
  const matUnder = hasMat && !flat ? cornersAt(-MAT.thickness) : [];

  // the ground's lowest edge on the floor line (y = 0); on a flat mat, the figure lies on the mat
  const groundY = flat ? 0 : Math.min(...[...matCorners, ...matUnder].map((c) => c.y));
  const lift = hasMat && flat ? MAT.thickness : 0;
  const toPage = (p: P2): P2 => ({ x: mirror * p.x, y: groundY - p.y - lift, z: p.z });

  const scene = (pose: PlacedPose): Scene => {
    const chains = {} as Record<ChainKey, P2[]>;
    for (const key of CHAIN_KEYS) chains[key] = CHAINS[key].joints.map((j) => toPage(project(pose.joints[j])));
    return pose.ball ? { chains, ball: toPage(project(pose.ball)) } : { chains };
  };
  const start = scene(a);
  const end = scene(b);

  // depth: average z of each chain's own (drawn) points over both poses
  const depth = (key: ChainKey) => {
    const pts = [...start.chains[key].slice(CHAINS[key].drawFrom), ...end.chains[key].slice(CHAINS[key].drawFrom)];
    return pts.reduce((s, p) => s + p.z, 0) / pts.length;
  };
  // of each pair of limbs, the one clearly further from the viewer is drawn muted
  const other: Record<ChainKey, ChainKey> = { torso: 'torso', armR: 'armL', armL: 'armR', legR: 'legL', legL: 'legR' };
  const farList = POSES[figure.end].far ?? POSES[figure.start].far;
  const isFar = (key: ChainKey, d: number) =>
    key !== 'torso' && (farList ? (farList as readonly string[]).includes(key) : d < depth(other[key]) - 4);
  const order = CHAIN_KEYS.map((key) => ({ key, d: depth(key) }))
    .sort((p, q) => p.d - q.d)
    .map(({ key, d }) => ({ key, far: isFar(key, d) }));

  // the bench stays where the start pose puts it (the resting joint does not move); the band's anchor likewise
  const benchTop = a.bench ?? b.bench;
  const parts = benchTop ? benchParts(benchTop.top, benchTop.lengthways) : undefined;
  const onPage = (q: Vec3) => toPage(project(q));
  const bench = parts ? { seat: hull(parts.seat.map(onPage)), legs: parts.legs.map(([p, q]) => [onPage(p), onPage(q)] as const) } : undefined;
  const anchorAt = a.bandAnchor ?? b.bandAnchor;
  let band: Figure2D['band'];
  if (anchorAt) {
    const anchor = toPage(project(anchorAt));
    const post: [P2, P2] = [toPage(project([anchorAt[0], 0, anchorAt[2]])), toPage(project(add(anchorAt, [0, BAND.postAbove, 0])))];
    const body = start.chains.torso.reduce((sum, p) => sum + p.z, 0) / start.chains.torso.length;
    band = { anchor, post, front: anchor.z > body };
  }

  const weights: Weight[] = [];
  const held = props.find((p): p is 'kettlebell' | 'dumbbell' => p === 'kettlebell' || p === 'dumbbell');
  if (held) for (const hand of b.holds) weights.push({ kind: held, chain: hand === 'R' ? 'armR' : 'armL' });

  let mat: P2[] | undefined;
  let matTop: P2[] | undefined;
  if (hasMat) {
    const corners = matCorners.map(toPage);
    if (flat) {
      const x0 = Math.min(...corners.map((p) => p.x));
      const x1 = Math.max(...corners.map((p) => p.x));
      const top = -MAT.thickness;
      mat = [
        { x: x0, y: top, z: 0 },
        { x: x1, y: top, z: 0 },
        { x: x1, y: 0, z: 0 },
        { x: x0, y: 0, z: 0 },
      ];
    } else {
      // a slab, not a painted floor area (square on, that read as a box the figure lay on)
      matTop = corners;
      mat = hull([...corners, ...matUnder.map(toPage)]);
    }
  }
  // the step: a box fixed in the world (STEP), its outline as the camera sees it
  let step: P2[] | undefined;
  if (hasStep) {
    const corners: P2[] = [];
    for (const x of [STEP.x0, STEP.x1]) {
      for (const y of [0, STEP.height]) for (const z of [-1, 1]) corners.push(toPage(project([x, y, midZ + (z * STEP.width) / 2])));
    }
    step = hull(corners);
  }
  // off the floor with nothing under it (a hop): a shadow under the feet shows the gap at any size
  const air = [figure.start, figure.end].find((n) => !hasStep && (POSES[n].ground ?? 0) > 0);
  const airScene = air === figure.end ? end : air === figure.start ? start : undefined;
  const feet = airScene ? [airScene.chains.legR, airScene.chains.legL].flatMap((c) => c.slice(3)) : [];
  const shadow = feet.length
    ? { x: feet.reduce((sum, p) => sum + p.x, 0) / feet.length, y: toPage(project([0, 0, 0])).y - SHADOW.ry, rx: SHADOW.rx }
    : undefined;
  return {
    start,
    end,
    ...(m ? { mid: scene(m) } : {}),
    order,
    weights,
    ...(mat ? { mat } : {}),
    ...(matTop ? { matTop } : {}),
    ...(step ? { step } : {}),
    ...(shadow ? { shadow } : {}),
    floorY: 0,
    raised: !flat,
    ...(bench ? { bench } : {}),
    ...(band ? { band } : {}),
  };
};

/* ---------- bench and band ---------- */

/** A bench (or a step) to the figure's scale: the seat's size and thickness, its legs' drawn thickness. */
const BENCH = { width: 30, length: 60, seat: 5, leg: 3 } as const;
/** The band's anchor post rises this far above the anchor; the band is drawn this thick. */
const BAND = { postAbove: 8, width: 2.4, post: 3 } as const;

/**
 * The bench from the centre of its top: the seat as a box (eight corners) and four legs, each from
 * the floor to the seat's underside. Set across the body (its length along z) or lengthways (along x).
 */
const benchParts = (top: Vec3, lengthways: boolean): { seat: Vec3[]; legs: [Vec3, Vec3][] } => {
  const [cx, h, cz] = top;
  const [hx, hz] = lengthways ? [BENCH.length / 2, BENCH.width / 2] : [BENCH.width / 2, BENCH.length / 2];
  const seat = [cx - hx, cx + hx].flatMap((x) => [h - BENCH.seat, h].flatMap((y) => [cz - hz, cz + hz].map((z): Vec3 => [x, y, z])));
  const inset = 5;
  const legs = [-1, 1].flatMap((i) =>
    [-1, 1].map((k): [Vec3, Vec3] => {
      const [x, z] = [cx + i * (hx - inset), cz + k * (hz - inset)];
      return [
        [x, 0, z],
        [x, h - BENCH.seat, z],
      ];
    }),
  );
  return { seat, legs };
};

/** Convex hull of points on the page (Andrew's monotone chain), in drawing order. */
const hull = (points: readonly P2[]): P2[] => {
  const pts = [...points].sort((p, q) => p.x - q.x || p.y - q.y);
  const turn = (o: P2, a: P2, b: P2) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (list: P2[]) => {
    const out: P2[] = [];
    for (const p of list) {
      while (out.length >= 2 && turn(out[out.length - 2] as P2, out[out.length - 1] as P2, p) <= 1e-9) out.pop();
      out.push(p);
    }
    return out.slice(0, -1);
  };
  return [...half(pts), ...half([...pts].reverse())];
};

/** Where the band meets the hands: between the two hands' grips (wrist to fingers). */
export const bandEnd = (scene: Scene): P2 => {
  const pts = [scene.chains.armR[5], scene.chains.armR[6], scene.chains.armL[5], scene.chains.armL[6]] as P2[];
  return { x: pts.reduce((s, p) => s + p.x, 0) / 4, y: pts.reduce((s, p) => s + p.y, 0) / 4, z: 0 };
};

/* ---------- animation tracks ---------- */

/**
 * One animated number: `a` at the start, `b` at the end and, through a midway pose, a bow `q`:
 * value(t) = a + (b - a) t + q 4t(1 - t), so it passes through the midway value at t = 1/2.
 */
interface Track {
  readonly a: number;
  readonly b: number;
  readonly q: number;
}
const track = (a: number, b: number, m?: number): Track => ({ a, b, q: m === undefined ? 0 : m - (a + b) / 2 });
/** Whether a track bows through a midway pose (worth its own keyframes), or runs straight from start to end. */
const bows = (k: Track): boolean => Math.abs(k.q) >= 0.05;
/**
 * Progress (0 start, 1 end) at which a bowing track is sampled: the animation runs straight
 * between these samples, and the framing follows exactly the same path.
 */
export const SAMPLE_STEPS = [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1] as const;
const curve = (k: Track, t: number): number => k.a + (k.b - k.a) * t + k.q * 4 * t * (1 - t);
/** The value at progress t as the keyframes draw it: the curve through the midway pose, in straight pieces between samples. */
const valueAt = (k: Track, t: number): number => {
  if (!bows(k)) return k.a + (k.b - k.a) * t;
  const pieces = SAMPLE_STEPS.length - 1;
  const i = Math.min(pieces - 1, Math.max(0, Math.floor(t * pieces)));
  const t0 = SAMPLE_STEPS[i] as number;
  const t1 = SAMPLE_STEPS[i + 1] as number;
  return curve(k, t0) + ((curve(k, t1) - curve(k, t0)) * (t - t0)) / (t1 - t0);
};

const angleOf = (a: P2, b: P2): number => (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
const lengthOf = (a: P2, b: P2): number => Math.hypot(b.x - a.x, b.y - a.y);
const wrap = (d: number): number => ((((d + 180) % 360) + 360) % 360) - 180;

interface ChainTracks {
  readonly u: Track;
  readonly v: Track;
  /** Each segment's absolute angle (degrees) and length on the page. */
  readonly segments: readonly { readonly angle: Track; readonly length: Track }[];
}

/** A chain's joint angles and segment lengths, start to end (and through the midway pose). */
const chainTracks = (fig: Figure2D, key: ChainKey): ChainTracks => {
  const a = fig.start.chains[key];
  const b = fig.end.chains[key];
  const m = fig.mid?.chains[key];
  const segments: { angle: Track; length: Track }[] = [];
  let prev: Track = track(0, 0);
  for (let i = 0; i < a.length - 1; i += 1) {
    const [pa0, pa1, pb0, pb1] = [a[i], a[i + 1], b[i], b[i + 1]] as P2[] as [P2, P2, P2, P2];
    const pm = m ? ([m[i], m[i + 1]] as [P2, P2]) : undefined;
    const la = lengthOf(pa0, pa1);
    const lb = lengthOf(pb0, pb1);
    const lm = pm ? lengthOf(pm[0], pm[1]) : undefined;
    let angle: Track;
    if (la < 0.5 && lb < 0.5 && (lm === undefined || lm < 0.5)) {
      // no length on the page (it points at the viewer): keep the previous segment's angle
      angle = prev;
    } else {
      // the end unwrapped to the nearest turn so each joint takes the short way; the midway near halfway
      const sa = la < 0.5 ? prev.a : angleOf(pa0, pa1);
      const sb = lb < 0.5 && la >= 0.5 ? sa : sa + wrap(angleOf(pb0, pb1) - sa);
      const half = (sa + sb) / 2;
      const sm = pm && lm !== undefined && lm >= 0.5 ? half + wrap(angleOf(pm[0], pm[1]) - half) : m ? half : undefined;
      angle = track(sa, sb, sm);
    }
    segments.push({ angle, length: track(la, lb, lm) });
    prev = angle;
  }
  const [a0, b0, m0] = [a[0], b[0], m?.[0]] as [P2, P2, P2 | undefined];
  return { u: track(a0.x, b0.x, m0?.x), v: track(a0.y, b0.y, m0?.y), segments };
};

/** The ball's centre and roll (degrees): it turns as it rolls along the floor. */
const ballTracks = (fig: Figure2D): { u: Track; v: Track; r: Track } | undefined => {
  const { start, end, mid } = fig;
  if (!start.ball || !end.ball) return undefined;
  const roll = (p: P2) => (((p.x - (start.ball?.x ?? 0)) / BALL_RADIUS) * 180) / Math.PI;
  const m = mid?.ball;
  return {
    u: track(start.ball.x, end.ball.x, m?.x),
    v: track(start.ball.y, end.ball.y, m?.y),
    r: track(0, roll(end.ball), m ? roll(m) : undefined),
  };
};

/**
 * The band from its fixed anchor to the hands: its angle and length on the page, start to end, bowed
 * through where the hands are halfway, so it meets them at the start, halfway and the end (and stays
 * within a few tenths of a centimetre of them between).
 */
export const bandTracks = (fig: Figure2D): { angle: Track; length: Track } | undefined => {
  const band = fig.band;
  if (!band) return undefined;
  const at = (s: Scene) => {
    const e = bandEnd(s);
    return { angle: angleOf(band.anchor, e), length: lengthOf(band.anchor, e) };
  };
  const [a, b, m] = [at(fig.start), at(fig.end), at(sceneAt(fig, 0.5))];
  const sb = a.angle + wrap(b.angle - a.angle);
  const half = (a.angle + sb) / 2;
  return { angle: track(a.angle, sb, half + wrap(m.angle - half)), length: track(a.length, b.length, m.length) };
};

/** Where the band's hand end is drawn at time t (0 start, 1 end). */
export const bandAt = (fig: Figure2D, t: number): P2 | undefined => {
  const k = bandTracks(fig);
  if (!k || !fig.band) return undefined;
  const th = (valueAt(k.angle, t) * Math.PI) / 180;
  const l = valueAt(k.length, t);
  return { x: fig.band.anchor.x + l * Math.cos(th), y: fig.band.anchor.y + l * Math.sin(th), z: 0 };
};

/** The figure as drawn at time t of the movement (0 start, 1 end), exactly as the CSS animation places it. */
const sceneAt = (fig: Figure2D, t: number): Scene => {
  const chains = {} as Record<ChainKey, P2[]>;
  for (const key of CHAIN_KEYS) {
    const k = chainTracks(fig, key);
    let p: P2 = { x: valueAt(k.u, t), y: valueAt(k.v, t), z: 0 };
    const pts = [p];
    for (const s of k.segments) {
      const th = (valueAt(s.angle, t) * Math.PI) / 180;
      const l = valueAt(s.length, t);
      p = { x: p.x + l * Math.cos(th), y: p.y + l * Math.sin(th), z: 0 };
      pts.push(p);
    }
    chains[key] = pts;
  }
  const ball = ballTracks(fig);
  return ball ? { chains, ball: { x: valueAt(ball.u, t), y: valueAt(ball.v, t), z: 0 } } : { chains };
};

/* ---------- extents and framing ---------- */

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}
const emptyBox = (): Box => ({ minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity });
const grow = (box: Box, x: number, y: number, r = 0): void => {
  box.minX = Math.min(box.minX, x - r);
  box.maxX = Math.max(box.maxX, x + r);
  box.minY = Math.min(box.minY, y - r);
  box.maxY = Math.max(box.maxY, y + r);
};

/** Grows the box by everything drawn for one pose: limbs with their thickness, the head, weights and the ball. */
const growByScene = (box: Box, fig: Figure2D, scene: Scene): Box => {
  for (const key of CHAIN_KEYS) {
    const pts = scene.chains[key];
    pts.forEach((p, i) => {
      if (key === 'torso' && i === 3) grow(box, p.x, p.y, RADIUS.head);
      else if (i >= CHAINS[key].drawFrom) grow(box, p.x, p.y, CHAINS[key].width / 2);
    });
    const hand = pts[pts.length - 1];
    for (const w of fig.weights) {
      if (w.chain !== key || !hand) continue;
      if (w.kind === 'kettlebell') grow(box, hand.x, hand.y + KETTLEBELL.drop, KETTLEBELL.radius + 0.5);
      else grow(box, hand.x, hand.y, DUMBBELL.length / 2);
    }
  }
  if (scene.ball) grow(box, scene.ball.x, scene.ball.y, BALL_RADIUS + 0.75);
  return box;
};
/**
 * The outline of what the figure rests on (mat, step, bench) and of its shadow, and a band's post:
 * everything drawn that stays put, to be grown by half a unit (a bench's legs and a band's post by their thickness).
 */
const groundPoints = (fig: Figure2D): P2[] => {
  const pts = [...(fig.mat ?? []), ...(fig.step ?? [])];
  const sh = fig.shadow;
  if (sh) pts.push({ x: sh.x - sh.rx, y: sh.y - SHADOW.ry, z: 0 }, { x: sh.x + sh.rx, y: sh.y + SHADOW.ry, z: 0 });
  const wide = (p: P2, half: number, cap = 0) =>
    [-1, 1].map((side) => ({ x: p.x + side * Math.max(half - 0.5, 0), y: p.y - cap, z: p.z }));
  if (fig.bench) {
    pts.push(...fig.bench.seat);
    // the legs end square on the floor
    for (const leg of fig.bench.legs) for (const p of leg) pts.push(...wide(p, BENCH.leg / 2));
  }
  if (fig.band) {
    const [foot, top] = fig.band.post;
    // the post's top is rounded: it reaches half its thickness above the end point
    pts.push(fig.band.anchor, ...wide(foot, BAND.post / 2), ...wide(top, BAND.post / 2, BAND.post / 2 - 0.5));
  }
  return pts;
};
const growByGround = (box: Box, fig: Figure2D): Box => {
  for (const p of groundPoints(fig)) grow(box, p.x, p.y, 0.5);
  // the floor line runs the frame's width: it adds only its thickness, downwards
  if (!(fig.mat && fig.raised)) box.maxY = Math.max(box.maxY, fig.floorY + FLOOR_STROKE / 2);
  return box;
};

/** A frame (viewBox) round a box: margins, the floor line at the bottom, width:height within limits. */
const frameAround = (box: Box, floorY: number, size: FigureSize) => {
  const { margin, minAspect, maxAspect } = FRAMING[size];
  let x = box.minX - margin;
  let width = box.maxX - box.minX + 2 * margin;
  const bottom = Math.max(box.maxY, floorY + FLOOR_STROKE / 2) + FRAMING.below;
  let height = bottom - (box.minY - margin);
  if (width < height * minAspect) {
    x -= (height * minAspect - width) / 2;
    width = height * minAspect;
  } else if (width > height * maxAspect) {
    height = width / maxAspect;
  }
  // whole tenths, so the rounded viewBox is the frame
  width = Math.ceil(width * 10) / 10;
  height = Math.ceil(height * 10) / 10;
  return { x, y: bottom - height, width, height };
};

const moveScene = (s: Scene, dx: number, dy: number): Scene => {
  const move = (p: P2): P2 => ({ x: p.x + dx, y: p.y + dy, z: p.z });
  const chains = {} as Record<ChainKey, P2[]>;
  for (const key of CHAIN_KEYS) chains[key] = s.chains[key].map(move);
  return s.ball ? { chains, ball: move(s.ball) } : { chains };
};
const moveFigure = (fig: Figure2D, dx: number, dy: number): Figure2D => ({
  ...fig,
  start: moveScene(fig.start, dx, dy),
  end: moveScene(fig.end, dx, dy),
  ...(fig.mid ? { mid: moveScene(fig.mid, dx, dy) } : {}),
  ...(fig.mat ? { mat: fig.mat.map((p) => ({ x: p.x + dx, y: p.y + dy, z: p.z })) } : {}),
  ...(fig.matTop ? { matTop: fig.matTop.map((p) => ({ x: p.x + dx, y: p.y + dy, z: p.z })) } : {}),
  ...(fig.step ? { step: fig.step.map((p) => ({ x: p.x + dx, y: p.y + dy, z: p.z })) } : {}),
  ...(fig.shadow ? { shadow: { ...fig.shadow, x: fig.shadow.x + dx, y: fig.shadow.y + dy } } : {}),
  ...(fig.bench
    ? {
        bench: {
          seat: fig.bench.seat.map((p) => ({ x: p.x + dx, y: p.y + dy, z: p.z })),
          legs: fig.bench.legs.map(([p, q]) => [{ x: p.x + dx, y: p.y + dy, z: p.z }, { x: q.x + dx, y: q.y + dy, z: q.z }] as const),
        },
      }
    : {}),
  ...(fig.band
    ? {
        band: {
          ...fig.band,
          anchor: { ...fig.band.anchor, x: fig.band.anchor.x + dx, y: fig.band.anchor.y + dy },
          post: fig.band.post.map((p) => ({ x: p.x + dx, y: p.y + dy, z: p.z })) as unknown as readonly [P2, P2],
        },
      }
    : {}),
  floorY: fig.floorY + dy,
});

/** Reduced motion: where each pose goes (translate, then scale) to stand side by side on the floor line. */
export interface SideBySide {
  readonly scale: number;
  readonly start: { readonly x: number; readonly y: number };
  readonly end: { readonly x: number; readonly y: number };
  /** The arrow between them: its tip. */
  readonly arrow: { readonly x: number; readonly y: number; readonly size: number };
}

/** A figure laid out in its frame: the viewBox is 0 0 width height, the floor line at floorY. */
export interface FramedFigure {
  readonly width: number;
  readonly height: number;
  readonly floorY: number;
  /** The poses drawn statically: start and end for `large`, the framed pose for `thumb`. */
  readonly poses: readonly Scene[];
  /** The figure at time t of the movement (0 start, 1 end), as the animation draws it. */
  readonly at: (t: number) => Scene;
  /** Everything drawn over the whole movement, ground included. */
  readonly extent: Box;
  readonly sideBySide: SideBySide;
  readonly fig: Figure2D;
}

const SIDE_GAP = 18;

/**
 * Lays a figure out in its own tight frame. `large` frames the whole movement; `thumb` one pose
 * (the end pose, which is what thumbnails show).
 */
export const frameFigure = (figure: FigureData, size: FigureSize, pose: 'start' | 'end' = 'end'): FramedFigure => {
  const raw = layout(figure);
  const box = emptyBox();
  if (size === 'large') for (let i = 0; i <= SAMPLES; i += 1) growByScene(box, raw, sceneAt(raw, i / SAMPLES));
  else growByScene(box, raw, raw[pose]);
  growByGround(box, raw);
  const f = frameAround(box, raw.floorY, size);
  const fig = moveFigure(raw, -f.x, -f.y);
  const extent = { minX: box.minX - f.x, maxX: box.maxX - f.x, minY: box.minY - f.y, maxY: box.maxY - f.y };

  // side by side: each pose (with its mat) scaled down as little as needed to fit next to the other
  const own = (s: Scene) => {
    const b = growByScene(emptyBox(), fig, s);
    for (const p of groundPoints(fig)) grow(b, p.x, p.y, 0.5);
    return b;
  };
  const ba = own(fig.start);
  const bb = own(fig.end);
  const wa = ba.maxX - ba.minX;
  const wb = bb.maxX - bb.minX;
  const floor = fig.floorY;
  const tallest = Math.max(floor - ba.minY, floor - bb.minY);
  // in hundredths (as written in the markup), rounded down so the poses still fit
  const scale = Math.floor(Math.min(1, (f.width - 2 - SIDE_GAP) / (wa + wb), (floor - 2) / tallest) * 100) / 100;
  const left = (f.width - scale * (wa + wb) - SIDE_GAP) / 2;
  const lift = floor * (1 - scale);
  const lowest = Math.min(floor - ba.minY, floor - bb.minY) * scale;
  const arrowSize = Math.min(6, Math.max(3, lowest / 5));
  const sideBySide: SideBySide = {
    scale,
    start: { x: left - scale * ba.minX, y: lift },
    end: { x: left + scale * wa + SIDE_GAP - scale * bb.minX, y: lift },
    arrow: { x: left + scale * wa + SIDE_GAP / 2 + arrowSize / 2, y: floor - Math.max(lowest / 2, arrowSize + 3), size: arrowSize },
  };

  return {
    width: f.width,
    height: f.height,
    floorY: fig.floorY,
    poses: size === 'large' ? [fig.start, fig.end] : [fig[pose]],
    at: (t) => sceneAt(fig, t),
    extent,
    sideBySide,
    fig,
  };
};

/**
 * The frame-space box everything drawn for a figure occupies over its whole movement (both poses,
 * limb thickness, head, ball, weights and ground included), and the frame: it must fit inside.
 */
export const figureExtent = (figure: FigureData, size: FigureSize = 'large'): Box & { width: number; height: number; floorY: number } => {
  const f = frameFigure(figure, size);
  return { ...f.extent, width: f.width, height: f.height, floorY: f.floorY };
};

/* ---------- drawing ---------- */

const COLOURS = {
  far: 'var(--ink-muted,#6b7280)',
  mat: 'color-mix(in oklab,var(--color-brand-500,#2a9d7a) 28%,transparent)',
  matFloor: 'color-mix(in oklab,var(--color-brand-500,#2a9d7a) 14%,transparent)',
  matEdge: 'var(--color-brand-600,#1f7d61)',
  ball: 'color-mix(in oklab,var(--color-accent-500,#f08a3c) 20%,transparent)',
  ballEdge: 'var(--color-accent-500,#f08a3c)',
  weight: 'var(--color-accent-500,#f08a3c)',
  floor: 'var(--line,#d1d5db)',
  step: 'color-mix(in oklab,var(--ink-muted,#6b7280) 32%,transparent)',
  shadow: 'color-mix(in oklab,var(--ink-muted,#6b7280) 55%,transparent)',
  stepEdge: 'var(--ink-muted,#6b7280)',
  bench: 'color-mix(in oklab,var(--ink-muted,#6b7280) 22%,transparent)',
  benchEdge: 'var(--ink-muted,#6b7280)',
  band: 'var(--color-accent-500,#f08a3c)',
} as const;

/** A weight hanging from (or held at) the hand, drawn upright around (0, 0) = the fingers. */
const weightShape = (kind: Weight['kind']): string => {
  if (kind === 'kettlebell') {
    const r = KETTLEBELL.radius;
    const c = KETTLEBELL.drop;
    return `<path d="M-5 ${r1(c - r + 2)}V-1.5a5 3.5 0 0 1 10 0V${r1(c - r + 2)}" fill="none" stroke-width="2.6"/><circle cy="${c}" r="${r}"/>`;
  }
  const h = DUMBBELL.length / 2;
  const p = DUMBBELL.plate / 2;
  return `<path d="M${-h + 3} 0H${h - 3}" stroke-width="3"/><rect x="${-h}" y="${-p}" width="6" height="${DUMBBELL.plate}" rx="1.5"/><rect x="${h - 6}" y="${-p}" width="6" height="${DUMBBELL.plate}" rx="1.5"/>`;
};

const SEAM = r1(BALL_RADIUS * 0.7);
const ballSeam = `<path d="M-${SEAM} -${SEAM}Q0 -${r1(BALL_RADIUS * 0.1)} ${SEAM} ${SEAM}" fill="none"/>`;

const pts = (list: readonly P2[]): string => list.map((p) => `${r1(p.x)} ${r1(p.y)}`).join('L');

/** The bench (behind everything) and the band's post: what stands still while the figure moves. */
const fixedProps = (fig: Figure2D): string => {
  let out = '';
  if (fig.bench) {
    // the legs stand upright, and the camera never rolls: each is a vertical line on the page
    const legs = fig.bench.legs.map(([foot, top]) => `M${r1(foot.x)} ${r1(foot.y)}V${r1(top.y)}`).join('');
    out += `<path d="${legs}" style="stroke:${COLOURS.benchEdge}" stroke-width="${BENCH.leg}"/>`;
    out += `<path d="M${pts(fig.bench.seat)}Z" style="fill:${COLOURS.bench};stroke:${COLOURS.benchEdge}" stroke-width=".8"/>`;
  }
  if (fig.band) {
    const [foot, top] = fig.band.post;
    out += `<path d="M${pts([foot, top])}" style="stroke:${COLOURS.benchEdge}" stroke-width="${BAND.post}" stroke-linecap="round"/>`;
  }
  return out;
};

/** The band from its anchor to the hands, in one pose. */
const bandLine = (fig: Figure2D, scene: Scene): string =>
  fig.band
    ? `<path d="M${pts([fig.band.anchor, bandEnd(scene)])}" style="stroke:${COLOURS.band}" stroke-width="${BAND.width}" stroke-linecap="round"/>`
    : '';

/** Static drawing of one pose: one path per chain, the head, the ball and weights. */
const drawPose = (fig: Figure2D, scene: Scene, roll: number): string => {
  let out = fixedProps(fig);
  if (fig.band && !fig.band.front) out += bandLine(fig, scene);
  if (scene.ball) {
    out += `<g transform="translate(${r1(scene.ball.x)} ${r1(scene.ball.y)}) rotate(${r1(roll)})" style="fill:${COLOURS.ball};stroke:${COLOURS.ballEdge}" stroke-width="1.5"><circle r="${BALL_RADIUS}"/>${ballSeam}</g>`;
  }
  for (const { key, far } of fig.order) {
    const spec = CHAINS[key];
    const pts = scene.chains[key];
    const drawn = pts.slice(spec.drawFrom, spec.drawTo + 1);
    const colour = far ? ` style="color:${COLOURS.far}"` : '';
    let g = `<path d="M${drawn.map((p) => `${r1(p.x)} ${r1(p.y)}`).join('L')}" fill="none" stroke="currentColor" stroke-width="${spec.width}"/>`;
    if (key === 'torso') {
      const head = pts[3];
      if (head) g += `<circle cx="${r1(head.x)}" cy="${r1(head.y)}" r="${RADIUS.head}" fill="currentColor"/>`;
    }
    for (const w of fig.weights) {
      const hand = pts[pts.length - 1];
      if (w.chain === key && hand) {
        g += `<g transform="translate(${r1(hand.x)} ${r1(hand.y)})" style="fill:${COLOURS.weight};stroke:${COLOURS.weight}">${weightShape(w.kind)}</g>`;
      }
    }
    out += `<g${colour}>${g}</g>`;
  }
  if (fig.band?.front) out += bandLine(fig, scene);
  return `<g stroke-linecap="round" stroke-linejoin="round">${out}</g>`;
};

/** The floor line across the frame, unless the mat (seen from above) is the floor. */
const floorLine = (fig: Figure2D, width: number): string =>
  fig.mat && fig.raised
    ? ''
    : `<path d="M2 ${r1(fig.floorY)}H${r1(width - 2)}" style="stroke:${COLOURS.floor}" stroke-width="${FLOOR_STROKE}" stroke-linecap="round"/>`;

const matShape = (fig: Figure2D): string => {
  const m = fig.mat;
  if (!m) return '';
  if (fig.raised) {
    const d = (pts: readonly P2[]) => `M${pts.map((p) => `${r1(p.x)} ${r1(p.y)}`).join('L')}Z`;
    const edge = `stroke:${COLOURS.matEdge}" stroke-width=".6" stroke-linejoin="round"/>`;
    const top = fig.matTop ? `<path d="${d(fig.matTop)}" style="fill:none;${edge}` : '';
    return `<path d="${d(m)}" style="fill:${COLOURS.matFloor};${edge}${top}`;
  }
  const [tl, tr] = m as [P2, P2];
  return `<rect x="${r1(tl.x)}" y="${r1(tl.y)}" width="${r1(tr.x - tl.x)}" height="${MAT.thickness}" rx="1.2" style="fill:${COLOURS.mat};stroke:${COLOURS.matEdge}" stroke-width=".8"/>`;
};

/** The step, a box standing on the floor line, drawn behind the figure. */
const stepShape = (fig: Figure2D): string => {
  const s = fig.step;
  if (!s) return '';
  return `<path d="M${s.map((p) => `${r1(p.x)} ${r1(p.y)}`).join('L')}Z" style="fill:${COLOURS.step};stroke:${COLOURS.stepEdge}" stroke-width="1" stroke-linejoin="round"/>`;
};

const shadowShape = (fig: Figure2D): string => {
  const sh = fig.shadow;
  return sh ? `<ellipse cx="${r1(sh.x)}" cy="${r1(sh.y)}" rx="${SHADOW.rx}" ry="${SHADOW.ry}" style="fill:${COLOURS.shadow}"/>` : '';
};

/** What the figure rests on, drawn behind it: the mat and the step, and a hop's shadow. */
const groundShapes = (fig: Figure2D): string => matShape(fig) + stepShape(fig) + shadowShape(fig);

/** Ball roll (degrees) for the end pose relative to the start. */
const rollOf = (fig: Figure2D): number => ballTracks(fig)?.r.b ?? 0;

/* ---------- the animation: keyframes per moving element ---------- */

/**
 * Each moving element (a chain's root, a joint, a limb's length, the ball) has keyframes of its
 * own for `transform`, so a frame of the movement updates those elements' transforms and nothing
 * else: no custom property inherited down the figure, no calc() evaluated per joint per frame.
 * The resting transform (the start pose) is the element's `transform` attribute, which is also
 * what shows with reduced motion and when the cycles are over.
 *
 * The keyframes hold only the way out, played forwards then backwards (`alternate`), so one cycle
 * (CYCLE_SECONDS) is two iterations: hold the start pose, ease to the end pose, hold it (the way
 * out), then the same in reverse. A bowing track gets keyframes at every SAMPLE_STEPS progress,
 * each with its own piece of the ease-in-out curve, so the timing is exactly ease-in-out either
 * way (ease-in-out is its own mirror image, so the way back is the way out reversed).
 */
/** Where the movement runs in an iteration (%): held before and after, 14% of a cycle at each end in all. */
const MOVE = [14, 86] as const;
/** CSS ease-in-out, as cubic-bezier control points. */
const EASE: readonly [number, number, number, number] = [0.42, 0, 0.58, 1];

type Pt = readonly [number, number];
const bezierPoints = (): Pt[] => [[0, 0], [EASE[0], EASE[1]], [EASE[2], EASE[3]], [1, 1]];
const mix = (a: Pt, b: Pt, s: number): Pt => [a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s];
/** De Casteljau: the cubic split at parameter s into its two halves. */
const splitCubic = (p: Pt[], s: number): [Pt[], Pt[]] => {
  const [p0, p1, p2, p3] = p as [Pt, Pt, Pt, Pt];
  const a = mix(p0, p1, s);
  const b = mix(p1, p2, s);
  const c = mix(p2, p3, s);
  const d = mix(a, b, s);
  const e = mix(b, c, s);
  const f = mix(d, e, s);
  return [
    [p0, a, d, f],
    [f, e, c, p3],
  ];
};
const yAt = (s: number): number => {
  const u = 1 - s;
  return 3 * u * u * s * EASE[1] + 3 * u * s * s * EASE[3] + s * s * s;
};
const xAt = (s: number): number => {
  const u = 1 - s;
  return 3 * u * u * s * EASE[0] + 3 * u * s * s * EASE[2] + s * s * s;
};
/** The curve's parameter where the eased progress reaches y (y rises with the parameter). */
const paramForProgress = (y: number): number => {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 50; i += 1) {
    const mid = (lo + hi) / 2;
    if (yAt(mid) < y) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
};
const n3 = (n: number): string => String(Math.round(n * 100) / 100).replace(/^0\./, '.');

/**
 * For each sample of SAMPLE_STEPS: when (0 to 1 of the movement's time) the eased progress
 * reaches it, and the piece of ease-in-out that runs from it to the next sample.
 */
export const EASED_SAMPLES: readonly { readonly at: number; readonly timing: string }[] = SAMPLE_STEPS.map((t, i) => {
  const next = SAMPLE_STEPS[i + 1];
  const s0 = paramForProgress(t);
  const at = t === 0 ? 0 : t === 1 ? 1 : xAt(s0);
  if (next === undefined) return { at, timing: 'linear' };
  const s1 = paramForProgress(next);
  // the piece from s0 to s1: split at s1, then the left part at s0/s1
  const [left] = splitCubic(bezierPoints(), s1);
  const [, piece] = splitCubic(left, s1 === 0 ? 0 : s0 / s1);
  const [a, b, c, d] = piece as [Pt, Pt, Pt, Pt];
  const w = d[0] - a[0] || 1;
  const h = d[1] - a[1] || 1;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return { at, timing: `cubic-bezier(${n3(clamp((b[0] - a[0]) / w))},${n3((b[1] - a[1]) / h)},${n3(clamp((c[0] - a[0]) / w))},${n3((c[1] - a[1]) / h)})` };
});

/** Seconds into a cycle at which the movement reaches progress t on its way out (for frozen frames in the contact sheet). */
export const secondsToProgress = (t: number): number => {
  const s = paramForProgress(Math.min(1, Math.max(0, t)));
  return ((MOVE[0] + (MOVE[1] - MOVE[0]) * xAt(s)) / 100) * (CYCLE_SECONDS / 2);
};

/** One element's moving transform: its function list, the same at every keyframe, given the progress t. */
interface Motion {
  readonly tracks: readonly Track[];
  /** The CSS transform at progress t (px and deg). */
  readonly css: (t: number) => string;
  /** The SVG transform attribute at the start pose. */
  readonly attr: string;
}

const pct = (n: number): string => `${Math.round(n * 10) / 10}%`;
/** The keyframes for one motion, or null when it does not move. */
const keyframesOf = (m: Motion): string | null => {
  if (m.tracks.every((k) => Math.abs(k.b - k.a) < 0.05 && !bows(k))) return null;
  const frame = (t: number) => `{transform:${m.css(t)}}`;
  let body: string;
  if (!m.tracks.some(bows)) {
    // straight from start to end: two poses, the element's own ease-in-out between them
    body = `0%,${MOVE[0]}%${frame(0)}${MOVE[1]}%,100%${frame(1)}`;
  } else {
    const span = MOVE[1] - MOVE[0];
    const parts: string[] = [];
    SAMPLE_STEPS.forEach((t, i) => {
      const e = EASED_SAMPLES[i] as (typeof EASED_SAMPLES)[number];
      const value = `transform:${m.css(t)}`;
      if (t === 0) parts.push(`0%,${MOVE[0]}%{${value};animation-timing-function:${e.timing}}`);
      else if (t === 1) parts.push(`${MOVE[1]}%,100%{${value}}`);
      else parts.push(`${pct(MOVE[0] + span * e.at)}{${value};animation-timing-function:${e.timing}}`);
    });
    body = parts.join('');
  }
  return body;
};

/**
 * Collects the keyframes a figure uses (once each) and writes each moving element's attributes.
 * Keyframe names are global to the page, so they carry the figure's id prefix (unique on the page).
 */
class Keyframes {
  private readonly rules = new Map<string, string>();
  private readonly prefix: string;
  constructor(idPrefix: string) {
    this.prefix = `cf-${idPrefix.replace(/[^a-zA-Z0-9_-]/g, '_')}-`;
  }
  /** ` class="…" transform="…" style="animation-name:…"` for an element with this motion (and any style of its own). */
  attrs(cls: string, m: Motion, style = ''): string {
    const body = keyframesOf(m);
    if (!body) return ` class="${cls}" transform="${m.attr}"${style ? ` style="${style}"` : ''}`;
    let name = this.rules.get(body);
    if (!name) {
      name = `${this.prefix}${this.rules.size}`;
      this.rules.set(body, name);
    }
    return ` class="${cls} cfm" transform="${m.attr}" style="animation-name:${name}${style ? `;${style}` : ''}"`;
  }
  css(): string {
    return [...this.rules].map(([body, name]) => `@keyframes ${name}{${body}}`).join('');
  }
}

/** translate(u, v) rotate(r): a chain's root, or the ball. */
const placeMotion = (u: Track, v: Track, r: Track): Motion => ({
  tracks: [u, v, r],
  css: (t) => `translate(${px(valueAt(u, t))},${px(valueAt(v, t))}) rotate(${r1(valueAt(r, t))}deg)`,
  attr: `translate(${r1(u.a)} ${r1(v.a)}) rotate(${r1(r.a)})`,
});
/** translate(length) rotate(turn): the next joint, along this segment and turned by the joint angle. */
const px = (n: number): string => (r1(n) === '0' ? '0' : `${r1(n)}px`);
const jointMotion = (length: Track, turn: Track): Motion => ({
  tracks: [length, turn],
  css: (t) => `translate(${px(valueAt(length, t))}) rotate(${r1(valueAt(turn, t))}deg)`,
  attr: `translate(${r1(length.a)}) rotate(${r1(turn.a)})`,
});
/** rotate(turn): a weight held upright in the hand. */
const turnMotion = (turn: Track): Motion => ({
  tracks: [turn],
  css: (t) => `rotate(${r1(valueAt(turn, t))}deg)`,
  attr: `rotate(${r1(turn.a)})`,
});
/** scaleX(length): a limb segment, a unit line stretched to its length on the page. */
const lengthMotion = (length: Track): Motion => ({
  tracks: [length],
  css: (t) => `scaleX(${r1(valueAt(length, t))})`,
  attr: `scale(${r1(length.a)} 1)`,
});

/**
 * One animated chain: nested groups, one per joint, each turning by its joint angle between the
 * start and end pose, so the chain bends at its joints like the real thing. Segment lengths on
 * the page may change only by foreshortening.
 */
const animatedChain = (fig: Figure2D, key: ChainKey, kf: Keyframes): string => {
  const spec = CHAINS[key];
  const k = chainTracks(fig, key);
  const n = k.segments.length;
  const half = spec.width / 2;
  const seg0 = k.segments[0];
  if (!seg0) return '';
  let close = '</g>';
  let out = `<g${kf.attrs('cfk', placeMotion(k.u, k.v, seg0.angle))}>`;
  for (let i = 0; i < n; i += 1) {
    const s = k.segments[i] as ChainTracks['segments'][number];
    const drawn = i >= spec.drawFrom && i < spec.drawTo;
    if (drawn) {
      if (i === spec.drawFrom) out += `<circle r="${half}"/>`;
      out += `<path d="M0 0H1"${kf.attrs('cfs', lengthMotion(s.length))}/>`;
    }
    // the next joint: along this segment, turned by the joint angle
    const next = k.segments[i + 1];
    const turn = next
      ? track(next.angle.a - s.angle.a, next.angle.b - s.angle.b, next.angle.q - s.angle.q + (next.angle.a + next.angle.b - s.angle.a - s.angle.b) / 2)
      : track(0, 0);
    out += `<g${kf.attrs('cfj', jointMotion(s.length, turn))}>`;
    close += '</g>';
    if (drawn) out += `<circle r="${half}"/>`;
  }
  // at the chain's end: the head, or a weight held upright in the hand
  if (key === 'torso') out += `<circle r="${RADIUS.head}"/>`;
  const last = k.segments[n - 1]?.angle ?? track(0, 0);
  for (const w of fig.weights.filter((x) => x.chain === key)) {
    const upright = track(-last.a, -last.b, -last.q - (last.a + last.b) / 2);
    out += `<g${kf.attrs('cfj cfw', turnMotion(upright))}>${weightShape(w.kind)}</g>`;
  }
  return out + close;
};

const STYLE = [
  // the moving elements share the cycle; each has its own keyframes (animation-name, inline)
  `.cfm{animation:${CYCLE_SECONDS / 2}s ease-in-out ${CYCLES * 2} alternate}`,
  '.cf-a path{fill:none;stroke:currentColor}.cf-a circle{fill:currentColor}',
  `.cff{color:${COLOURS.far}}.cfw{color:${COLOURS.weight};fill:currentColor}`,
  `.cfb circle{fill:${COLOURS.ball};stroke:${COLOURS.ballEdge}}.cfb path{stroke:${COLOURS.ballEdge}}`,
  '.cf-e,.cf-x{display:none}',
  // reduced motion: start and end side by side on the floor line, each placed (and scaled) by its group's --x/--y/--s
  '@media (prefers-reduced-motion:reduce){.cfm{animation:none}.cf-a,.cf-e{transform:translate(calc(var(--x)*1px),calc(var(--y)*1px)) scale(var(--s))}.cf-e,.cf-x{display:inline}}',
].join('');
/** Inside <svg>, HTML parses <style> as markup (not raw text): escape it as XML text. */
const styleText = (css: string): string => css.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The thumbnail as a file of its own (/figures/<id>.svg, a search result's <img>): the namespace a
 * standalone SVG needs, and the body's text colour for a dark page, which the page's own colour does
 * not reach there (the body would be black on a dark page). `extraCss` is added to the same <style>.
 * Inline thumbnails carry no <style>: one inserted into a page (the timer's figure at each new step)
 * makes the browser update its style sheets and restyle the page.
 */
export const standaloneSvg = (svg: string, extraCss = ''): string =>
  svg
    .replace(/^<svg(?![^>]*\sxmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg"')
    // after its <title> and <desc>, which come first
    // (a function, so a `$` in extraCss is taken as written, not as a replacement pattern)
    .replace(/^<svg[^>]*>(?:<title\b[^>]*>[\s\S]*?<\/title>)?(?:<desc\b[^>]*>[\s\S]*?<\/desc>)?/, (head) => `${head}<style>@media (prefers-color-scheme:dark){svg{color:#eef0f3}}${extraCss}</style>`);

const DISPLAY_WIDTH = { large: 500, thumb: 128 } as const;

const svgOpen = (opts: RenderOptions, alt: string, cls: string, f: FramedFigure, side?: FigureData['side']) => {
  const id = escapeXml(opts.idPrefix);
  const w = DISPLAY_WIDTH[opts.size];
  const h = Math.round((w * f.height) / f.width);
  // drawn for the left side: the timer mirrors a figure whose side is not the one being worked
  const drawn = side === 'left' ? ' data-drawn="left"' : '';
  return (
    // no xmlns: inline in HTML it needs none, and standaloneSvg adds it to a file of its own (twice is not XML)
    `<svg viewBox="0 0 ${r1(f.width)} ${r1(f.height)}" width="${w}" height="${h}" role="img" aria-labelledby="${id}-t" aria-describedby="${id}-d" class="${cls}"${drawn}>` +
    `<title id="${id}-t">${escapeXml(opts.title)}</title><desc id="${id}-d">${escapeXml(alt)}</desc>`
  );
};

/**
 * One pose alone, static: the thumbnail (end pose, in its own frame) uses it, and the contact sheet
 * (start or end, `large`: in the frame of the whole movement).
 */
export const renderPoseSvg = (figure: FigureData, which: 'start' | 'end', opts: RenderOptions): string => {
  const f = frameFigure(figure, opts.size, which);
  const { fig } = f;
  const scene = which === 'start' ? fig.start : fig.end;
  return `${svgOpen(opts, figure.alt, 'cf cf-static', f, figure.side)}${floorLine(fig, f.width)}${groundShapes(fig)}${drawPose(fig, scene, which === 'end' ? rollOf(fig) : 0)}</svg>`;
};

/**
 * The figure as a complete inline <svg role="img"> with <title> (the exercise) and <desc> (the alt
 * sentence). `thumb`: the end pose, static. `large`: animated start <-> end, with the two poses side
 * by side instead when the reader prefers reduced motion.
 */
export const renderFigureSvg = (figure: FigureData, opts: RenderOptions): string => {
  if (opts.size === 'thumb') return renderPoseSvg(figure, 'end', opts);
  const f = frameFigure(figure, 'large');
  const { fig, sideBySide: sb } = f;
  const kf = new Keyframes(opts.idPrefix);
  const mat = groundShapes(fig);
  let moving = mat;
  const ball = ballTracks(fig);
  if (ball) {
    moving += `<g${kf.attrs('cfk cfb', placeMotion(ball.u, ball.v, ball.r))} stroke-width="1.5"><circle r="${BALL_RADIUS}"/>${ballSeam}</g>`;
  }
  moving += fixedProps(fig);
  const bandK = bandTracks(fig);
  // the band: from its fixed anchor, turning and stretching to the hands, on keyframes like a limb
  const band =
    fig.band && bandK
      ? `<g${kf.attrs('cfk', placeMotion(track(fig.band.anchor.x, fig.band.anchor.x), track(fig.band.anchor.y, fig.band.anchor.y), bandK.angle))}>` +
        `<path d="M0 0H1"${kf.attrs('cfs', lengthMotion(bandK.length), `stroke:${COLOURS.band}`)} stroke-width="${BAND.width}"/></g>`
      : '';
  if (!fig.band?.front) moving += band;
  for (const { key, far } of fig.order) {
    moving += `<g${far ? ' class="cff"' : ''} stroke-width="${CHAINS[key].width}">${animatedChain(fig, key, kf)}</g>`;
  }
  if (fig.band?.front) moving += band;
  const place = (p: { x: number; y: number }) => `--x:${r1(p.x)};--y:${r1(p.y)};--s:${sb.scale}`;
  const { x, y, size } = sb.arrow;
  const arrow = `<path class="cf-x" d="M${r1(x - size)} ${r1(y - size)}l${r1(size)} ${r1(size)}-${r1(size)} ${r1(size)}" fill="none" style="stroke:${COLOURS.far}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;
  return (
    `${svgOpen(opts, figure.alt, 'cf cf-large', f)}<style>${styleText(STYLE + kf.css())}</style>${floorLine(fig, f.width)}` +
    `<g class="cf-a" style="${place(sb.start)}">${moving}</g>` +
    `<g class="cf-e" style="${place(sb.end)}">${mat}${drawPose(fig, fig.end, rollOf(fig))}</g>${arrow}</svg>`
  );
};
