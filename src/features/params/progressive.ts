// The root of a wide form renders progressively: the first fields (what fits on a screen) in the task that
// builds the form, the rest a batch per idle period. A model switch then costs a frame, not forty fields of
// React, style and layout at once (npm run bench, section 2).

import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from '@/lib/idle';

/** About a screenful of fields (a field is ~60–70 px tall): all a user can see or reach at first. */
export const FIRST_FIELDS = 12;
/** Fields per idle period after the first: ~0.5 ms each, so a batch stays well inside one frame. */
export const FIELDS_PER_BATCH = 12;

/** How many of `total` fields the first render shows. */
export function firstShown(total: number): number {
  return Math.min(total, FIRST_FIELDS);
}

/** How many fields show after one more batch. */
export function nextShown(shown: number, total: number): number {
  return Math.min(total, shown + FIELDS_PER_BATCH);
}

/** Splits `shown` between the basic fields (first) and the advanced ones. */
export function shownOfGroups(shown: number, basic: number, advanced: number): [number, number] {
  const first = Math.min(shown, basic);
  return [first, Math.min(advanced, Math.max(0, shown - basic))];
}

/** The number of fields to render now, growing to `total` in idle time; a remount (model switch) starts over. */
export function useShownCount(total: number): number {
  const [shown, setShown] = useState(() => firstShown(total));
  useEffect(() => {
    if (shown >= total) return;
    // A transition, so a batch yields to typing; at the latest after 200 ms on a page that is never idle.
    return whenIdle(() => startTransition(() => setShown((n) => nextShown(n, total))), 200);
  }, [shown, total]);
  return shown;
}
