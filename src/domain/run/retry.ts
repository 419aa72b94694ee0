// When a failed send is tried again: a rate limit (429) waits as long as the server's Retry-After says, other
// transient failures back off exponentially; a bounded number of times, and never once output has arrived.

import type { RunError } from './record';

/** How a run is sent again after a rate limit or a transient failure. */
export interface RetryPolicy {
  /** Sends that may fail transiently (5xx, timeouts, no connection), the first included (at least 1). */
  maxAttempts: number;
  /** How many 429s may be waited out. Counted apart from failures: the server said when to come back, so it
   * is safe to follow that longer — a rate-limit storm is ridden out, not turned into errors. */
  maxRateLimitWaits: number;
  /** The first backoff when the server names no wait; doubled each retry. */
  baseDelayMs: number;
  /** No wait is longer than this, Retry-After included. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  maxRateLimitWaits: 20,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
};

/** Statuses that say "not now" rather than "not this": timeout, conflict, too early, rate limit, and the
 * gateway/server failures that pass. 501 (not implemented) and 505 would fail the same way again. */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

/** Whether the failure may go away by itself. Only HTTP answers with a transient status and failures to reach
 * the server at all (no response: status 0) qualify; a stream that broke or could not be read is not retried
 * here (it may have shown output, and a server that sends unreadable streams does so again), nor is a cancel. */
export function isTransient(error: RunError): boolean {
  if (error.kind === 'http') return TRANSIENT_STATUSES.has(error.status);
  return error.kind === 'network' && error.status === 0;
}

/**
 * How long to wait before retry number `retryNumber`, or null when the run should not be sent again: the failure
 * is not transient, or its budget is spent. A 429 and the other failures count apart: for a 429, `retryNumber`
 * is the how-manyth 429 this is (at most `maxRateLimitWaits` are waited out); for the others, the how-manyth
 * failure (1: the first, so the second send; at most `maxAttempts` sends). A Retry-After the server sent is honoured as given (capped at
 * maxDelayMs); without one the wait is "full jitter" backoff: uniform between 0 and min(maxDelayMs, base·2^(n-1)),
 * which spreads many clients' retries instead of having them return together.
 */
export function retryDelayMs(
  error: RunError,
  retryNumber: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number | null {
  if (!isTransient(error)) return null;
  const spent =
    error.status === 429 ? retryNumber > policy.maxRateLimitWaits : retryNumber >= policy.maxAttempts;
  if (!Number.isInteger(retryNumber) || retryNumber < 1 || spent) return null;
  const cap = Math.max(0, policy.maxDelayMs);
  if (error.retryAfterSeconds !== undefined && Number.isFinite(error.retryAfterSeconds)) {
    return Math.min(cap, Math.max(0, error.retryAfterSeconds * 1000));
  }
  // 2^(n-1) grows past any cap quickly; the exponent is bounded so the product stays a finite number.
  const ceiling = Math.min(cap, Math.max(0, policy.baseDelayMs) * 2 ** Math.min(retryNumber - 1, 52));
  return Math.floor(ceiling * Math.min(1, Math.max(0, random())));
}

function waitText(ms: number): string {
  return ms < 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

function failureText(error: RunError): string {
  if (error.kind !== 'http') return 'Network error';
  if (error.status === 429) return 'Rate limited (429)';
  if (error.status === 408) return 'Timed out (408)';
  if (error.status >= 500) return `Server error (${error.status})`;
  return `HTTP ${error.status}`;
}

/** What a waiting run shows: "Server error (503): retrying in 2 s, attempt 2 of 6" (`attempt` is the send that
 * comes next) or, for a 429, "Rate limited (429): retrying in 1 s, wait 3 of 20". */
export function retryReason(error: RunError, delayMs: number, attempt: number, maxAttempts: number): string {
  const count = error.status === 429 ? 'wait' : 'attempt';
  return `${failureText(error)}: retrying in ${waitText(delayMs)}, ${count} ${attempt} of ${maxAttempts}`;
}
