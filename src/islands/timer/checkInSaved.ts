/**
 * Told when the finish screen saves a check-in (./progress.tsx): the "what next" beside it
 * (./WhatNext.tsx) reads the plan again, since a back score may swap strength for mobility.
 * Within this page only; other pages read the check-ins when they open.
 */
const listeners = new Set<() => void>();

/** Calls `listener` after each check-in saved on this page; returns what stops it. */
export function onCheckInSaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export const checkInSaved = (): void => listeners.forEach((listener) => listener());
