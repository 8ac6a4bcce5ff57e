/**
 * The finish screen's "what next". With a plan stored it comes from the plan ("Next: strength day
 * on Thursday"), never a rule of thumb that could contradict it; the plan's code
 * (../today/fromBrowser.ts) loads only then. Without a plan, the general advice as before.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RoutineKind } from '../../lib/content/vocabulary';
import { RULES } from '../../lib/plan/rule-text';
import { PLAN_KEYS } from '../../lib/storage/keys';
import { store } from '../browser-storage';
import { onPlanChanged } from './planChanged';

/**
 * Without a plan: the one rule for each kind of work, so the daily core set is never told to rest
 * a day and a strength session never leads into the long run. The strength rules are the plan's
 * own sentences (src/lib/plan/rule-text.ts), so the finish screen cannot state them differently.
 */
const KEY_DAY = RULES['strength-not-before-key-session'];
const RULE_OF_THUMB: Record<RoutineKind, string> = {
  core: 'a short core set can be done most days; an easy run or a rest day is fine tomorrow.',
  strength: `${RULES['strength-twice']} ${RULES['strength-not-consecutive']} ${KEY_DAY}`,
  mobility: 'gentle mobility is fine on any day, including after the long run.',
};

export function WhatNext({ finished, kind }: { finished: string; kind?: RoutineKind | undefined }) {
  const [planned] = useState(() => store.get(PLAN_KEYS.plan) !== null);
  // undefined: still reading the plan; null: the plan has ended; false: it could not be read.
  const [next, setNext] = useState<string | null | false | undefined>(undefined);
  // Read again after each check-in saved beside it: a back score may swap strength for mobility.
  const [changes, setChanges] = useState(0);
  useEffect(() => onPlanChanged(() => setChanges((n) => n + 1)), []);
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
  }, [planned, finished, changes]);
  if (!planned) {
    return (
      <p>
        <strong>What next:</strong> {kind ? RULE_OF_THUMB[kind] : `an easy run or gentle mobility is fine tomorrow. ${KEY_DAY}`}
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
