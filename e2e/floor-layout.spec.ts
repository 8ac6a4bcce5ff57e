import { expect, test, type Page } from '@playwright/test';
import { encodeRoutine } from '../src/lib/share/codec';

/**
 * The floor view on every screen: phones upright and on their side, tablets and a desktop. In
 * every phase, with clocks of 0:30, 1:00 and 10:00, every drawn line of text, every control, the
 * progress bar and every figure must be inside the viewport, and no two may overlap; nor may the
 * boxes of the figure, the clock, the step heading, the "Up next" line and the controls.
 *
 * Set SCREENSHOTS=<dir> to also write a PNG of each state, light and dark, for looking at.
 */
const VIEWPORTS = [
  { name: 'small phone', width: 375, height: 667 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'large phone', width: 430, height: 932 },
  { name: 'small phone on its side', width: 667, height: 375 },
  { name: 'phone on its side', width: 844, height: 390 },
  { name: 'large phone on its side', width: 932, height: 430 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'tablet on its side', width: 1024, height: 768 },
  { name: 'desktop', width: 1280, height: 800 },
];

/**
 * A builder link (the only way to a 10-minute step): get ready 30 s, a 600 s step with the longest
 * exercise name, a 60 s rest, timed holds each side (the longest form cue), then reps each side.
 */
const LONG = `/routines/build/#${encodeRoutine({
  title: 'Floor check',
  getReadySeconds: 30,
  rounds: 1,
  restBetweenRounds: 0,
  steps: [
    { exercise: 'stability-ball-reverse-leg-raise', sides: 'both-at-once', restAfter: 60, mode: 'time', seconds: 600 },
    { exercise: 'bird-dog', sides: 'each-side', restAfter: 0, mode: 'hold-reps', reps: 2, holdSeconds: 10 },
    { exercise: 'side-plank', sides: 'each-side', restAfter: 0, mode: 'reps', reps: 12 },
  ],
})}`;

interface Box {
  what: string;
  /** The text node or element it comes from: lines of one text never count as overlapping. */
  source: number;
  x: number;
  y: number;
  right: number;
  bottom: number;
}

/** Everything drawn in the floor view: each line of visible text, each control, the progress bar, each figure. */
async function drawn(page: Page): Promise<{ boxes: Box[]; viewport: { width: number; height: number } }> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog.timer-floor[open]')!;
    const boxes: Box[] = [];
    let source = 0;
    /** What a box inside the view that scrolls (the finish screen's summary) shows of `el`: text scrolled out of it is not drawn. */
    const scrollport = (el: Element) => {
      for (let a = el.parentElement; a && a !== dialog; a = a.parentElement) {
        if (/auto|scroll/.test(getComputedStyle(a).overflowY)) return a.getBoundingClientRect();
      }
      return null;
    };
    const add = (what: string, rects: Iterable<DOMRect>, el?: Element) => {
      source += 1;
      const port = el ? scrollport(el) : null;
      for (const r of rects) {
        const [x, y] = [Math.max(r.left, port?.left ?? -Infinity), Math.max(r.top, port?.top ?? -Infinity)];
        const [right, bottom] = [Math.min(r.right, port?.right ?? Infinity), Math.min(r.bottom, port?.bottom ?? Infinity)];
        if (right - x > 0 && bottom - y > 0) boxes.push({ what, source, x, y, right, bottom });
      }
    };
    const seen = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !el.closest('.sr-only');
    for (const el of dialog.querySelectorAll('button, [role=progressbar], svg')) {
      if (seen(el)) add(el.tagName === 'BUTTON' ? `button "${el.textContent}"` : (el.getAttribute('role') ?? el.tagName.toLowerCase()), [el.getBoundingClientRect()]);
    }
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || parent.closest('button, svg') || !seen(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      add(`"${node.textContent.trim()}"`, range.getClientRects(), parent);
    }
    return { boxes, viewport: { width: window.innerWidth, height: window.innerHeight } };
  });
}

/** What is off screen or overlapping, as sentences; empty when the layout is sound. */
async function layoutProblems(page: Page): Promise<string[]> {
  const { boxes, viewport } = await drawn(page);
  const problems: string[] = [];
  const px = (b: Box) => `[${Math.round(b.x)},${Math.round(b.y)} – ${Math.round(b.right)},${Math.round(b.bottom)}]`;
  const slack = 0.5;
  for (const b of boxes) {
    if (b.x < -slack || b.y < -slack || b.right > viewport.width + slack || b.bottom > viewport.height + slack) problems.push(`${b.what} is off screen ${px(b)}`);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.source === b.source) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.x, b.x);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) problems.push(`${a.what} ${px(a)} overlaps ${b.what} ${px(b)}`);
    }
  }
  return problems;
}

/** Checks the layout now, and what must be on screen; writes screenshots when asked. */
async function expectSound(page: Page, label: string, must: { clock: string | RegExp; figure: boolean; cue?: boolean; upNext?: boolean }) {
  const floor = page.getByRole('dialog', { name: 'Workout' });
  await expect(floor.getByRole('timer')).toHaveText(must.clock);
  for (const name of ['Previous step', 'Next step', 'Reset', 'Exit full screen']) await expect(floor.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await expect(floor.getByRole('heading', { level: 3 })).toBeInViewport({ ratio: 1 });
  await expect(floor.locator('.timer-figure svg')).toHaveCount(must.figure ? 1 : 0);
  if (must.cue) await expect(floor.getByText(/^Form: /)).toBeInViewport({ ratio: 1 });
  if (must.upNext) await expect(floor.getByText(/^Up next: /)).toBeInViewport({ ratio: 1 });
  // the clock is large: at least a sixth of the shorter side
  const size = await floor.getByRole('timer').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const { width, height } = page.viewportSize()!;
  expect(size, `${label}: clock font size`).toBeGreaterThanOrEqual(Math.min(width, height) / 6);
  expect(await layoutProblems(page), label).toEqual([]);
  expect(await partsOverlapping(page), label).toEqual([]);
  const dir = process.env['SCREENSHOTS'];
  if (dir) {
    const file = `${dir}/${width}x${height}-${label.replace(/[^a-z0-9]+/gi, '-')}`;
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `${file}-${colorScheme}.png` });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
}

async function start(page: Page, path: string) {
  await page.clock.install({ time: new Date('2026-11-22T07:00:00Z') });
  await page.goto(path);
  const timer = page.getByRole('region', { name: 'Workout timer' });
  // A shared link's preview hydrates its timer a moment after load: wait for Start, which a click scrolls to.
  await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
  await page.clock.pauseAt(new Date('2026-11-22T07:01:00Z'));
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Workout' })).toBeVisible();
}

for (const vp of VIEWPORTS) {
  test.describe(`floor view, ${vp.name} (${vp.width}×${vp.height})`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height }, hasTouch: vp.width < 1000 });

    test('clocks of 0:30, 10:00 and 1:00, holds, reps, switching sides and paused: all on screen, nothing overlapping', async ({ page }) => {
      test.setTimeout(90_000);
      await start(page, LONG);
      const floor = page.getByRole('dialog', { name: 'Workout' });
      await expectSound(page, 'get ready 30', { clock: '30', figure: false });
      await page.clock.fastForward(30_000);
      await expect(floor.getByRole('heading', { level: 3 })).toHaveText('Stability ball reverse leg raise');
      await expectSound(page, 'work 10-00', { clock: '10:00', figure: false, cue: true });
      await page.clock.fastForward(600_000);
      await expect(floor.getByRole('heading', { level: 3 })).toHaveText('Next: Bird dog · hold 1 of 2 · left');
      await expectSound(page, 'rest 1-00', { clock: '1:00', figure: false });
      await page.clock.fastForward(60_000);
      await expectSound(page, 'hold', { clock: '10', figure: false, cue: true, upNext: true });
      await floor.getByRole('button', { name: 'Next step' }).click();
      await expect(floor.getByRole('heading', { level: 3 })).toHaveText(/^Next: Bird dog · hold 1 of 2 · right|^Bird dog · hold 1 of 2 · right/);
      for (let i = 0; i < 8 && !/reps/.test((await floor.getByRole('timer').textContent()) ?? ''); i++) await floor.getByRole('button', { name: 'Next step' }).click();
      await expect(floor.getByRole('heading', { level: 3 })).toHaveText('Side plank · left');
      await expect(floor.getByRole('button', { name: 'Pause' })).toBeVisible();
      await expectSound(page, 'reps', { clock: '12 reps', figure: false, cue: true, upNext: true });
      await floor.getByRole('button', { name: 'Next step' }).click();
      await expect(floor.getByRole('heading', { level: 3 })).toHaveText('Next: Side plank · right');
      await expectSound(page, 'switch sides', { clock: '5', figure: false });
      await floor.getByRole('button', { name: 'Pause' }).click();
      await expectSound(page, 'paused', { clock: '5', figure: false });
    });

    test('with figures: get ready, a minute of work, the other side mirrored, and the rest between rounds', async ({ page }) => {
      test.setTimeout(90_000);
      await start(page, '/routines/back-and-core-circuit/');
      const floor = page.getByRole('dialog', { name: 'Workout' });
      const heading = floor.getByRole('heading', { level: 3 });
      await expectSound(page, 'figure get ready', { clock: '10', figure: true });
      await page.clock.fastForward(10_000);
      await expectSound(page, 'figure work 1-00', { clock: '1:00', figure: true, cue: true, upNext: true });
      // 60 + 60 + 30 into the round: the switch to the side plank's right side
      await page.clock.fastForward(150_000);
      await expect(heading).toHaveText('Next: Side plank · right');
      // the side plank is drawn on its left side: for the right it is mirrored
      await expect(floor.locator('.timer-figure[data-side="right"] svg')).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
      await expectSound(page, 'figure switch', { clock: '5', figure: true });
      await page.clock.fastForward(5_000);
      await expect(heading).toHaveText('Side plank · right');
      await page.clock.fastForward(30_000 + 60_000 + 30_000 + 5_000 + 30_000);
      await expect(heading).toHaveText('Next: Stability ball back extension');
      await expectSound(page, 'figure rest between rounds', { clock: '1:00', figure: true });
    });
  });
}

/**
 * The floor view's parts, as whole boxes: the figure, the big clock, the step heading, the "Up next"
 * line and each control. None may overlap another (the figure once sat over "Up next" on a phone on
 * its side). Box by box, not text by text: a heading or a line is the whole box it is laid out in.
 */
async function partsOverlapping(page: Page): Promise<string[]> {
  const parts = await page.evaluate(() => {
    const dialog = document.querySelector('dialog.timer-floor[open]')!;
    const found: { what: string; x: number; y: number; right: number; bottom: number }[] = [];
    const add = (what: string, el: Element | null) => {
      if (!el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) found.push({ what, x: r.left, y: r.top, right: r.right, bottom: r.bottom });
    };
    add('the figure', dialog.querySelector('.timer-figure svg'));
    add('the clock', dialog.querySelector('[role="timer"]'));
    add('the step heading', dialog.querySelector('h3'));
    add('the "Up next" line', dialog.querySelector('.timer-next'));
    for (const b of dialog.querySelectorAll('button')) add(`the button "${b.textContent}"`, b);
    return found;
  });
  const px = (b: (typeof parts)[number]) => `[${Math.round(b.x)},${Math.round(b.y)} – ${Math.round(b.right)},${Math.round(b.bottom)}]`;
  const problems: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const [a, b] = [parts[i]!, parts[j]!];
      const w = Math.min(a.right, b.right) - Math.max(a.x, b.x);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) problems.push(`${a.what} ${px(a)} overlaps ${b.what} ${px(b)}`);
    }
  }
  return problems;
}

for (const vp of [VIEWPORTS[1]!, VIEWPORTS[4]!, VIEWPORTS[8]!]) {
  test.describe(`floor view's parts in every phase, ${vp.name} (${vp.width}×${vp.height})`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height }, hasTouch: vp.width < 1000 });

    test('figure, clock, step heading, "Up next" and controls never overlap: get ready, work, hold, reps, switch sides, rest, paused and done', async ({ page }) => {
      test.setTimeout(120_000);
      await start(page, '/routines/seven-minute-core/');
      const floor = page.getByRole('dialog', { name: 'Workout' });
      const seen = new Set<string>();
      const check = async (label: string) => {
        // the new step's flash (0.4 s) is over, as a runner would see the screen
        await page.clock.runFor(500);
        const { width, height } = page.viewportSize()!;
        const dir = process.env['SCREENSHOTS'];
        if (dir && width < 1000) {
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            await page.screenshot({ path: `${dir}/phases-${width}x${height}-${label}-${colorScheme}.png` });
          }
          await page.emulateMedia({ colorScheme: 'light' });
        }
        expect(await partsOverlapping(page), label).toEqual([]);
        expect(await layoutProblems(page), label).toEqual([]);
      };
      for (let i = 0; i < 80; i++) {
        const phase = (await floor.getAttribute('data-phase')) ?? '';
        if (phase === 'done') break;
        const heading = (await floor.getByRole('heading', { level: 3 }).textContent()) ?? '';
        const clock = (await floor.getByRole('timer').textContent()) ?? '';
        const kind = phase !== 'work' ? phase : /reps/.test(clock) ? 'reps' : /hold/.test(heading) ? 'hold' : 'work';
        if (!seen.has(kind)) {
          seen.add(kind);
          await check(kind);
        }
        if (kind === 'work' && !seen.has('paused')) {
          await floor.getByRole('button', { name: 'Pause', exact: true }).click();
          await expect(floor).toHaveAttribute('data-phase', 'paused');
          seen.add('paused');
          await check('paused');
          await floor.getByRole('button', { name: 'Resume', exact: true }).click();
        }
        await floor.getByRole('button', { name: 'Next step' }).click();
      }
      await expect(floor.getByRole('heading', { name: 'End of the routine' })).toBeVisible();
      seen.add('done');
      await check('done');
      expect([...seen].sort()).toEqual(['done', 'get-ready', 'hold', 'paused', 'reps', 'rest', 'switch', 'work']);
    });
  });
}

/**
 * The finish screen of a logged workout, in the floor view: the record, the two questions, what is
 * next, the links and Close all on screen at once, upright and on its side, none of them scrolled
 * out of the summary's box; one way out (Close), not two buttons that do the same.
 */
for (const vp of [VIEWPORTS[1]!, VIEWPORTS[3]!, VIEWPORTS[4]!]) {
  test(`the finish screen on a ${vp.name} (${vp.width}×${vp.height}): everything on it is on screen without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await page.clock.install({ time: new Date(2026, 11, 7, 7, 0) });
    await page.goto('/routines/core-basics/');
    const start = page.getByRole('region', { name: 'Workout timer' }).getByRole('button', { name: 'Start', exact: true });
    await expect(start).toBeEnabled();
    await page.clock.pauseAt(new Date(2026, 11, 7, 7, 1));
    await start.click();
    // Two rounds of about five minutes and a minute between them: twenty minutes runs it all.
    await page.clock.runFor(20 * 60_000);
    const floor = page.getByRole('dialog', { name: 'Workout' });
    const heading = floor.getByRole('heading', { name: 'Well done: workout complete' });
    await expect(heading).toBeVisible();
    await page.clock.resume();
    const parts = [
      heading,
      floor.getByRole('term').filter({ hasText: 'Time' }),
      floor.getByRole('group', { name: 'How was that?' }),
      floor.getByRole('group', { name: 'Your back today, 0 to 10' }),
      floor.getByText(/^(What next|Next):/),
      floor.getByRole('link', { name: 'See your log' }),
      floor.getByRole('link', { name: 'Choose another routine' }),
      floor.getByRole('button', { name: 'Close' }),
    ];
    for (const part of parts) await expect(part).toBeInViewport({ ratio: 1 });
    await expect(floor.getByRole('button', { name: 'Exit full screen' })).toHaveCount(0);
    expect(await layoutProblems(page)).toEqual([]);
    expect(await partsOverlapping(page)).toEqual([]);
  });
}
