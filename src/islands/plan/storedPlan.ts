/**
 * The runner's plan in the browser, for every island that shows it (the plan page, the Today
 * card, the routine page's adjusted dose, the log): its settings read through the one guarded
 * reader (set aside if unreadable), the library fetched once from /plan/library.json, and the
 * plan made again from both (the plan itself is never stored: src/lib/plan/schema.ts).
 * Loaded only where a plan is shown, so zod/mini never reaches a page without one.
 */
import { makePlan } from '../../lib/plan/planner';
import type { LibraryRoutine, Plan } from '../../lib/plan/model';
import { settingsOf, type PlanRecord } from '../../lib/plan/schema';
import { PLAN_KEYS } from '../../lib/storage/keys';
import { readPlan, writePlan } from '../../lib/storage/plan';
import type { Kept } from '../../lib/storage/store';
import { store } from '../browser-storage';

export const LIBRARY_URL = '/plan/library.json';

let library: Promise<LibraryRoutine[]> | undefined;
/** The routine library as the planner sees it; rejects (and is fetched afresh next time) when it cannot be had. */
export function fetchLibrary(): Promise<LibraryRoutine[]> {
  library ??= fetch(LIBRARY_URL)
    .then((r) => (r.ok ? (r.json() as Promise<LibraryRoutine[]>) : Promise.reject(new Error(`${LIBRARY_URL}: ${r.status}`))))
    .catch((e: unknown) => {
      library = undefined;
      throw e;
    });
  return library;
}

/** The stored plan settings: null when there are none; a problem (and the value set aside) when unreadable. */
export const readStoredPlan = (): Kept<PlanRecord> | null => store.read(PLAN_KEYS.plan, readPlan);

/** Stores the plan settings; false when the browser refused (storage full or turned off). */
export const saveStoredPlan = (record: PlanRecord): boolean => store.set(PLAN_KEYS.plan, writePlan(record));

/** The plan made from stored settings and the library. */
export const planFrom = (record: PlanRecord, routines: readonly LibraryRoutine[]): Plan => makePlan(settingsOf(record), routines);
