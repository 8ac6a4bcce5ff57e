/**
 * What the plan stores: its settings, each routine's progress and each workout's check-in. The
 * shapes are zod/mini schemas in src/lib/plan/schema.ts; here they become readers like every
 * other (a Read, never a throw, the problem in words) and writers that stamp the version.
 * Only pages that show the plan import this, so zod/mini never reaches a routine page.
 */
import { checkInRecordSchema, planRecordSchema, progressRecordSchema, type CheckInRecord, type PlanRecord, type ProgressRecord } from '../plan/schema';
import { bad, ok, stamp, versioned, type Read } from './read';

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}
interface Schema<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

/** A reader for a versioned value of `schema`'s shape; the first issue becomes the problem. */
function reader<T>(schema: Schema<T>): (raw: string | null) => Read<T> | null {
  return (raw) => {
    const r = versioned(raw);
    if (r === null || r.problem !== null) return r;
    const parsed = schema.safeParse(r.value);
    if (parsed.success) return ok(parsed.data);
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.');
    return bad(field ? `its ${field} is not valid (${issue?.message})` : `it is not valid (${issue?.message ?? 'unknown problem'})`);
  };
}

export const readPlan = reader<PlanRecord>(planRecordSchema);
export const writePlan: (record: PlanRecord) => string = stamp;

export const readProgress = reader<ProgressRecord>(progressRecordSchema);
export const writeProgress: (record: ProgressRecord) => string = stamp;

export const readCheckIn = reader<CheckInRecord>(checkInRecordSchema);
export const writeCheckIn: (record: CheckInRecord) => string = stamp;
