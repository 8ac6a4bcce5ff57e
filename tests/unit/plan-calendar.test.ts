import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { calendarEventCount, planCalendar } from '../../src/lib/plan/calendar';
import { addDays } from '../../src/lib/plan/dates';
import { type Plan, planSessions, type PlanSettings } from '../../src/lib/plan/model';
import { makePlan } from '../../src/lib/plan/planner';
import { sampleWeek } from '../fixtures/sample-week';
import { LIBRARY } from './plan-fixtures';

// The plan spans the clocks going forward (28 March 2027) in London; a second one spans them going back (31 October).
// Set before the describe bodies below run, since they write the calendar as they are collected.
const savedTz = process.env.TZ;
process.env.TZ = 'Europe/London';
afterAll(() => {
  process.env.TZ = savedTz;
});

const settings: PlanSettings = sampleWeek({ minutes: 20, start: 'regular', kit: ['dumbbells-or-kettlebell'], startDate: '2027-03-15' });
const now = new Date(Date.UTC(2027, 2, 14, 9, 30));
const site = 'https://corestride.example';

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) })) };
}

describe('planCalendar, read back by ical.js', () => {
  const plan: Plan = makePlan(settings, LIBRARY);
  const text = planCalendar(plan, LIBRARY, { site, now });
  const { cal, events } = parse(text);
  const sessions = planSessions(plan);

  it('runs in a zone that changes its clocks inside the plan', () => {
    expect(new Date(2027, 2, 27, 12).getTimezoneOffset()).toBe(0);
    expect(new Date(2027, 2, 29, 12).getTimezoneOffset()).toBe(-60);
  });

  it('is an RFC 5545 calendar: CRLF lines of at most 75 octets, a PRODID and VERSION 2.0', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(cal.getFirstPropertyValue('prodid'))).toContain('CoreStride');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('has one event per session, none recurring, each with its own UID', () => {
    expect(events).toHaveLength(sessions.length);
    expect(calendarEventCount(plan)).toBe(sessions.length);
    expect(text).not.toMatch(/RRULE|RDATE/);
    expect(new Set(events.map(({ e }) => e.uid)).size).toBe(events.length);
  });

  it('titles each event with the routine and its length, and files it under its kind', () => {
    const byTitle = new Map(LIBRARY.map((r) => [r.id, r]));
    events.forEach(({ v, e }, i) => {
      const s = sessions[i]!;
      const r = byTitle.get(s.routineId)!;
      expect(e.summary).toBe(`${r.title} (${Math.ceil(r.minutes)} min)`);
      expect(v.getFirstPropertyValue('categories')).toBe(s.kind.toUpperCase());
      expect(e.duration.toSeconds()).toBe(Math.ceil(r.minutes) * 60);
    });
  });

  it('links to the routine absolutely, in the description and as URL', () => {
    events.forEach(({ v, e }, i) => {
      const href = `${site}/routines/${sessions[i]!.routineId}/`;
      expect(e.description).toContain(`Start it: ${href}`);
      expect(v.getFirstPropertyValue('url')).toBe(href);
    });
  });

  it('starts each day at 18:00 local time, across the change of the clocks, the day\'s sessions one after another', () => {
    const byDay = new Map<string, ICAL.Time[]>();
    for (const { e } of events) {
      const start = e.startDate;
      expect(start.isDate).toBe(false);
      expect(start.zone?.tzid).toBe('floating');
      const day = start.toString().slice(0, 10);
      byDay.set(day, [...(byDay.get(day) ?? []), start]);
    }
    for (const starts of byDay.values()) {
      expect([starts[0]!.hour, starts[0]!.minute]).toEqual([18, 0]);
      for (let i = 1; i < starts.length; i++) expect(starts[i]!.compare(starts[i - 1]!)).toBe(1);
    }
    // Either side of 28 March the wall clock says 18:00, while UTC moves by an hour.
    const before = events.find(({ e }) => e.startDate.toString().startsWith('2027-03-27'))!.e.startDate.toJSDate();
    const after = events.find(({ e }) => e.startDate.toString().startsWith('2027-03-29'))!.e.startDate.toJSDate();
    expect([before.getHours(), after.getHours()]).toEqual([18, 18]);
    expect([before.getUTCHours(), after.getUTCHours()]).toEqual([18, 17]);
    expect(text).toMatch(/DTSTART:20270329T180000\r\n/);
  });

  it('rings a reminder 30 minutes before the slot, once a day', () => {
    const days = new Set(sessions.map((s) => s.date));
    const alarms = events.flatMap(({ v }) => v.getAllSubcomponents('valarm'));
    expect(alarms).toHaveLength(days.size);
    for (const a of alarms) {
      expect(a.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(a.getFirstPropertyValue('trigger'))).toBe('-PT30M');
    }
  });

  it('keeps another slot at its local time when the clocks go back in October', () => {
    const autumn = makePlan({ ...settings, startDate: '2027-10-11' }, LIBRARY);
    const { events: evs } = parse(planCalendar(autumn, LIBRARY, { site, now, slot: { time: '06:45', reminderMinutes: 0 } }));
    const first = (day: string) => evs.find(({ e }) => e.startDate.toString().startsWith(day))!;
    for (const day of ['2027-10-30', '2027-10-31', '2027-11-01']) {
      const t = first(day).e.startDate.toJSDate();
      expect([t.getHours(), t.getMinutes()]).toEqual([6, 45]);
    }
    expect(String(first('2027-10-31').v.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))).toBe('PT0S');
  });

  it('escapes what needs escaping, so titles with commas and semicolons read back whole', () => {
    const odd = LIBRARY.map((r) => ({ ...r, title: `${r.title}; with, commas \\ and a very long name that must be folded across lines` }));
    const { events: evs } = parse(planCalendar(makePlan(settings, odd), odd, { site, now }));
    expect(evs[0]!.e.summary).toMatch(/; with, commas \\ and a very long name that must be folded across lines \(\d+ min\)$/);
  });

  it('writes the same file for the same plan whatever the zone it is written in', () => {
    process.env.TZ = 'Pacific/Auckland';
    const there = planCalendar(plan, LIBRARY, { site, now });
    process.env.TZ = 'Europe/London';
    expect(there).toBe(text);
  });

  it('refuses a slot that is not a time of day, a reminder out of range, or a site that is not absolute', () => {
    for (const time of ['24:00', '7:00', '18:60', '']) expect(() => planCalendar(plan, LIBRARY, { site, now, slot: { time, reminderMinutes: 30 } })).toThrow(/HH:mm/);
    for (const reminderMinutes of [-1, 1.5, 1441]) expect(() => planCalendar(plan, LIBRARY, { site, now, slot: { time: '18:00', reminderMinutes } })).toThrow(/reminder/);
    expect(() => planCalendar(plan, LIBRARY, { site: '/not-absolute/', now })).toThrow();
  });

  it('starts the calendar on the plan\'s first day and ends on its last', () => {
    const starts = events.map(({ e }) => e.startDate.toString().slice(0, 10)).sort();
    expect(starts[0]! >= settings.startDate).toBe(true);
    expect(starts[starts.length - 1]! <= addDays(settings.startDate, 83)).toBe(true);
  });
});
