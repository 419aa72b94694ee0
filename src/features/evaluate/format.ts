// The grid's words and numbers: pure, so the same text is tested once and shown everywhere.

export function secondsText(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${s % 60} s`;
}

export function latencyText(ms: number | null): string {
  if (ms === null) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Dollars with enough digits for a cheap call ($0.0042) without a long tail for an expensive one ($1.25). */
export function dollarsText(cost: number | null): string {
  if (cost === null) return '—';
  if (cost === 0) return '$0';
  if (cost >= 1) return `$${cost.toFixed(2)}`;
  return `$${cost.toPrecision(2).replace(/0+$/, '').replace(/\.$/, '')}`;
}

export function percentText(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)} %`;
}

/** "12 / 60 · $0.0042 · 8 s left" (the time left only while it can be guessed). */
export function progressText(p: { done: number; total: number; cost: number; etaMs: number | null }): string {
  const parts = [`${p.done} / ${p.total}`, dollarsText(p.cost)];
  if (p.etaMs !== null && p.done < p.total) parts.push(`${secondsText(p.etaMs)} left`);
  return parts.join(' · ');
}

/** "Retrying in 2 s (attempt 2 of 6)". */
export function retryText(
  retryAt: number,
  now: number,
  attempt: number,
  maxAttempts: number,
  rateLimited = false,
): string {
  if (rateLimited)
    return `Rate limited: retrying in ${secondsText(retryAt - now)} (wait ${attempt} of ${maxAttempts})`;
  return `Retrying in ${secondsText(retryAt - now)} (attempt ${attempt} of ${maxAttempts})`;
}

/** Long outputs are folded to their start: a grid row stays a row, and "Show all" opens the rest. */
export const FOLD_CHARS = 400;

export function foldText(text: string, limit = FOLD_CHARS): { shown: string; folded: boolean } {
  if (text.length <= limit) return { shown: text, folded: false };
  // Cut at a space near the limit when there is one, so the last word is not split.
  const space = text.lastIndexOf(' ', limit);
  const cut = space > limit * 0.8 ? space : limit;
  return { shown: `${text.slice(0, cut)}…`, folded: true };
}
