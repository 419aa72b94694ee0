// How many evaluation runs go at once, per lane (one lane per provider endpoint: laneOfEvaluation). Kept with
// the settings and handed to the scheduler, which enforces it.

import { isRecord } from '@/lib/json';
import { DEFAULT_EVAL_CONCURRENCY, setLaneLimit } from '@/state/runs';

export const MIN_EVAL_CONCURRENCY = 1;
/** Past this a browser queues the requests itself (six per host over HTTP/1.1) and a provider rate-limits. */
export const MAX_EVAL_CONCURRENCY = 16;
/** Endpoints remembered: enough for anyone's providers, bounded against a stored object of any size. */
const MAX_LANES = 64;

/** `n` as a concurrency: a whole number from 1 to 16 (anything else is brought into that range). */
export function clampEvalConcurrency(n: number): number {
  if (!Number.isFinite(n)) return DEFAULT_EVAL_CONCURRENCY;
  return Math.min(MAX_EVAL_CONCURRENCY, Math.max(MIN_EVAL_CONCURRENCY, Math.round(n)));
}

/** Stored concurrencies, checked entry by entry: a value that is not a whole number in range, or a key that
 * is not a real lane, is dropped (that lane falls back to the default). */
export function readEvalConcurrency(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isRecord(value)) return out;
  for (const [lane, n] of Object.entries(value).slice(0, MAX_LANES)) {
    if (lane === '__proto__' || lane === '' || typeof n !== 'number' || !Number.isInteger(n)) continue;
    if (n >= MIN_EVAL_CONCURRENCY && n <= MAX_EVAL_CONCURRENCY) out[lane] = n;
  }
  return out;
}

/** Hands every stored concurrency to the scheduler (after the settings are read back). */
export function applyEvalConcurrency(limits: Record<string, number>): void {
  for (const [lane, n] of Object.entries(limits)) setLaneLimit(lane, n);
}
