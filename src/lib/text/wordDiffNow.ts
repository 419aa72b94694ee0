// The same word diff, synchronously, for code that diffs many pairs at once (the evaluation's run history).
// It imports the library statically: only a module that is itself loaded lazily (the Evaluate screen) should
// use it, so the library stays out of the first load; the Compare view uses diffAnswers, which loads it on
// demand.

import { diffWords } from 'diff';
import { toWordDiff, type WordDiff } from './wordDiff';

/** Diffs `left` → `right`; null when the library gave up within `timeoutMs`. */
export function wordDiffNow(left: string, right: string, timeoutMs: number): WordDiff | null {
  const changes = diffWords(left, right, { timeout: timeoutMs });
  return changes ? toWordDiff(changes) : null;
}
