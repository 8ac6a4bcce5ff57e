/**
 * The routine model's title rule: what a routine's title may hold, for the builder as it is
 * typed, share links, saved routines and the workout log. Part of the model (./model.ts), in a
 * file of its own only so that routine pages, which never check a title, do not ship it: a
 * bundler places a whole module in a chunk, and the timer's chunk is inside its byte budget by
 * a few dozen bytes.
 */
import { TITLE_RANGE } from './model';

/**
 * Characters a title may not hold: markup (`<`, `>`), control characters and lone surrogates
 * (which UTF-8 cannot carry); and the invisible characters that can hide or reorder what a
 * title shows, so that a shared title looks like another: the zero-width space and its kin
 * (U+200B, U+2060, U+FEFF) and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). The zero-width joiner inside emoji (U+200D: 🏃‍♀️), the
 * non-joiner and the soft hyphen (U+200C, U+00AD) stay: they reorder nothing and hide no word.
 */
const MARKUP_OR_CONTROL = /[<>\p{Cc}\p{Cs}]/u;
const HIDING_OR_REORDERING = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;

/**
 * What is wrong with a routine's title, as a phrase ("the title starts or ends with a space"),
 * or null: the one title rule, for the builder as it is typed, share links and saved routines.
 */
export function titleProblem(title: string): string | null {
  if (title.trim() === '') return 'the routine needs a title';
  if (title !== title.trim()) return 'the title starts or ends with a space';
  if (title.length > TITLE_RANGE.max) return `the title is longer than ${TITLE_RANGE.max} characters`;
  if (MARKUP_OR_CONTROL.test(title)) return 'the title contains “<”, “>” or a control character, which a title may not';
  const hidden = HIDING_OR_REORDERING.exec(title);
  if (hidden) {
    const code = `U+${hidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `the title contains an invisible character (${code}) that can hide or reorder what it shows, which a title may not`;
  }
  return null;
}
