import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axe } from './axe';

/**
 * The routine builder at /routines/build/: build, save, share, open a shared link and run it.
 * Share-link payloads below are written out by hand (version 1: a positional JSON array in
 * base64url), independently of the codec, so a change of format has to change them too.
 */
const link = (json: unknown) => `/routines/build/#r=1.${Buffer.from(JSON.stringify(json), 'utf8').toString('base64url')}`;

async function openBuilder(page: Page, path = '/routines/build/') {
  await page.goto(path);
  await hydrated(page);
}

/** Opens a shared link, which shows its preview first, and takes it into the editor. */
async function openCopy(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await hydrated(page);
}

/** Controls render disabled until the island hydrates. */
async function hydrated(page: Page) {
  await expect(page.getByRole('searchbox', { name: 'Find an exercise' })).toBeEnabled();
  await expect(page.getByText('The routine builder needs JavaScript')).toBeHidden();
}

/** Number fields take their value when it is committed, as on a phone's Done key. */
async function setNumber(field: Locator, value: number) {
  await field.fill(String(value));
  await field.press('Enter');
  await expect(field).toHaveValue(String(value));
}

async function addExercise(page: Page, search: string, name: string) {
  await page.getByRole('searchbox', { name: 'Find an exercise' }).fill(search);
  await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
}

/** The built timer island's chunk, which every routine page loads: the one script with its "Last done" line. */
function timerChunkFile() {
  const built = join(import.meta.dirname, '..', 'dist', '_astro');
  const files = readdirSync(built).filter((f) => f.endsWith('.js') && readFileSync(join(built, f), 'utf8').includes('Last done: '));
  expect(files).toHaveLength(1);
  return files[0]!;
}

/** Records page errors and dialogs (alert, confirm) for the life of the page. */
function watch(page: Page) {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

test.describe('routine builder', () => {
  test('build from the routines page, save, reload, share, and run the shared link to the end in a fresh browser', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const seen = watch(page);
    await page.goto('/routines/');
    await page.getByRole('link', { name: 'Build your own routine' }).click();
    await expect(page).toHaveURL(/\/routines\/build\/$/);
    await hydrated(page);

    // Two exercises found by searching, one of them by an alias.
    await addExercise(page, 'hip bridge', 'Glute bridge');
    await addExercise(page, 'side pla', 'Side plank');
    await expect(page.getByRole('searchbox', { name: 'Find an exercise' })).toHaveValue('side pla');
    const bridge = page.getByRole('group', { name: 'Step 1: Glute bridge' });
    const plank = page.getByRole('group', { name: 'Step 2: Side plank' });
    await expect(plank.getByRole('combobox', { name: 'Sides' })).toHaveValue('each-side');
    // Each starts at its guide's dose: the bridge's two sets of a minute, the side plank's 30 s a side.
    await expect(bridge.getByRole('spinbutton', { name: 'Seconds', exact: true })).toHaveValue('60');
    await expect(bridge.getByRole('spinbutton', { name: 'Sets', exact: true })).toHaveValue('2');
    await expect(bridge.getByRole('spinbutton', { name: 'Rest between sets (seconds)' })).toHaveValue('30');
    await expect(plank.getByRole('spinbutton', { name: 'Seconds', exact: true })).toHaveValue('30');
    await setNumber(bridge.getByRole('spinbutton', { name: 'Sets', exact: true }), 1);
    await expect(bridge.getByRole('spinbutton', { name: 'Rest between sets (seconds)' })).toHaveCount(0);

    await page.getByRole('textbox', { name: 'Title' }).fill('Lunch core');
    await setNumber(page.getByRole('spinbutton', { name: 'Rounds', exact: true }), 2);
    await setNumber(page.getByRole('spinbutton', { name: 'Get ready (seconds)' }), 5);
    await setNumber(page.getByRole('spinbutton', { name: 'Rest between rounds (seconds)' }), 10);
    await setNumber(bridge.getByRole('spinbutton', { name: 'Seconds', exact: true }), 15);
    await setNumber(bridge.getByRole('spinbutton', { name: 'Rest after (seconds)' }), 5);
    await setNumber(plank.getByRole('spinbutton', { name: 'Seconds', exact: true }), 10);
    // The last step has no rest after it: the rest between rounds follows it.
    await expect(plank.getByRole('spinbutton', { name: 'Rest after (seconds)' })).toHaveCount(0);

    // 5 get ready + 2 × (15 bridge + 5 rest + 10 left + 5 switch + 10 right) + 10 between rounds.
    await expect(page.getByText('Total time: 105 s')).toBeVisible();

    await page.getByRole('button', { name: 'Save to My routines' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “Lunch core” to My routines.' })).toBeVisible();
    const mine = page.getByRole('region', { name: 'My routines' });
    await expect(mine.getByRole('heading', { name: 'Lunch core' })).toBeVisible();

    const shareUrl = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(shareUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/routines\/build\/#r=1\.[A-Za-z0-9_-]+$/);
    expect(shareUrl.length).toBeLessThan(400);

    await page.reload();
    await hydrated(page);
    await expect(mine.getByRole('heading', { name: 'Lunch core' })).toBeVisible();
    await expect(mine).toContainText('105 s · 2 exercises');
    expect(seen).toEqual({ errors: [], dialogs: [] });

    // Someone else opens the link: nothing saved there, the routine and its timer all the same.
    const context = await browser.newContext();
    const other = await context.newPage();
    const otherSeen = watch(other);
    await other.clock.install({ time: new Date('2026-11-22T07:00:00Z') });
    await other.goto(shareUrl);
    // It opens on its preview: the routine, its steps and length, and its timer.
    await expect(other.getByRole('heading', { level: 1, name: 'Lunch core' })).toBeVisible();
    await expect(other.getByText('105 s · 2 exercises · 2 rounds')).toBeVisible();
    const steps = other.getByRole('region', { name: 'Steps' }).getByRole('listitem');
    await expect(steps).toHaveText(['Glute bridge15 s', 'Side plank10 s each side']);
    await expect(other.getByRole('region', { name: 'My routines' })).toHaveCount(0);

    const timer = other.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    await other.clock.pauseAt(new Date('2026-11-22T07:01:00Z'));
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Next: Glute bridge');
    await other.clock.runFor(5_000);
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Glute bridge');
    await expect(timer.getByRole('timer')).toHaveText('15');
    await other.clock.runFor(20_000);
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText('Side plank · left');
    await other.clock.runFor(80_000);
    await expect(timer.getByRole('heading', { name: 'Well done: workout complete' })).toBeVisible();
    await expect(timer.getByRole('region', { name: 'Well done: workout complete' })).toContainText('01:45');
    expect(otherSeen).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  const TAMPERED: [string, string, RegExp][] = [
    ['garbage after the version', '/routines/build/#r=1.<garbage>', /is damaged: its routine data is not valid base64url/],
    ['markup as the title', link(['<img src=x onerror=alert(1)>', 5, 1, 0, [['plank', 0, 0, 0, 30]]]), /title contains “<”, “>”/],
    ['a title reversed by a bidi override', link(['Core \u202eyad gel', 5, 1, 0, [['plank', 0, 0, 0, 30]]]), /invisible character \(U\+202E\) that can hide or reorder/],
    ['an exercise the site does not have', link(['Core', 5, 1, 0, [['plank', 0, 0, 0, 30], ['moon-walk', 0, 0, 0, 30]]]), /step 2 names an exercise this site does not have/],
    ['an absurd duration', link(['Core', 5, 1, 0, [['plank', 0, 0, 0, 86400]]]), /seconds of step 1 must be a whole number from 5 to 600/],
    ['a version from the future', '/routines/build/#r=7.WyJDb3JlIl0', /made in format 7, and this site reads format 1/],
    ['bad JSON', `/routines/build/#r=1.${Buffer.from('["Core",5,').toString('base64url')}`, /not valid JSON/],
    ['an oversized link', `/routines/build/#r=1.${'QUFB'.repeat(1100)}`, /too long/],
  ];
  for (const [name, path, reason] of TAMPERED) {
    test(`a link with ${name} is refused with a clear message and nothing injected`, async ({ page }) => {
      const seen = watch(page);
      await openBuilder(page, path);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('This share link could not be opened.');
      await expect(alert).toContainText(reason);
      await expect(alert.getByRole('link', { name: 'pick a ready-made routine' })).toHaveAttribute('href', '/routines/');
      // The only images are the picker's thumbnails, from the site's own figure files.
      await expect(page.locator('img:not([src^="/figures/"])')).toHaveCount(0);
      await expect(page.locator('[onerror]')).toHaveCount(0);
      // Nothing of the link was loaded: the builder starts empty and still works.
      await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('My routine');
      await expect(page.getByText('Add an exercise and the timer for your routine appears here.')).toBeVisible();
      await addExercise(page, 'plank', 'Plank');
      await expect(page.getByRole('group', { name: 'Step 1: Plank' })).toBeVisible();
      expect(seen).toEqual({ errors: [], dialogs: [] });
    });
  }

  test('a link a messenger percent-encoded opens; one changed to capitals says it is damaged', async ({ page }) => {
    const seen = watch(page);
    const good = link(['Escaped', 5, 1, 0, [['plank', 0, 0, 0, 30]]]);
    await page.goto(good.replace('#r=', '#r%3D'));
    await expect(page.getByRole('heading', { level: 1, name: 'Escaped' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Escaped');
    await expect(page.getByRole('group', { name: 'Step 1: Plank' })).toBeVisible();

    // A fresh load: changing only the fragment of the open page keeps what it holds.
    await page.goto('about:blank');
    await openBuilder(page, `/routines/build/${new URL(good, 'http://x').hash.toUpperCase()}`);
    await expect(page.getByText(/is damaged: it starts “R=” where it should start “r=”/)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('My routine');
    expect(seen).toEqual({ errors: [], dialogs: [] });
  });

  test('a link pasted into the open page opens its preview, and Edit a copy puts it in the editor', async ({ page }) => {
    await page.goto(link(['First', 5, 1, 0, [['plank', 0, 0, 0, 30]]]));
    await expect(page.getByRole('heading', { level: 1, name: 'First' })).toBeVisible();
    await page.evaluate((hash) => (location.hash = hash), new URL(link(['Second', 5, 1, 0, [['bird-dog', 1, 0, 2, 4, 10, 2]]]), 'http://x').hash);
    // Focus goes to what the link opened.
    await expect(page.getByRole('heading', { level: 1, name: 'Second' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'The exercise' }).getByRole('listitem')).toHaveText(['Bird dog4 × 10 s holds, alternating sides']);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Build your own routine' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your routine' })).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Second');
    const step = page.getByRole('group', { name: 'Step 1: Bird dog' });
    await expect(step.getByRole('combobox', { name: 'Measure by' })).toHaveValue('hold-reps');
    await expect(step.getByRole('spinbutton', { name: 'Holds', exact: true })).toHaveValue('4');
    await expect(step.getByRole('spinbutton', { name: 'Seconds per hold' })).toHaveValue('10');
    await expect(step.getByRole('spinbutton', { name: 'Rest between holds (seconds)' })).toHaveValue('2');
    await expect(page.getByRole('group', { name: 'Step 1: Plank' })).toHaveCount(0);
    // The address no longer holds the routine being changed; Back returns to the preview.
    await expect(page).toHaveURL(/\/routines\/build\/$/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Second' })).toBeVisible();
  });

  test('deleting a saved routine, or opening a link over work in progress, can be undone', async ({ page }) => {
    const seen = watch(page);
    await openBuilder(page);
    await addExercise(page, 'plank', 'Plank');
    await page.getByRole('textbox', { name: 'Title' }).fill('Keeper');
    await page.getByRole('button', { name: 'Save to My routines' }).click();
    const mine = page.getByRole('region', { name: 'My routines' });
    await mine.getByRole('button', { name: 'Delete Keeper' }).click();
    await expect(mine.getByRole('heading', { name: 'Keeper' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Deleted “Keeper”.' })).toBeVisible();
    // The card went with its button, so focus goes to the way back.
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(mine.getByRole('heading', { name: 'Keeper' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await page.reload();
    await hydrated(page);
    await expect(mine.getByRole('heading', { name: 'Keeper' })).toBeVisible();

    // Work in progress, then a link pasted over it: the link wins, and Undo brings the work back.
    await addExercise(page, 'side pla', 'Side plank');
    await page.getByRole('textbox', { name: 'Title' }).fill('Half done');
    await page.evaluate((hash) => (location.hash = hash), new URL(link(['Second', 5, 1, 0, [['bird-dog', 1, 0, 2, 4, 10]]]), 'http://x').hash);
    // The preview leaves the work alone: back to it, nothing lost.
    await page.getByRole('button', { name: 'Back to your routine' }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Half done');
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await page.evaluate((hash) => (location.hash = hash), new URL(link(['Second', 5, 1, 0, [['bird-dog', 1, 0, 2, 4, 10]]]), 'http://x').hash);
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Second');
    await expect(page.getByRole('status').filter({ hasText: 'Editing a copy of “Second” replaced the routine you were building.' })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Half done');
    await expect(page.getByRole('group', { name: 'Step 1: Side plank' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Step 1: Bird dog' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Your routine' })).toBeFocused();

    // Opening the same routine that is already there replaces nothing, so there is nothing to undo.
    await mine.getByRole('button', { name: 'Open Keeper' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Opening “Keeper” replaced the routine you were building.' })).toBeVisible();
    await mine.getByRole('button', { name: 'Open Keeper' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    expect(seen).toEqual({ errors: [], dialogs: [] });
  });

  test('two titles never share a slot, and saving over a title says so and can be undone', async ({ page }) => {
    const seen = watch(page);
    const mine = page.getByRole('region', { name: 'My routines' });
    const cards = mine.getByRole('listitem');
    // The release before keyed these two titles to one slot, so the second replaced the first unasked.
    await openCopy(page, link(['Core day 162789', 5, 1, 0, [['plank', 0, 0, 0, 30]]]));
    await page.getByRole('button', { name: 'Save to My routines' }).click();
    await page.goto('about:blank');
    await openCopy(page, link(['Core day 379192', 5, 2, 0, [['bird-dog', 1, 0, 2, 4, 10]]]));
    await page.getByRole('button', { name: 'Save to My routines' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved “Core day 379192” to My routines.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await expect(cards.getByRole('heading')).toHaveText(['Core day 379192', 'Core day 162789']);

    // The same title, in other capitals, with other steps: saved over, said so, and Undo brings the old one back.
    await page.getByRole('textbox', { name: 'Title' }).fill('CORE DAY 162789');
    await page.getByRole('button', { name: 'Save to My routines' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Replaced “Core day 162789” in My routines.' })).toBeVisible();
    await expect(cards.getByRole('heading')).toHaveText(['CORE DAY 162789', 'Core day 379192']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status').filter({ hasText: '“Core day 162789” is back in My routines.' })).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(cards.getByRole('heading')).toHaveText(['Core day 379192', 'Core day 162789']);
    await expect(cards.filter({ hasText: 'Core day 162789' })).toContainText('1 exercise');
    expect(seen).toEqual({ errors: [], dialogs: [] });
  });

  test('a title with markup is refused while typing, and save and share wait for a good one', async ({ page }) => {
    await openBuilder(page);
    await addExercise(page, 'bird', 'Bird dog');
    await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('<b>Core</b>');
    await expect(title).toHaveAccessibleDescription(/title contains “<”, “>”/);
    await expect(page.getByRole('button', { name: 'Save to My routines' })).toBeDisabled();
    await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveCount(0);
    await expect(page.locator('main b')).toHaveCount(0);
    await title.fill('Core & more');
    await expect(page.getByRole('button', { name: 'Save to My routines' })).toBeEnabled();
    await expect(page.getByRole('textbox', { name: 'Share link' })).toBeVisible();
  });

  test('steps can be measured by reps or holds, moved and removed, with focus following the step', async ({ page }) => {
    await openBuilder(page);
    await addExercise(page, 'bridge', 'Glute bridge');
    await addExercise(page, 'twist', 'Russian twist');
    await addExercise(page, 'clam', 'Side-lying clamshell');
    const twist = page.getByRole('group', { name: 'Step 2: Russian twist' });
    await twist.getByRole('combobox', { name: 'Measure by' }).selectOption({ label: 'Reps' });
    await setNumber(twist.getByRole('spinbutton', { name: 'Reps' }), 20);
    await expect(page.getByText(/^Total time: about/)).toBeVisible();
    await expect(page.getByText('Reps are open-ended')).toBeVisible();

    await twist.getByRole('button', { name: 'Move up' }).click();
    const moved = page.getByRole('group', { name: 'Step 1: Russian twist' });
    await expect(moved.getByRole('spinbutton', { name: 'Reps' })).toHaveValue('20');
    // Move up is disabled at the top, so focus lands on Move down of the same step.
    await expect(moved.getByRole('button', { name: 'Move down' })).toBeFocused();
    await expect(page.getByRole('group', { name: 'Step 2: Glute bridge' })).toBeVisible();

    await page.getByRole('group', { name: 'Step 3: Side-lying clamshell' }).getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByRole('group', { name: /^Step \d/ })).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Steps' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Removed Side-lying clamshell.' })).toBeVisible();
  });

  test('malformed saved routines are reported and set aside, never a crash or a silent wipe', async ({ page }) => {
    const good = link(['Good one', 5, 1, 0, [['plank', 0, 0, 0, 30]]]).split('#')[1];
    await page.addInitScript((good) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('corestride:my-routine:broken', '{not json');
      localStorage.setItem('corestride:my-routine:future', JSON.stringify({ v: 9, link: 'r=9.x', savedAt: 1 }));
      localStorage.setItem('corestride:my-routine:good', JSON.stringify({ v: 1, link: good, savedAt: 1 }));
    }, good);
    const seen = watch(page);
    await openBuilder(page);
    const mine = page.getByRole('region', { name: 'My routines' });
    await expect(mine.getByRole('status').filter({ hasText: 'A saved routine could not be read (it is not valid JSON), so it was set aside, not deleted.' })).toBeVisible();
    await expect(mine.getByRole('status').filter({ hasText: /could not be read \(it has version 9/ })).toBeVisible();
    await expect(mine.getByRole('heading', { name: 'Good one' })).toBeVisible();
    const kept = () =>
      page.evaluate(() => ['broken', 'future'].map((k) => [localStorage.getItem(`corestride:my-routine:${k}`), localStorage.getItem(`corestride:set-aside:corestride:my-routine:${k}`)]));
    expect(await kept()).toEqual([
      [null, '{not json'],
      [null, JSON.stringify({ v: 9, link: 'r=9.x', savedAt: 1 })],
    ]);

    await mine.getByRole('button', { name: 'Open Good one' }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Good one');
    await expect(page.getByRole('group', { name: 'Step 1: Plank' })).toBeVisible();

    // Reported once: the next load is clean, and the copies stay set aside.
    await page.reload();
    await hydrated(page);
    await expect(mine.getByRole('heading', { name: 'Good one' })).toBeVisible();
    await expect(mine.getByText('could not be read')).toHaveCount(0);
    expect(await kept()).toEqual([
      [null, '{not json'],
      [null, JSON.stringify({ v: 9, link: 'r=9.x', savedAt: 1 })],
    ]);
    expect(seen).toEqual({ errors: [], dialogs: [] });
  });

  test('the page opens without the timer: it loads with the first step, shows its face meanwhile, and runs', async ({ page }) => {
    const timerChunk = timerChunkFile();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname.split('/').pop()!));
    await page.clock.install({ time: new Date('2026-11-22T07:00:00Z') });
    await page.goto('/routines/build/', { waitUntil: 'networkidle' });
    await hydrated(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts).not.toContain(timerChunk);

    // Held back, the timer's chunk leaves its stand-in: the first exercise, and Start disabled.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/_astro/${timerChunk}`, async (route) => {
      await held;
      await route.continue();
    });
    await addExercise(page, 'hip bridge', 'Glute bridge');
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('heading', { level: 3, name: 'Glute bridge' })).toBeVisible();
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeDisabled();
    expect((await axe(page)).map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    release();
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
    expect(scripts).toContain(timerChunk);

    await page.clock.pauseAt(new Date('2026-11-22T07:01:00Z'));
    await timer.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText(/^Next: Glute bridge/);
    await page.clock.runFor(10_000);
    await expect(timer.getByRole('heading', { level: 3 })).toHaveText(/^Glute bridge/);
    await expect(timer.getByRole('button', { name: 'Pause' })).toBeVisible();
  });

  test('a timer that cannot load says so, and the builder carries on', async ({ page }) => {
    const seen = watch(page);
    await page.route(`**/_astro/${timerChunkFile()}`, (route) => route.abort());
    await openBuilder(page);
    await addExercise(page, 'hip bridge', 'Glute bridge');
    const timer = page.getByRole('region', { name: 'Workout timer' });
    await expect(timer.getByRole('alert')).toHaveText('The timer could not load: check your connection, then reload the page.');
    await expect(timer.getByRole('button', { name: 'Start', exact: true })).toBeDisabled();
    await addExercise(page, 'side pla', 'Side plank');
    await expect(page.getByRole('group', { name: 'Step 2: Side plank' })).toBeVisible();
    expect(seen.dialogs).toEqual([]);
  });

  test('fits the screen, a 390 px phone too: no sideways scrolling, tap targets at least 44 px @phone', async ({ page }) => {
    await page.goto(link(['A routine with a long title to see how it wraps on a phone', 5, 2, 30, [['stability-ball-reverse-leg-raise', 1, 10, 2, 5, 10], ['plank', 0, 0, 0, 30, 3, 20]]]));
    await expect(page.getByRole('heading', { level: 1, name: 'A routine with a long title' })).toBeVisible();
    const fits = async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
      const small = await page.getByRole('main').locator('button:visible, input:visible, select:visible').evaluateAll((els) =>
        els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(small).toEqual([]);
    };
    await fits();
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page.getByRole('group', { name: 'Step 1: Stability ball reverse leg raise' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Step 2: Plank' }).getByRole('spinbutton', { name: 'Sets', exact: true })).toHaveValue('3');
    await fits();
  });

  test('without JavaScript it says so and points to the ready-made routines @phone', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/routines/build/');
    await expect(page.getByText('The routine builder needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'ready-made routine' }).click();
    await expect(page).toHaveURL(/\/routines\/$/);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations with a routine loaded, ${colorScheme} mode`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(link(['Axe check', 5, 2, 30, [['bird-dog', 1, 10, 2, 5, 10], ['russian-twist', 0, 0, 1, 20, 2, 30]]]));
      // The preview, then the editor.
      await expect(page.getByRole('region', { name: 'Workout timer' }).getByRole('button', { name: 'Start', exact: true })).toBeEnabled();
      expect((await axe(page)).map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await hydrated(page);
      // With the title's problem showing too.
      await page.getByRole('textbox', { name: 'Title' }).fill('Axe <check>');
      await expect(page.getByRole('button', { name: 'Save to My routines' })).toBeDisabled();
      const violations = await axe(page);
      expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await context.close();
    });
  }
});
