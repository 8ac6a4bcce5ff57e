/**
 * Share links: a custom routine carried whole in the URL fragment, so it never reaches a
 * server. The fragment is `r=<version>.<base64url of a JSON array>`, version 1 being
 *
 *   [title, getReadySeconds, rounds, restBetweenRounds, steps]
 *   step: [exerciseId, each (0|1), restAfter, 0, seconds]             time   (each: index in SIDES)
 *         [exerciseId, each (0|1), restAfter, 1, reps]                reps
 *         [exerciseId, each (0|1), restAfter, 2, holds, holdSeconds]  hold-reps
 *
 * and two numbers more where a step has them: `sets, setRest` after a time or reps step's
 * number (written only for two sets or more), `holdRest` after a hold-reps step's holdSeconds
 * (written only when above 0). Links made before these existed read as they always did, and
 * a step without them encodes exactly as it did, so its routine keeps its timer id.
 *
 * Positions instead of keys keep a ten-step routine near 400 characters. Decoding never
 * throws: anything but a valid routine of known exercises comes back as a problem phrase
 * the page can show ("the link is damaged…"). Nothing from a link is ever used as markup.
 */
import { SIDES, STEP_MODES, type Step } from '../routine/model';
import { routineProblem, type CustomRoutine } from './custom';

export const LINK_VERSION = 1;
/** Longest fragment read at all; the longest valid routine encodes well under it (tested). */
export const MAX_LINK_CHARS = 4096;
const PREFIX = 'r=';

export type Decoded = { value: CustomRoutine } | { problem: string };

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(data) || data.length % 4 === 1) return null;
  try {
    return Uint8Array.from(atob(data.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function fromUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const stepTuple = (s: Step): unknown[] => {
  const head = [s.exercise, SIDES.indexOf(s.sides), s.restAfter, STEP_MODES.indexOf(s.mode)];
  if (s.mode === 'hold-reps') return [...head, s.reps, s.holdSeconds, ...(s.holdRest ? [s.holdRest] : [])];
  const sets = (s.sets ?? 1) > 1 ? [s.sets, s.setRest ?? 0] : [];
  return [...head, s.mode === 'time' ? s.seconds : s.reps, ...sets];
};

/** The fragment for a routine, without the `#`: `r=1.WyJNeSBjb3JlIiw…`. */
export function encodeRoutine(routine: CustomRoutine): string {
  const tuple = [routine.title, routine.getReadySeconds, routine.rounds, routine.restBetweenRounds, routine.steps.map(stepTuple)];
  return `${PREFIX}${LINK_VERSION}.${toBase64Url(JSON.stringify(tuple))}`;
}

/** -0 reads as 0, so a decoded routine re-encodes to the same numbers. */
const num = (v: unknown): number | null => (typeof v === 'number' ? v + 0 : null);

function readStep(v: unknown): Step | null {
  if (!Array.isArray(v) || v.length < 5) return null;
  const [exercise, each, restAfter, mode, a, b] = v as unknown[];
  const rest = num(restAfter);
  // Sides and mode travel as their index in the model's vocabularies (which only ever grow at the end).
  const sides = Number.isInteger(each) ? SIDES[each as number] : undefined;
  const modeName = Number.isInteger(mode) ? STEP_MODES[mode as number] : undefined;
  if (typeof exercise !== 'string' || !sides || rest === null) return null;
  const base = { exercise, sides, restAfter: rest };
  const first = num(a);
  if (first === null) return null;
  if (modeName === 'time' || modeName === 'reps') {
    let sets = {};
    if (v.length === 7) {
      const [count, rest] = [num(v[5]), num(v[6])];
      if (count === null || rest === null) return null;
      // One set is no sets: the step reads (and re-encodes) as one written without them.
      if (count !== 1) sets = { sets: count, setRest: rest };
    } else if (v.length !== 5) return null;
    return modeName === 'time' ? { ...base, mode: 'time', seconds: first, ...sets } : { ...base, mode: 'reps', reps: first, ...sets };
  }
  const second = num(b);
  if (modeName !== 'hold-reps' || second === null) return null;
  if (v.length === 6) return { ...base, mode: 'hold-reps', reps: first, holdSeconds: second };
  const holdRest = num(v[6]);
  if (v.length !== 7 || holdRest === null) return null;
  return { ...base, mode: 'hold-reps', reps: first, holdSeconds: second, ...(holdRest !== 0 ? { holdRest } : {}) };
}

/** The routine in the structure version 1 lays out, or null; ranges are checked after. */
function readRoutine(v: unknown): CustomRoutine | null {
  if (!Array.isArray(v) || v.length !== 5) return null;
  const [title, getReady, rounds, restBetweenRounds, steps] = v as unknown[];
  const numbers = [num(getReady), num(rounds), num(restBetweenRounds)];
  if (typeof title !== 'string' || numbers.includes(null) || !Array.isArray(steps)) return null;
  const read = steps.map(readStep);
  if (read.includes(null)) return null;
  const [g, r, rest] = numbers as number[];
  return { title, getReadySeconds: g!, rounds: r!, restBetweenRounds: rest!, steps: read as Step[] };
}

/**
 * Whether a fragment is meant as a routine link, however it was mangled on the way: `#r=…`,
 * percent-encoded by a messenger (`#r%3D…`) or upper-cased (`#R=…`). The page tries to open
 * these, and says what is wrong when it cannot; any other fragment is left alone.
 */
export const isRoutineFragment = (fragment: string): boolean => /^#?r(=|%3d)/i.test(fragment);

/**
 * The fragment as it was made: without its `#`, and with percent-escapes undone, since some
 * messengers and mail programs send `#r=1.…` on as `#r%3D1.…`. Base64url never needs an escape,
 * so undoing them changes nothing in a link that had none.
 */
function unescapeFragment(fragment: string): string {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The routine a fragment carries (with or without its `#`, percent-encoded or not), or the
 * problem with it as a phrase to follow "This link…". Only exercises in `knownExerciseIds`
 * are accepted.
 */
export function decodeRoutine(fragment: string, knownExerciseIds: ReadonlySet<string>): Decoded {
  // An escaped link is up to three times as long; anything longer is refused before decoding.
  const text = fragment.length > 3 * MAX_LINK_CHARS ? fragment : unescapeFragment(fragment);
  if (text.length > MAX_LINK_CHARS) return { problem: `is too long to be a routine link (over ${MAX_LINK_CHARS} characters)` };
  if (!text.startsWith(PREFIX)) {
    // Base64url tells capitals from small letters: once they are changed, the routine is gone.
    if (/^r=/i.test(text)) return { problem: 'is damaged: it starts “R=” where it should start “r=”, so its letters were changed to capitals on the way, and the routine in it cannot be read back' };
    return { problem: 'is not a routine link' };
  }
  const body = text.slice(PREFIX.length);
  const dot = body.indexOf('.');
  const version = dot < 0 ? '' : body.slice(0, dot);
  if (!/^\d{1,4}$/.test(version)) return { problem: 'has no version number, so it is not a routine link this site made' };
  if (Number(version) !== LINK_VERSION) {
    return { problem: `was made in format ${Number(version)}, and this site reads format ${LINK_VERSION}` };
  }
  const bytes = fromBase64Url(body.slice(dot + 1));
  if (bytes === null) return { problem: 'is damaged: its routine data is not valid base64url' };
  const json = fromUtf8(bytes);
  if (json === null) return { problem: 'is damaged: its routine data is not UTF-8 text' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { problem: 'is damaged: its routine data is not valid JSON' };
  }
  const routine = readRoutine(parsed);
  if (!routine) return { problem: 'is damaged: its routine data is not laid out the way a routine is' };
  const problem = routineProblem(routine, knownExerciseIds);
  return problem ? { problem: `holds a routine this site cannot use, because ${problem}` } : { value: routine };
}

/** A 32-bit FNV-1a hash in base 36: short, stable names for storage keys. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The timer's id for the routine a link (from encodeRoutine) carries: the same routine, the same id. */
export function customRoutineId(link: string): string {
  return `custom-${hash(link)}`;
}
