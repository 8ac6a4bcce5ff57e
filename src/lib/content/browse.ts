/**
 * Browse facets: every way to narrow the library that has its own static page (and so works
 * without JavaScript). Pure: takes plain facts, returns groups of links and the ids in each.
 */
import { EQUIPMENT_LABELS, LEVEL_LABELS, LEVELS, MUSCLES, MUSCLE_LABELS, kitNeeded, type Equipment, type Level, type Muscle } from './vocabulary';

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

export interface ExerciseFacts {
  id: string;
  muscles: { primary: Muscle[]; secondary: Muscle[] };
  equipment: Equipment[];
  level: Level;
}

export function exerciseFacets(exercises: ExerciseFacts[]): Facet[] {
  const facets: Facet[] = [];
  for (const m of MUSCLES) {
    const ids = exercises.filter((e) => e.muscles.primary.includes(m) || e.muscles.secondary.includes(m)).map((e) => e.id);
    if (ids.length) facets.push({ group: 'muscle', value: m, label: MUSCLE_LABELS[m], heading: `Exercises for the ${MUSCLE_LABELS[m].toLowerCase()}`, ids });
  }
  const none = exercises.filter((e) => kitNeeded(e.equipment).length === 0).map((e) => e.id);
  if (none.length) facets.push({ group: 'equipment', value: 'none', label: 'No equipment', heading: 'Exercises with no equipment', ids: none });
  for (const k of ['stability-ball', 'kettlebell', 'dumbbell'] as const) {
    const ids = exercises.filter((e) => e.equipment.includes(k)).map((e) => e.id);
    if (ids.length) facets.push({ group: 'equipment', value: k, label: EQUIPMENT_LABELS[k], heading: `Exercises with a ${EQUIPMENT_LABELS[k].toLowerCase()}`, ids });
  }
  for (const l of LEVELS) {
    const ids = exercises.filter((e) => e.level === l).map((e) => e.id);
    if (ids.length) facets.push({ group: 'level', value: l, label: LEVEL_LABELS[l], heading: `${LEVEL_LABELS[l]} exercises`, ids });
  }
  return facets;
}

export interface RoutineFacts {
  id: string;
  durationMs: number;
  equipment: Equipment[];
}

export const DURATION_BUCKETS = [
  { value: 'under-10-minutes', label: 'Under 10 min', max: 10 },
  { value: '10-to-20-minutes', label: '10 to 20 min', max: 20 },
  { value: 'over-20-minutes', label: 'Over 20 min', max: Infinity },
] as const;

export function routineFacets(routines: RoutineFacts[]): Facet[] {
  const facets: Facet[] = [];
  let min = 0;
  for (const b of DURATION_BUCKETS) {
    const ids = routines.filter((r) => r.durationMs / 60000 >= min && r.durationMs / 60000 < b.max).map((r) => r.id);
    if (ids.length) facets.push({ group: 'duration', value: b.value, label: b.label, heading: `Routines of ${b.label.toLowerCase()}`, ids });
    min = b.max;
  }
  const none = routines.filter((r) => kitNeeded(r.equipment).length === 0).map((r) => r.id);
  if (none.length) facets.push({ group: 'equipment', value: 'none', label: 'No equipment', heading: 'Routines with no equipment', ids: none });
  for (const k of ['stability-ball', 'kettlebell', 'dumbbell'] as const) {
    const ids = routines.filter((r) => r.equipment.includes(k)).map((r) => r.id);
    if (ids.length) facets.push({ group: 'equipment', value: k, label: EQUIPMENT_LABELS[k], heading: `Routines with a ${EQUIPMENT_LABELS[k].toLowerCase()}`, ids });
  }
  return facets;
}

export const GROUP_LABELS: Record<string, string> = { muscle: 'Muscle', equipment: 'Equipment', level: 'Level', duration: 'Time' };
