/**
 * The routine library as the planner sees it (src/lib/plan/model.ts, LibraryRoutine): the one
 * file the plan page, the Today card and the routine pages fetch to make the plan again in the
 * browser. Same origin, precached by the offline worker.
 */
import type { APIRoute } from 'astro';
import { getLibrary } from '../../content';

export const GET: APIRoute = async () => {
  const { planLibrary } = await getLibrary();
  return new Response(JSON.stringify(planLibrary), { headers: { 'Content-Type': 'application/json' } });
};
