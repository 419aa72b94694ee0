// When a failed send is tried again: a rate limit (429) waits as long as the server's Retry-After says, other
// transient failures back off exponentially; a bounded number of times, and never once output has arrived.

/** How a run is sent again after a rate limit or a transient failure. */
export interface RetryPolicy {
  /** Sends in all, the first included (at least 1). */
  maxAttempts: number;
  /** The first backoff when the server names no wait; doubled each retry. */
  baseDelayMs: number;
  /** No wait is longer than this, Retry-After included. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };
