import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { axe } from './axe';
import { emptyStorageFiller, fillStorage } from './support/full-storage';

/**
 * The plan page (issue 19, sections 1, 2 and 6): a runner makes a plan from their running
 * week, reads it week by week, downloads it as a calendar file, and finds it again on the next
 * visit. The clock is fixed in London on Monday 1 March 2027, so the 12 weeks cross the clocks
 * going forward (28 March): the calendar's slot must stay at 18:00 on both sides.
 */
test.use({ timezoneId: 'Europe/London' });

const MONDAY = new Date('2027-03-01T09:00:00Z');
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

async function openPlan(page: Page) {
  await page.clock.setFixedTime(MONDAY);
  await page.goto('/plan/');
  await expect(page.getByRole('button', { name: 'Make my plan' }).or(page.getByRole('button', { name: 'Change my plan' }))).toBeVisible();
}

/** Fills in the running week: run days, the long run and the hard sessions, then makes the plan. */
async function makePlan(page: Page, runs: string[], long: string | null, hard: string[]) {
  const runDays = page.getByRole('group', { name: 'Days you run' });
  for (const day of WEEKDAY_NAMES) await runDays.getByRole('checkbox', { name: day }).setChecked(runs.includes(day));
  await page.getByRole('combobox', { name: 'Long run day' }).selectOption({ label: long ?? 'No long run' });
  const hardDays = page.getByRole('group', { name: 'Hard sessions (optional)' });
  for (const day of runs.filter((d) => d !== long)) await hardDays.getByRole('checkbox', { name: day }).setChecked(hard.includes(day));
  await page.getByRole('button', { name: 'Make my plan' }).click();
  await expect(page.getByRole('heading', { name: 'Your 12 weeks', level: 2 })).toBeFocused();
}

/** Every day of the plan on the page, in order: its weekday, its run and the kinds of its sessions. */
async function planDays(page: Page) {
  const rows = await page.getByRole('table', { name: /Week \d+/ }).getByRole('row').allInnerTexts();
  return rows
    .filter((r) => !r.startsWith('Day'))
    .map((r) => {
      const [day = '', run = '', sessions = ''] = r.split('\t');
      return { weekday: day.trim().split(/\s+/)[0]!, run: run.trim(), strength: /· Strength$/m.test(sessions), sessions };
    });
}

test.describe('the plan page', () => {
  test('a plan for Monday, Wednesday, Friday and Saturday runs keeps strength off the day before the long run and the hard session @phone', async ({ page }) => {
    await openPlan(page);
    await expect(page.getByRole('heading', { name: 'Make your plan' })).toBeVisible();
    // The calendar slot's defaults.
    await expect(page.getByLabel('Time for your sessions')).toHaveValue('18:00');
    await expect(page.getByRole('combobox', { name: 'Reminder' })).toHaveValue('30');
    await makePlan(page, ['Monday', 'Wednesday', 'Friday', 'Saturday'], 'Saturday', ['Wednesday']);
    await expect(page.getByRole('status').filter({ hasText: 'Your plan is made and saved in this browser.' })).toBeVisible();

    // This week first, today marked.
    const first = page.getByRole('table', { name: /Week \d+/ }).first();
    await expect(page.getByRole('heading', { name: /^This week · Week 1: Learn the basics/ })).toBeVisible();
    await expect(first.getByRole('row').nth(1)).toHaveAttribute('aria-current', 'date');
    await expect(first.getByRole('row').nth(1)).toContainText('Today');
    await expect(page.locator('[aria-current="date"]')).toHaveCount(1);

    const days = await planDays(page);
    expect(days).toHaveLength(84);
    for (const d of days) {
      if (d.weekday === 'Saturday') expect(d.run).toBe('Long run');
      if (d.weekday === 'Wednesday') expect(d.run).toBe('Hard session');
      if (['Monday', 'Friday'].includes(d.weekday)) expect(d.run).toBe('Easy run');
      if (['Tuesday', 'Thursday', 'Sunday'].includes(d.weekday)) expect(d.run).toBe('Rest day');
    }
    const strength = days.flatMap((d, i) => (d.strength ? [i] : []));
    // Strength starts in week 4 for a runner new to it: two a week from there, lighter weeks included.
    expect(strength.length).toBeGreaterThanOrEqual(16);
    for (const i of strength) {
      expect(['Friday', 'Tuesday'], `strength on ${days[i]!.weekday}, day ${i + 1}`).not.toContain(days[i]!.weekday);
      expect(strength, `strength on days ${i + 1} and ${i + 2}`).not.toContain(i + 1);
    }
    // Gentle mobility after the long run, once mobility has begun (week 3).
    expect(days.filter((d, i) => i >= 14 && d.weekday === 'Saturday').every((d) => /· Mobility$/m.test(d.sessions))).toBe(true);
    // The running week keeps every rule: nothing is bent.
    await expect(page.getByRole('region', { name: 'Rules your plan bends' })).toHaveCount(0);

    // A session opens its routine.
    const link = first.getByRole('link').first();
    const title = await link.textContent();
    await expect(link).toHaveAttribute('href', /^\/routines\/[a-z0-9-]+\/$/);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
    await page.goBack();

    // A reload keeps the plan.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your 12 weeks', level: 2 })).toBeVisible();
    expect(await planDays(page)).toEqual(days);
    await expect(page.getByRole('button', { name: 'Change my plan' })).toBeVisible();
  });

  test('six run days with three hard sessions: the plan says which rule it bends and why', async ({ page }) => {
    await openPlan(page);
    await makePlan(page, ['Monday', 'Wednesday', 'Friday', 'Saturday'], 'Saturday', ['Wednesday']);
    await page.getByRole('button', { name: 'Change my plan' }).click();
    await expect(page.getByRole('heading', { name: 'Change your plan' })).toBeFocused();
    // The form holds the stored answers.
    await expect(page.getByRole('group', { name: 'Days you run' }).getByRole('checkbox', { name: 'Friday' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Long run day' })).toHaveValue('sat');
    await makePlan(page, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], 'Saturday', ['Tuesday', 'Wednesday', 'Thursday']);
    await expect(page.getByRole('status').filter({ hasText: 'Your plan is remade from today' })).toBeVisible();
    const bent = page.getByRole('region', { name: 'Rules your plan bends' });
    await expect(bent).toBeVisible();
    await expect(bent.getByRole('listitem').first()).toContainText(/strength/i);
    await expect(bent.getByRole('listitem').first()).toContainText('you run 6 days a week with hard sessions on Tuesday, Wednesday and Thursday');
  });

  test('the calendar file: one event per session, its kind, a reminder 30 minutes before, 18:00 on both sides of the clock change', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await openPlan(page);
    await makePlan(page, ['Monday', 'Wednesday', 'Friday', 'Saturday'], 'Saturday', ['Wednesday']);
    const before = scripts.length;

    // Every session on the page, in order, with its title and kind.
    const sessions = await page
      .getByRole('table', { name: /Week \d+/ })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => ({ title: a.textContent!, href: a.getAttribute('href')!, kind: a.parentElement!.querySelector('.plan-kind')!.textContent! })));
    expect(sessions.length).toBeGreaterThan(84);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('corestride-plan.ics');
    // The iCalendar writer loads when asked for, not with the page.
    expect(scripts.length).toBeGreaterThan(before);
    await expect(page.getByRole('status').filter({ hasText: `Downloaded corestride-plan.ics: ${sessions.length} sessions.` })).toBeVisible();

    const text = readFileSync((await file.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(sessions.length);
    // Floating local times: no zone, no UTC.
    expect(text).not.toMatch(/^DTSTART[:;](TZID|.*Z\r?$)/m);

    const firstOfDay = new Map<string, ICAL.Component>();
    events.forEach((v, i) => {
      const e = new ICAL.Event(v);
      const s = sessions[i]!;
      expect(e.summary).toMatch(new RegExp(`^${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ min\\)$`));
      expect(v.getFirstPropertyValue('categories')).toBe(s.kind.toUpperCase());
      const link = new URL(e.description.match(/https?:\/\/\S+/)![0]);
      expect(link.pathname).toBe(s.href);
      expect(e.startDate.zone?.tzid).toBe('floating');
      const day = e.startDate.toString().slice(0, 10);
      if (!firstOfDay.has(day)) firstOfDay.set(day, v);
      else expect(v.getAllSubcomponents('valarm')).toHaveLength(0);
    });
    for (const [day, v] of firstOfDay) {
      const start = new ICAL.Event(v).startDate;
      expect([start.hour, start.minute], day).toEqual([18, 0]);
      const alarms = v.getAllSubcomponents('valarm');
      expect(alarms, day).toHaveLength(1);
      expect((alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-30 * 60);
    }
    const days = [...firstOfDay.keys()];
    expect(days.some((d) => d < '2027-03-28')).toBe(true);
    expect(days.some((d) => d > '2027-03-28')).toBe(true);
    // 18:00 floating is 18:00 on the runner's clock in London both in GMT and in BST.
    const hours = await page.evaluate(() => [new Date(2027, 2, 22, 18).getHours(), new Date(2027, 2, 29, 18).getHours(), new Date(2027, 2, 29, 18).getTimezoneOffset()]);
    expect(hours).toEqual([18, 18, -60]);
  });

  test('the form says what is missing, and a race date in the past is refused', async ({ page }) => {
    await openPlan(page);
    await page.getByLabel('Race date (optional)').fill('2027-02-01');
    await page.getByRole('button', { name: 'Make my plan' }).click();
    const errors = page.getByRole('alert').filter({ hasText: 'answers need a look' });
    await expect(errors).toBeFocused();
    await expect(errors).toContainText('Tick at least one day you run');
    await expect(errors).toContainText('That race date is in the past.');
    await expect(page.getByLabel('Race date (optional)')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { name: 'Your 12 weeks', level: 2 })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('corestride:plan'))).toBeNull();
    expect(await axe(page)).toEqual([]);
  });

  test('a damaged stored plan is reported and set aside, and the page carries on', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openPlan(page);
    await page.evaluate(() => localStorage.setItem('corestride:plan', '{"v":1,"runDays":"Monday"}'));
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('Your saved plan could not be read');
    await expect(page.getByRole('alert')).toContainText('set aside, not deleted');
    await expect(page.getByRole('heading', { name: 'Make your plan' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('corestride:set-aside:corestride:plan'))).toBe('{"v":1,"runDays":"Monday"}');
    await makePlan(page, ['Tuesday', 'Thursday', 'Sunday'], 'Sunday', []);
    await expect(page.getByRole('status').filter({ hasText: 'saved in this browser' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a plan made weeks ago opens on this week, the weeks done folded away; one that has ended says so', async ({ page }) => {
    await openPlan(page);
    const stored = (startDate: string) =>
      JSON.stringify({ v: 1, runDays: ['tue', 'thu', 'sun'], longRunDay: 'sun', hardDays: ['thu'], minutes: 20, start: 'some', kit: [], startDate, raceDate: null, slot: { time: '07:15', reminderMinutes: 60 }, madeAt: 0 });
    await page.evaluate((v) => localStorage.setItem('corestride:plan', v), stored('2027-02-13'));
    await page.reload();
    // 13 February was a Saturday: week 3 runs from 27 February, and today (1 March) is its third day.
    const tables = page.getByRole('table', { name: /Week \d+/ });
    await expect(tables.first()).toHaveAccessibleName(/^This week · Week 3/);
    await expect(tables).toHaveCount(10);
    await expect(tables.first().getByRole('row').nth(3)).toHaveAttribute('aria-current', 'date');
    await expect(page.getByText('The calendar file has every session at 07:15, with a reminder 1 hour before.')).toBeVisible();
    await page.getByText('Earlier weeks (2)').click();
    await expect(tables).toHaveCount(12);
    await expect(tables.nth(10)).toHaveAccessibleName(/^Week 1:/);

    await page.evaluate((v) => localStorage.setItem('corestride:plan', v), stored('2026-11-01'));
    await page.reload();
    await expect(page.getByText('Your 12 weeks ended on Saturday 23 Jan.')).toBeVisible();
    await expect(tables).toHaveCount(0);
    await page.getByRole('button', { name: 'Change my plan' }).click();
    await expect(page.getByLabel('Time for your sessions')).toHaveValue('07:15');
    await expect(page.getByRole('combobox', { name: 'Reminder' })).toHaveValue('60');
  });

  test('storage full: the page says the plan was not saved, and never that it was', async ({ page }) => {
    await openPlan(page);
    await fillStorage(page);
    await makePlan(page, ['Monday', 'Wednesday', 'Friday', 'Saturday'], 'Saturday', ['Wednesday']);
    await expect(page.getByRole('alert')).toContainText('Your plan was not saved: this browser’s storage is full or turned off.');
    await expect(page.getByText('saved in this browser')).toHaveCount(0);
    await expect(page.getByText('Not saved: this plan is for this visit only.')).toBeVisible();
    // The plan is still there to read and to download.
    expect((await planDays(page)).length).toBe(84);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Make your plan' })).toBeVisible();
    await emptyStorageFiller(page);
  });

  test('fits a phone held either way and a desktop: no sideways scrolling, targets a thumb can hit, the header whole @phone', async ({ page }) => {
    await openPlan(page);
    const fits = async (what: string) => {
      const width = page.viewportSize()!.width;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), what).toBeLessThanOrEqual(width);
      // Buttons, selects and fields at least 44 px tall; a checkbox or radio's whole label is its target.
      const small = await page
        .getByRole('main')
        .locator('button:visible, select:visible, input[type=date]:visible, input[type=time]:visible, label:has(input[type=checkbox]):visible, label:has(input[type=radio]):visible')
        .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.outerHTML.slice(0, 80)));
      expect(small, what).toEqual([]);
      // Session links sit in a table: at least 24 px tall (WCAG 2.2 target size).
      const links = await page.getByRole('table').getByRole('link').evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height < 24).length);
      expect(links, what).toBe(0);
      // Every link of the main navigation is on screen.
      for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        expect(box.x, what).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, what).toBeLessThanOrEqual(width);
      }
    };
    await fits('the form');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' })).toHaveAttribute('aria-current', 'page');
    await makePlan(page, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], 'Saturday', ['Tuesday', 'Wednesday', 'Thursday']);
    await fits('the plan');
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.height, height: size.width });
    await fits('the plan, turned');
    await page.getByRole('button', { name: 'Change my plan' }).click();
    await fits('the form, turned');
  });

  test('accessible in light and dark mode with a plan', async ({ page }) => {
    await openPlan(page);
    expect(await axe(page)).toEqual([]);
    await makePlan(page, ['Monday', 'Wednesday', 'Friday', 'Saturday'], 'Saturday', ['Wednesday']);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await axe(page)).map((v) => `${scheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the plan needs JavaScript and links to the routines', async ({ page }) => {
    await page.goto('/plan/');
    await expect(page.getByText('Your plan is made in this browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'routine', exact: true })).toHaveAttribute('href', '/routines/');
    await expect(page.getByRole('button', { name: 'Make my plan' })).toHaveCount(0);
  });
});
