/**
 * Browse facets: every way to narrow the library that has its own static page (and so works
 * without JavaScript). Pure: takes plain facts, returns groups of links and the ids in each.
 */
import { EQUIPMENT, EQUIPMENT_LABELS, LEVEL_LABELS, LEVELS, MUSCLES, MUSCLE_LABELS, kitNeeded, type Equipment, type Level, type Muscle } from './vocabulary';

/** Every piece of kit that gets its own browse page: all the equipment beyond none and a mat. */
const KIT = kitNeeded(EQUIPMENT);

export interface Facet {
  /** URL segment of the group: muscle, equipment, level, duration. */
  group: string;
  /** URL segment of the value. */
  value: string;
  label: string;
  /** Heading for the facet's page. */
  heading: string;
  ids: string[];
}

/** What the browse pages need to know of an exercise. */
export interface BrowsableExercise {
  id: string;
  muscles: { primary: Muscle[]; secondary: Muscle[] };
  equipment: Equipment[];
  level: Level;
}

export function exerciseFacets(exercises: BrowsableExercise[]): Facet[] {
  const facets: Facet[] = [];
  for (const m of MUSCLES) {
    const ids = exercises.filter((e) => e.muscles.primary.includes(m) || e.muscles.secondary.includes(m)).map((e) => e.id);
    if (ids.length) facets.push({ group: 'muscle', value: m, label: MUSCLE_LABELS[m], heading: `Exercises for the ${MUSCLE_LABELS[m].toLowerCase()}`, ids });
  }
  const none = exercises.filter((e) => kitNeeded(e.equipment).length === 0).map((e) => e.id);
  if (none.length) facets.push({ group: 'equipment', value: 'none', label: 'No equipment', heading: 'Exercises with no equipment', ids: none });
  for (const k of KIT) {
    const ids = exercises.filter((e) => e.equipment.includes(k)).map((e) => e.id);
    if (ids.length) facets.push({ group: 'equipment', value: k, label: EQUIPMENT_LABELS[k], heading: `Exercises with a ${EQUIPMENT_LABELS[k].toLowerCase()}`, ids });
  }
  for (const l of LEVELS) {
    const ids = exercises.filter((e) => e.level === l).map((e) => e.id);
    if (ids.length) facets.push({ group: 'level', value: l, label: LEVEL_LABELS[l], heading: `${LEVEL_LABELS[l]} exercises`, ids });
  }
  return facets;
}

/** What the browse pages need to know of a routine. */
export interface BrowsableRoutine {
  id: string;
  durationMs: number;
  equipment: Equipment[];
}

export const DURATION_BUCKETS = [
  { value: 'under-10-minutes', label: 'Under 10 min', max: 10 },
  { value: '10-to-20-minutes', label: '10 to 20 min', max: 20 },
  { value: 'over-20-minutes', label: 'Over 20 min', max: Infinity },
] as const;

export function routineFacets(routines: BrowsableRoutine[]): Facet[] {
  const facets: Facet[] = [];
  let min = 0;
  for (const b of DURATION_BUCKETS) {
    const ids = routines.filter((r) => r.durationMs / 60000 >= min && r.durationMs / 60000 < b.max).map((r) => r.id);
    if (ids.length) facets.push({ group: 'duration', value: b.value, label: b.label, heading: `Routines of ${b.label.toLowerCase()}`, ids });
    min = b.max;
  }
  const none = routines.filter((r) => kitNeeded(r.equipment).length === 0).map((r) => r.id);
  if (none.length) facets.push({ group: 'equipment', value: 'none', label: 'No equipment', heading: 'Routines with no equipment', ids: none });
  for (const k of KIT) {
    const ids = routines.filter((r) => r.equipment.includes(k)).map((r) => r.id);
    if (ids.length) facets.push({ group: 'equipment', value: k, label: EQUIPMENT_LABELS[k], heading: `Routines with a ${EQUIPMENT_LABELS[k].toLowerCase()}`, ids });
  }
  return facets;
}

export const GROUP_LABELS: Record<string, string> = { muscle: 'Muscle', equipment: 'Equipment', level: 'Level', duration: 'Time' };

/** Guides on one page of a list; a longer list is split into numbered pages. */
export const GUIDES_PER_PAGE = 24;

/** The address of page `n` of the list at `base` ("/exercises"): page 1 is the list itself. */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? `${base}/` : `${base}/${n}/`;
}

/**
 * The page numbers to link from page `current` of `last`: the first, the last and two either
 * side of the current one, with `null` for each run of pages left out. A gap of a single page
 * shows that page instead, since "…" would take as much room.
 */
export function pageLinks(current: number, last: number): (number | null)[] {
  const shown = [...Array(last).keys()].map((i) => i + 1).filter((n) => n === 1 || n === last || Math.abs(n - current) <= 2);
  const links: (number | null)[] = [];
  for (const n of shown) {
    const before = links.at(-1);
    if (typeof before === 'number' && n - before === 2) links.push(n - 1);
    else if (typeof before === 'number' && n - before > 2) links.push(null);
    links.push(n);
  }
  return links;
}

/** "Guides 25 to 48 of 2,000." for a page of a list. */
export function pageRange({ start, end, total }: { start: number; end: number; total: number }): string {
  return `Guides ${(start + 1).toLocaleString('en-US')} to ${(end + 1).toLocaleString('en-US')} of ${total.toLocaleString('en-US')}.`;
}
