/**
 * The plan's data changed on this page: a check-in saved, a routine's progress saved or reset
 * (./progress.tsx). What shows something drawn from it reads it again: the dose (./progress.tsx)
 * and the finish screen's "what next" (./WhatNext.tsx), since a back score may swap strength for
 * mobility. Within this page only; other pages read the plan's data when they open.
 */
const readers = new Set<() => void>();

/** Calls `read` after each change on this page; returns what stops it. */
export function onPlanChanged(read: () => void): () => void {
  readers.add(read);
  return () => void readers.delete(read);
}

export const planChanged = (): void => readers.forEach((read) => read());
