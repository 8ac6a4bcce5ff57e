/**
 * Renders an exercise's figure to an inline SVG string at build time: no DOM, no Astro, no
 * client JavaScript. `large` animates between the start and end pose with CSS (each limb's
 * joint angle turns, so limbs never stretch or detach) and, under prefers-reduced-motion, shows
 * the two poses side by side; `thumb` is the end pose alone, static and small.
 * Colours come from the site's CSS custom properties (with fallbacks), so light and dark mode work.
 */
import { POSES } from './library';
import { placePose, type PlacedPose, type View } from './model';
import type { PoseName, Prop } from './poses';
import { BALL_RADIUS, DUMBBELL, KETTLEBELL, RADIUS, type Joint, type Vec3, dot } from './skeleton';

export interface FigureData {
  readonly start: PoseName;
  readonly end: PoseName;
  readonly props?: readonly Prop[] | undefined;
  /** The side the figure works; `left` draws the figure mirrored. */
  readonly side?: 'left' | 'right' | undefined;
  /** One sentence describing the movement: the figure's text alternative. */
  readonly alt: string;
}

export interface RenderOptions {
  readonly size: 'large' | 'thumb';
  /** The exercise's name, used as the SVG's <title>. */
  readonly title: string;
  /** Unique on the page: prefixes the ids the <title> and <desc> are referenced by. */
  readonly idPrefix: string;
}

/** Every figure is drawn at one scale (1 unit = 1 cm) in one frame, so figures compare at a glance. */
export const FRAME = { width: 250, height: 190, floor: 184 } as const;
/** Seconds for one start -> end -> start cycle. */
export const CYCLE_SECONDS = 3.6;

const LIMB_WIDTH = { torso: RADIUS.torso * 2, arm: RADIUS.arm * 2, leg: RADIUS.leg * 2 } as const;
const MAT = { length: 182, width: 60, thickness: 2.5 } as const;

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const r1 = (n: number): string => {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
};

/* ---------- projection ---------- */

interface P2 {
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

type ChainKey = 'torso' | 'armR' | 'armL' | 'legR' | 'legL';
const CHAINS: Record<ChainKey, { joints: readonly Joint[]; drawFrom: number; drawTo: number; width: number }> = {
  // pelvis - waist - neck are drawn; the last point is the head's centre
  torso: { joints: ['pelvis', 'waist', 'neck', 'head'], drawFrom: 0, drawTo: 2, width: LIMB_WIDTH.torso },
  // the spine is repeated (not drawn) so an arm stays attached while the back bends
  armR: { joints: ['pelvis', 'waist', 'neck', 'shoulderR', 'elbowR', 'wristR', 'fingersR'], drawFrom: 2, drawTo: 6, width: LIMB_WIDTH.arm },
  armL: { joints: ['pelvis', 'waist', 'neck', 'shoulderL', 'elbowL', 'wristL', 'fingersL'], drawFrom: 2, drawTo: 6, width: LIMB_WIDTH.arm },
  legR: { joints: ['pelvis', 'hipR', 'kneeR', 'ankleR', 'toeR'], drawFrom: 0, drawTo: 4, width: LIMB_WIDTH.leg },
  legL: { joints: ['pelvis', 'hipL', 'kneeL', 'ankleL', 'toeL'], drawFrom: 0, drawTo: 4, width: LIMB_WIDTH.leg },
};

interface Weight {
  readonly kind: 'kettlebell' | 'dumbbell';
  readonly chain: ChainKey;
}

interface Scene {
  /** Points per chain in page units (x right, y down), mirrored for the left side. */
  readonly chains: Record<ChainKey, P2[]>;
  readonly ball?: P2;
}

interface Exercise2D {
  readonly start: Scene;
  readonly end: Scene;
  /** Chains back to front, and whether each is on the far side (drawn muted). */
  readonly order: readonly { key: ChainKey; far: boolean }[];
  readonly weights: readonly Weight[];
  /** The mat's element, open (ground() adds its style and closes it). */
  readonly mat?: string;
  readonly floor: readonly [number, number, number];
  /** Seen from above (camera pitched down): the mat is drawn as a floor area. */
  readonly raised: boolean;
}

const poseCache = new Map<PoseName, PlacedPose>();
/** A named pose, placed on the floor (and on its ball). */
export const placedPose = (name: PoseName): PlacedPose => {
  let placed = poseCache.get(name);
  if (!placed) {
    placed = placePose(POSES[name]);
    poseCache.set(name, placed);
  }
  return placed;
};

const CHAIN_KEYS = Object.keys(CHAINS) as ChainKey[];

/** Projects both poses with one camera, lays them out in the frame, and decides draw order. */
const layout = (figure: FigureData): Exercise2D => {
  const a = placedPose(figure.start);
  const b = placedPose(figure.end);
  const view = POSES[figure.end].view ?? POSES[figure.start].view ?? b.view;
  const project = camera(view);
  const mirror = figure.side === 'left' ? -1 : 1;
  const props = figure.props ?? [];

  const world = (pose: PlacedPose) => {
    const chains = {} as Record<ChainKey, P2[]>;
    for (const key of CHAIN_KEYS) chains[key] = CHAINS[key].joints.map((j) => project(pose.joints[j]));
    return { chains, ball: pose.ball ? project(pose.ball) : undefined };
  };
  const wa = world(a);
  const wb = world(b);

  // the ground: a mat (or just the floor) under both poses, centred on them
  const xs: number[] = [];
  const zs: number[] = [];
  for (const pose of [a, b]) {
    for (const p of Object.values(pose.joints)) {
      xs.push(p[0]);
      zs.push(p[2]);
    }
    if (pose.ball) xs.push(pose.ball[0] - BALL_RADIUS, pose.ball[0] + BALL_RADIUS);
  }
  const midX = (Math.min(...xs) + Math.max(...xs)) / 2;
  const midZ = (Math.min(...zs) + Math.max(...zs)) / 2;
  const matCorners = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([i = 0, k = 0]) => project([midX + (i * MAT.length) / 2, 0, midZ + (k * MAT.width) / 2]));
  const flat = Math.abs(view.pitch) < 1;

  // horizontal: centre everything drawn; vertical: the ground's lowest edge on the frame's floor line
  const allX: number[] = [];
  for (const w of [wa, wb]) {
    for (const key of CHAIN_KEYS) for (const p of w.chains[key]) allX.push(p.x);
    if (w.ball) allX.push(w.ball.x - BALL_RADIUS, w.ball.x + BALL_RADIUS);
  }
  const hasMat = props.includes('mat');
  if (hasMat) for (const c of matCorners) allX.push(c.x);
  const centre = (Math.min(...allX) + Math.max(...allX)) / 2;
  const groundY = flat ? 0 : Math.min(...matCorners.map((c) => c.y));
  const dy = FRAME.floor - (hasMat && flat ? MAT.thickness : 0);
  const toPage = (p: P2): P2 => ({ x: FRAME.width / 2 + mirror * (p.x - centre), y: dy - (p.y - groundY), z: p.z });

  const scene = (w: typeof wa): Scene => {
    const chains = {} as Record<ChainKey, P2[]>;
    for (const key of CHAIN_KEYS) chains[key] = w.chains[key].map(toPage);
    return w.ball ? { chains, ball: toPage(w.ball) } : { chains };
  };
  const start = scene(wa);
  const end = scene(wb);

  // depth: average z of each chain's own (drawn) points over both poses
  const depth = (key: ChainKey) => {
    const pts = [...start.chains[key], ...end.chains[key]].filter((_, i, all) => {
      const n = all.length / 2;
      return i % n >= CHAINS[key].drawFrom;
    });
    return pts.reduce((s, p) => s + p.z, 0) / pts.length;
  };
  // of each pair of limbs, the one clearly further from the viewer is drawn muted
  const other: Record<ChainKey, ChainKey> = { torso: 'torso', armR: 'armL', armL: 'armR', legR: 'legL', legL: 'legR' };
  const order = CHAIN_KEYS.map((key) => ({ key, d: depth(key) }))
    .sort((p, q) => p.d - q.d)
    .map(({ key, d }) => ({ key, far: key !== 'torso' && d < depth(other[key]) - 4 }));

  const weights: Weight[] = [];
  const held = props.find((p): p is 'kettlebell' | 'dumbbell' => p === 'kettlebell' || p === 'dumbbell');
  if (held) for (const hand of b.holds) weights.push({ kind: held, chain: hand === 'R' ? 'armR' : 'armL' });

  let mat: string | undefined;
  if (hasMat) {
    const m = matCorners.map(toPage);
    if (flat) {
      const x0 = Math.min(...m.map((p) => p.x));
      const x1 = Math.max(...m.map((p) => p.x));
      mat = `<rect x="${r1(x0)}" y="${r1(dy)}" width="${r1(x1 - x0)}" height="${MAT.thickness}" rx="1.2"`;
    } else {
      mat = `<path d="M${m.map((p) => `${r1(p.x)} ${r1(p.y)}`).join('L')}Z"`;
    }
  }
  return { start, end, order, weights, ...(mat ? { mat } : {}), floor: [4, FRAME.width - 4, FRAME.floor], raised: !flat };
};

/**
 * The page-space box everything drawn for a figure occupies (both poses, limb thickness, head, ball
 * and weights included), to check it fits the frame.
 */
export const figureExtent = (figure: FigureData): { minX: number; maxX: number; minY: number; maxY: number } => {
  const fig = layout(figure);
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  const grow = (x: number, y: number, r: number) => {
    box.minX = Math.min(box.minX, x - r);
    box.maxX = Math.max(box.maxX, x + r);
    box.minY = Math.min(box.minY, y - r);
    box.maxY = Math.max(box.maxY, y + r);
  };
  for (const scene of [fig.start, fig.end]) {
    for (const key of CHAIN_KEYS) {
      const pts = scene.chains[key];
      pts.forEach((p, i) => {
        if (key === 'torso' && i === 3) grow(p.x, p.y, RADIUS.head);
        else if (i >= CHAINS[key].drawFrom) grow(p.x, p.y, CHAINS[key].width / 2);
      });
      for (const w of fig.weights) {
        const hand = pts[pts.length - 1];
        if (w.chain !== key || !hand) continue;
        if (w.kind === 'kettlebell') grow(hand.x, hand.y + KETTLEBELL.drop, KETTLEBELL.radius);
        else grow(hand.x, hand.y, DUMBBELL.length / 2);
      }
    }
    if (scene.ball) grow(scene.ball.x, scene.ball.y, BALL_RADIUS);
  }
  return box;
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
} as const;

const angleOf = (a: P2, b: P2): number => (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
const lengthOf = (a: P2, b: P2): number => Math.hypot(b.x - a.x, b.y - a.y);
const wrap = (d: number): number => ((((d + 180) % 360) + 360) % 360) - 180;

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

const ballSeam = `<path d="M${-BALL_RADIUS * 0.7} ${-BALL_RADIUS * 0.7}Q0 ${-BALL_RADIUS * 0.1} ${BALL_RADIUS * 0.7} ${BALL_RADIUS * 0.7}" fill="none"/>`;

/** Static drawing of one pose: one path per chain, the head, the ball and weights. */
const drawPose = (fig: Exercise2D, scene: Scene, roll: number): string => {
  let out = '';
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
  return `<g stroke-linecap="round" stroke-linejoin="round">${out}</g>`;
};

const ground = (fig: Exercise2D): string => {
  const [x0, x1, y] = fig.floor;
  // seen from above, the mat is the floor: no separate floor line, and a lighter fill for its larger area
  if (fig.mat && fig.raised) return `${fig.mat} style="fill:${COLOURS.matFloor};stroke:${COLOURS.matEdge}" stroke-width=".6" stroke-linejoin="round"/>`;
  let out = `<path d="M${x0} ${y}H${x1}" style="stroke:${COLOURS.floor}" stroke-width="1.5" stroke-linecap="round"/>`;
  if (fig.mat) out += `${fig.mat} style="fill:${COLOURS.mat};stroke:${COLOURS.matEdge}" stroke-width=".8"/>`;
  return out;
};

/** Ball roll (degrees) for the end pose relative to the start: it turns as it rolls along the floor. */
const rollOf = (fig: Exercise2D): number =>
  fig.start.ball && fig.end.ball ? (((fig.end.ball.x - fig.start.ball.x) / BALL_RADIUS) * 180) / Math.PI : 0;

/**
 * One animated chain: nested groups, one per joint, each turning by its joint angle between the
 * start and end pose (CSS custom properties --r/--R interpolated by --t), so the chain bends at its
 * joints like the real thing. Segment lengths on the page may change only by foreshortening.
 */
const animatedChain = (fig: Exercise2D, key: ChainKey): string => {
  const spec = CHAINS[key];
  const a = fig.start.chains[key];
  const b = fig.end.chains[key];
  const n = a.length;
  // absolute segment angles, the end unwrapped to the nearest turn so each joint takes the short way
  const absA: number[] = [];
  const absB: number[] = [];
  for (let i = 0; i < n - 1; i += 1) {
    const pa0 = a[i];
    const pa1 = a[i + 1];
    const pb0 = b[i];
    const pb1 = b[i + 1];
    if (!pa0 || !pa1 || !pb0 || !pb1) continue;
    const tiny = lengthOf(pa0, pa1) < 0.5 && lengthOf(pb0, pb1) < 0.5;
    const prevA = absA[i - 1] ?? 0;
    const prevB = absB[i - 1] ?? 0;
    const sa = tiny ? prevA : angleOf(pa0, pa1);
    const sb = tiny ? prevB : sa + wrap(angleOf(pb0, pb1) - sa);
    absA.push(sa);
    absB.push(sb);
  }
  const half = spec.width / 2;
  const root = a[0];
  const rootB = b[0];
  if (!root || !rootB) return '';
  let close = '';
  let out = `<g class="cfk" style="--u:${r1(root.x)};--U:${r1(rootB.x)};--v:${r1(root.y)};--V:${r1(rootB.y)};--r:${r1(absA[0] ?? 0)};--R:${r1(absB[0] ?? 0)}">`;
  close += '</g>';
  for (let i = 0; i < n - 1; i += 1) {
    const la = lengthOf(a[i] as P2, a[i + 1] as P2);
    const lb = lengthOf(b[i] as P2, b[i + 1] as P2);
    const drawn = i >= spec.drawFrom && i < spec.drawTo;
    if (drawn) {
      if (i === spec.drawFrom) out += `<circle r="${half}"/>`;
      out += `<path class="cfs" d="M0 0H1" style="--l:${r1(la)};--L:${r1(lb)}"/>`;
    }
    // the next joint: along this segment, turned by the joint angle
    const last = i === n - 2;
    const ra = last ? 0 : (absA[i + 1] ?? 0) - (absA[i] ?? 0);
    const rb = last ? 0 : (absB[i + 1] ?? 0) - (absB[i] ?? 0);
    out += `<g class="cfj" style="--u:${r1(la)};--U:${r1(lb)};--r:${r1(ra)};--R:${r1(rb)}">`;
    close += '</g>';
    if (drawn) out += `<circle r="${half}"/>`;
  }
  // at the chain's end: the head, or a weight held upright in the hand
  if (key === 'torso') out += `<circle r="${RADIUS.head}"/>`;
  const weights = fig.weights.filter((w) => w.chain === key);
  if (weights.length > 0) {
    const endA = absA[n - 2] ?? 0;
    const endB = absB[n - 2] ?? 0;
    for (const w of weights) {
      out += `<g class="cfj cfw" style="--u:0;--U:0;--r:${r1(-endA)};--R:${r1(-endB)}">${weightShape(w.kind)}</g>`;
    }
  }
  return out + close;
};

/** Reduced motion: half-size poses keep their floor on the frame's floor line. */
const REDUCED_DY = FRAME.floor / 2;
const STYLE = [
  '@property --t{syntax:"<number>";inherits:true;initial-value:0}',
  `.cf-a{animation:cf-move ${CYCLE_SECONDS}s ease-in-out infinite}`,
  '@keyframes cf-move{0%,14%{--t:0}50%,64%{--t:1}100%{--t:0}}',
  '.cfk{transform:translate(calc((var(--u) + (var(--U) - var(--u))*var(--t))*1px),calc((var(--v) + (var(--V) - var(--v))*var(--t))*1px)) rotate(calc((var(--r) + (var(--R) - var(--r))*var(--t))*1deg))}',
  '.cfj{transform:translateX(calc((var(--u) + (var(--U) - var(--u))*var(--t))*1px)) rotate(calc((var(--r) + (var(--R) - var(--r))*var(--t))*1deg))}',
  '.cfs{transform:scaleX(calc(var(--l) + (var(--L) - var(--l))*var(--t)))}',
  '.cf-a path{fill:none;stroke:currentColor}.cf-a circle{fill:currentColor}',
  `.cff{color:${COLOURS.far}}.cfw{color:${COLOURS.weight};fill:currentColor}`,
  `.cfb circle{fill:${COLOURS.ball};stroke:${COLOURS.ballEdge}}.cfb path{stroke:${COLOURS.ballEdge}}`,
  '.cf-e,.cf-x{display:none}',
  // reduced motion: start and end at half size, side by side, still standing on the frame's floor
  `@media (prefers-reduced-motion:reduce){.cf-a{animation:none;--t:0}.cf-a,.cf-e{transform:translate(0,${REDUCED_DY}px) scale(.5)}.cf-e{display:inline;transform:translate(${FRAME.width / 2}px,${REDUCED_DY}px) scale(.5)}.cf-x{display:inline}}`,
]
  .join('')
  // inside <svg>, HTML parses <style> as markup (not raw text): escape it as XML text
  .replace(/</g, '&lt;')
  .replace(/>/g, '&gt;');

const svgOpen = (opts: RenderOptions, alt: string, cls: string, w: number) => {
  const id = escapeXml(opts.idPrefix);
  const h = Math.round((w * FRAME.height) / FRAME.width);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${FRAME.width} ${FRAME.height}" width="${w}" height="${h}" role="img" aria-labelledby="${id}-t" aria-describedby="${id}-d" class="${cls}">` +
    `<title id="${id}-t">${escapeXml(opts.title)}</title><desc id="${id}-d">${escapeXml(alt)}</desc>`
  );
};

/** One pose alone, static: the thumbnail (end pose) and the contact sheet use it. */
export const renderPoseSvg = (figure: FigureData, which: 'start' | 'end', opts: RenderOptions): string => {
  const fig = layout(figure);
  const scene = which === 'start' ? fig.start : fig.end;
  return `${svgOpen(opts, figure.alt, 'cf cf-static', opts.size === 'thumb' ? 125 : 500)}${ground(fig)}${drawPose(fig, scene, which === 'end' ? rollOf(fig) : 0)}</svg>`;
};

/**
 * The figure as a complete inline <svg role="img"> with <title> (the exercise) and <desc> (the alt
 * sentence). `thumb`: the end pose, static. `large`: animated start <-> end, with the two poses side
 * by side instead when the reader prefers reduced motion.
 */
export const renderFigureSvg = (figure: FigureData, opts: RenderOptions): string => {
  if (opts.size === 'thumb') return renderPoseSvg(figure, 'end', opts);
  const fig = layout(figure);
  let moving = ground(fig);
  const { start, end } = fig;
  if (start.ball && end.ball) {
    moving += `<g class="cfk cfb" style="--u:${r1(start.ball.x)};--U:${r1(end.ball.x)};--v:${r1(start.ball.y)};--V:${r1(end.ball.y)};--r:0;--R:${r1(rollOf(fig))}" stroke-width="1.5"><circle r="${BALL_RADIUS}"/>${ballSeam}</g>`;
  }
  for (const { key, far } of fig.order) {
    moving += `<g${far ? ' class="cff"' : ''} stroke-width="${CHAINS[key].width}">${animatedChain(fig, key)}</g>`;
  }
  const arrowY = REDUCED_DY + FRAME.floor / 4;
  const arrow = `<path class="cf-x" d="M${FRAME.width / 2 - 4} ${arrowY - 6}l6 6-6 6" fill="none" style="stroke:${COLOURS.far}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`;
  return (
    `${svgOpen(opts, figure.alt, 'cf cf-large', 500)}<style>${STYLE}</style>` +
    `<g class="cf-a">${moving}</g>` +
    `<g class="cf-e">${ground(fig)}${drawPose(fig, end, rollOf(fig))}</g>${arrow}</svg>`
  );
};
