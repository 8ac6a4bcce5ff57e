import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFigureFrontmatter } from '../../src/lib/figure/frontmatter';
import { POSES } from '../../src/lib/figure/library';
import { placePose, resolvePose } from '../../src/lib/figure/model';
import { POSE_NAMES, PROPS, type PoseName, type Prop } from '../../src/lib/figure/poses';
import { FRAME, figureExtent, placedPose, renderFigureSvg, renderPoseSvg, type FigureData } from '../../src/lib/figure/render';
import {
  BALL_RADIUS,
  BONES,
  BONE_NAMES,
  JOINTS,
  JOINT_RADIUS,
  distance,
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

  it('no body part is below the floor line, and every figure rests on the floor', () => {
    for (const name of POSE_NAMES) {
      const joints = placedPose(name).joints;
      const lowest = Math.min(...JOINTS.map((j) => joints[j][1] - JOINT_RADIUS[j]));
      expect(lowest, `${name} goes below the floor`).toBeGreaterThanOrEqual(-0.01);
      expect(lowest, `${name} floats above the floor`).toBeLessThan(0.5);
    }
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

  it('an exercise on the ball uses poses on the ball, and lists the ball', () => {
    for (const ex of exercises) {
      const f = figureOf(ex);
      const ball = Boolean(POSES[f.start].ball) || Boolean(POSES[f.end].ball);
      expect(f.props?.includes('stability-ball') ?? false, `${ex.file}: stability-ball prop`).toBe(ball);
    }
  });

  it('every figure fits its frame, with weights above the floor', () => {
    for (const ex of exercises) {
      const box = figureExtent(figureOf(ex));
      expect(box.minX, ex.file).toBeGreaterThanOrEqual(0);
      expect(box.maxX, ex.file).toBeLessThanOrEqual(FRAME.width);
      expect(box.minY, ex.file).toBeGreaterThanOrEqual(0);
      expect(box.maxY, ex.file).toBeLessThanOrEqual(FRAME.floor + 0.5);
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
    // the style is XML text inside <svg>: no raw markup characters
    const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
    expect(style).not.toMatch(/[<>]/);
    expect(svg.length).toBeLessThan(9000);
  });

  it('thumb: the end pose alone, static and small', () => {
    const svg = renderFigureSvg(glute, { size: 'thumb', title: 'Glute bridge', idPrefix: 'g' });
    expect(svg).not.toContain('<style');
    expect(svg).not.toContain('animation');
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
    expect(head(left) + head(right)).toBeCloseTo(FRAME.width, 0);
  });

  it('is deterministic', () => {
    const opts = { size: 'large', title: 'Glute bridge', idPrefix: 'g' } as const;
    expect(renderFigureSvg(glute, opts)).toBe(renderFigureSvg(glute, opts));
  });
});
