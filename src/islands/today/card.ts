/**
 * The Today card with a plan: loaded by src/components/TodayCard.astro's few-line script only when
 * a plan is stored, and drawn as plain DOM into the card (no Preact: the home page has none to
 * share). What it says is worked out by src/lib/plan/today.ts; this file only reads and draws.
 * Start opens the routine page with its floor view ready (`#start`): see README, "Today card".
 */
import { daysBetween, toDate, WEEKDAY_NAMES, weekdayOf } from '../../lib/plan/dates';
import { PLAN_WEEKS, type Plan, type SessionPurpose } from '../../lib/plan/model';
import { SEE_A_PROFESSIONAL_PATH } from '../../lib/plan/progression';
import { minutesText, today, whatNextText, type BackNote, type NextDay, type Today, type TodaySession } from '../../lib/plan/today';
import { ROUTINE_KIND_LABELS } from '../../lib/content/vocabulary';
import { storedPlan, todayInput } from './fromBrowser';

type Child = Node | string | null | false | undefined;

function h(tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

const link = (href: string, text: string, cls?: string) => h('a', cls ? { href, class: cls } : { href }, text);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const routineHref = (id: string) => `/routines/${id}/`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a session is there, where the kind alone does not say. */
const PURPOSE: Partial<Record<SessionPurpose, string>> = {
  basics: 'learning the basics',
  'longer-core': 'a longer core set',
  plyometrics: 'before the strength work',
  'mobility-after-long-run': 'after the long run',
  'mobility-after-race': 'after the race',
  'mobility-for-back': 'for your back',
};

function sessionItem(s: TodaySession): HTMLElement {
  const about = [ROUTINE_KIND_LABELS[s.kind], minutesText(s.minutes), PURPOSE[s.purpose]].filter(Boolean).join(' · ');
  const action = s.done
    ? h('p', { class: 'today-done' }, 'Done today')
    : h('a', { class: 'btn btn-primary today-start', href: `${routineHref(s.routineId)}#start` }, s.resume ? 'Resume' : 'Start', h('span', { class: 'sr-only' }, ` ${s.title}`));
  return h('li', { class: 'today-session' }, h('div', null, h('h3', { class: 'today-title' }, link(routineHref(s.routineId), s.title)), h('p', { class: 'muted' }, about)), action);
}

function nextLine(next: NextDay | null): HTMLElement {
  if (!next) return h('p', null, 'That is the last session of your 12-week plan. ', link('/plan/', 'Make a new plan'), ' to keep building.');
  return h('p', { class: 'today-next' }, h('strong', null, 'Next: '), cap(whatNextText({ kind: 'day', day: next }) ?? ''));
}

function backLines(back: BackNote, swapped: TodaySession[]): HTMLElement[] {
  const out = [
    h(
      'p',
      { class: 'today-back' },
      back.reason,
      swapped.length ? ' So today is gentle back mobility instead of strength work: it keeps you moving without loading your back. ' : ' Go gently today, and stop anything that hurts. ',
      back.seeProfessional && link(SEE_A_PROFESSIONAL_PATH, 'When to see a professional'),
    ),
  ];
  if (swapped.length) {
    out.push(
      h('p', { class: 'muted' }, 'If your back feels fine, the plan had ', ...swapped.flatMap((s, i) => [i ? ' and ' : '', link(routineHref(s.routineId), s.title), ` (${minutesText(s.minutes)})`]), '.'),
    );
  }
  return out;
}

function dateLine(plan: Plan, t: Today): HTMLElement {
  const d = toDate(t.date);
  const week = Math.floor(daysBetween(plan.settings.startDate, t.date) / 7) + 1;
  const day = `${WEEKDAY_NAMES[weekdayOf(t.date)]} ${d.getDate()} ${MONTHS[d.getMonth()]}`;
  return h('p', { class: 'today-date muted' }, week >= 1 && week <= PLAN_WEEKS ? `${day} · week ${week} of ${PLAN_WEEKS}` : day);
}

function render(plan: Plan, t: Today): Child[] {
  const out: Child[] = [dateLine(plan, t)];
  switch (t.kind) {
    case 'sessions':
      if (t.sessions.every((s) => s.done)) out.push(h('p', null, 'All done for today. Well done.'));
      out.push(h('ul', { class: 'today-sessions' }, ...t.sessions.map(sessionItem)));
      if (t.back) out.push(...backLines(t.back, t.swapped));
      out.push(nextLine(t.next));
      break;
    case 'rest':
      out.push(h('p', null, 'A rest day: nothing planned. An easy walk is fine.'));
      if (t.back?.seeProfessional) out.push(...backLines(t.back, []));
      out.push(nextLine(t.next));
      break;
    case 'not-started':
      out.push(h('p', null, 'Your plan has not started yet.'), nextLine(t.next));
      break;
    case 'ended':
      out.push(h('p', null, 'Your 12-week plan is done. Make a new one from today to keep building.'), h('p', null, link('/plan/', 'Make a new plan', 'btn btn-primary')));
      return out;
  }
  out.push(h('p', { class: 'today-plan-link' }, link('/plan/', 'See your whole plan')));
  return out;
}

/** Draws the card with the stored plan into `section` (the card's static body is the fallback it keeps on a problem). */
export async function showToday(section: HTMLElement): Promise<void> {
  const body = section.querySelector<HTMLElement>('[data-today-body]');
  if (!body) return;
  const now = section.querySelector('[data-today-now]');
  const sp = await storedPlan();
  if (sp.problem === null) {
    body.replaceChildren(...render(sp.plan, today(todayInput(sp.plan, sp.library, Date.now()))).filter((c): c is Node | string => !!c));
  } else if (sp.problem === 'unreadable') {
    body.replaceChildren(
      h('p', { role: 'alert' }, `Your plan could not be read (${sp.why}). `, sp.aside ? 'It was set aside, not deleted.' : 'It was left where it was, not deleted.'),
      h('p', null, link('/plan/', 'Make your plan again', 'btn btn-primary')),
      now ?? '',
    );
  } else if (sp.problem === 'library') {
    body.replaceChildren(h('p', null, 'Your plan cannot be shown just now: the list of routines did not load. You may be offline.'), h('p', null, link('/plan/', 'Your plan')), now ?? '');
  }
  section.removeAttribute('data-plan');
}
