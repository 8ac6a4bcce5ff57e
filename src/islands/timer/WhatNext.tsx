/**
 * The finish screen's "what next". With a plan stored it comes from the plan ("Next: strength day
 * on Thursday"), never a rule of thumb that could contradict it; the plan's code
 * (../today/fromBrowser.ts) loads only then. Without a plan, the general advice as before.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RoutineKind } from '../../lib/content/vocabulary';
import { ruleOfThumb } from '../../lib/plan/rules';
import { PLAN_KEYS } from '../../lib/storage/keys';
import { store } from '../browser-storage';
import { onCheckInSaved } from './checkInSaved';

export function WhatNext({ finished, kind }: { finished: string; kind?: RoutineKind | undefined }) {
  const [planned] = useState(() => store.get(PLAN_KEYS.plan) !== null);
  // undefined: still reading the plan; null: the plan has ended; false: it could not be read.
  const [next, setNext] = useState<string | null | false | undefined>(undefined);
  // Read again after each check-in saved beside it: a back score may swap strength for mobility.
  const [checkIns, setCheckIns] = useState(0);
  useEffect(() => onCheckInSaved(() => setCheckIns((n) => n + 1)), []);
  useEffect(() => {
    if (!planned) return;
    let current = true;
    void import('../today/fromBrowser')
      .then((m) => m.whatNextNow(finished, Date.now()))
      .then(
        (n) => current && setNext(n),
        () => current && setNext(false),
      );
    return () => void (current = false);
  }, [planned, finished, checkIns]);
  if (!planned) {
    return (
      <p>
        <strong>What next:</strong> {ruleOfThumb(kind)}
      </p>
    );
  }
  if (next === undefined) return <p class="muted">Reading your plan for what is next…</p>;
  if (next === null) {
    return (
      <p>
        <strong>What next:</strong> that was the last session of your 12-week plan. <a class="underline" href="/plan/">Make a new plan</a> to keep building.
      </p>
    );
  }
  if (next === false) {
    return (
      <p>
        <strong>What next:</strong> see <a class="underline" href="/plan/">your plan</a>.
      </p>
    );
  }
  return (
    <p>
      <strong>Next:</strong> {next} <a class="underline" href="/plan/">Your plan</a>
    </p>
  );
}
