import { describe, expect, it } from 'vitest';
import type { RunError } from './record';
import { DEFAULT_RETRY_POLICY, isTransient, type RetryPolicy, retryDelayMs, retryReason } from './retry';

const http = (status: number, retryAfterSeconds?: number): RunError => ({
  status,
  kind: 'http',
  message: `HTTP ${status}`,
  ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});
const policy: RetryPolicy = { maxAttempts: 6, maxRateLimitWaits: 5, baseDelayMs: 1000, maxDelayMs: 10_000 };
const schedule = (error: RunError, p: RetryPolicy, random: () => number) =>
  Array.from({ length: p.maxAttempts + 1 }, (_, i) => retryDelayMs(error, i + 1, p, random));

describe('retryDelayMs', () => {
  it('a 429 without Retry-After backs off exponentially up to the cap, then gives up after maxRateLimitWaits waits', () => {
    // random() = 1 shows the ceiling of each jittered wait: 1, 2, 4, 8, then the 10 s cap; a 6th 429 is one
    // more than the policy waits out.
    expect(schedule(http(429), policy, () => 1)).toEqual([1000, 2000, 4000, 8000, 10_000, null, null]);
  });

  it('full jitter: each wait is the ceiling scaled by the random draw, so it can be anywhere below it', () => {
    expect(schedule(http(429), policy, () => 0.5)).toEqual([500, 1000, 2000, 4000, 5000, null, null]);
    expect(schedule(http(429), policy, () => 0)).toEqual([0, 0, 0, 0, 0, null, null]);
    const draws = [0.25, 0.75, 0.1];
    let i = 0;
    const random = () => draws[i++] ?? 0;
    expect([1, 2, 3].map((n) => retryDelayMs(http(503), n, policy, random))).toEqual([250, 1500, 400]);
  });

  it('a 429 with Retry-After waits exactly that long on every retry, capped at maxDelayMs', () => {
    expect(schedule(http(429, 2), policy, () => 0.5)).toEqual([2000, 2000, 2000, 2000, 2000, null, null]);
    expect(retryDelayMs(http(429, 0), 1, policy)).toBe(0);
    expect(retryDelayMs(http(429, 3600), 1, policy)).toBe(10_000);
    expect(retryDelayMs(http(503, 5), 3, policy)).toBe(5000);
  });

  it('the default policy: six sends, a minute at most', () => {
    expect(schedule(http(500), DEFAULT_RETRY_POLICY, () => 1)).toEqual([
      1000,
      2000,
      4000,
      8000,
      16_000,
      null,
      null,
    ]);
    expect(retryDelayMs(http(429, 600), 1, DEFAULT_RETRY_POLICY)).toBe(60_000);
    const long = { ...DEFAULT_RETRY_POLICY, maxAttempts: 100 };
    expect(retryDelayMs(http(500), 90, long, () => 1)).toBe(60_000);
  });

  it('429s and other failures have budgets of their own', () => {
    // A rate limit says when to come back: following it 20 times is safe, where 20 server errors are not.
    const storm = { ...policy, maxAttempts: 2, maxRateLimitWaits: 20 };
    expect(retryDelayMs(http(429, 1), 20, storm)).toBe(1000);
    expect(retryDelayMs(http(429, 1), 21, storm)).toBeNull();
    expect(retryDelayMs(http(503, 1), 1, storm)).toBe(1000);
    expect(retryDelayMs(http(503, 1), 2, storm)).toBeNull();
    expect(retryDelayMs(http(429), 1, { ...policy, maxRateLimitWaits: 0 })).toBeNull();
  });

  it('a policy of one attempt never retries a failure; nonsense retry numbers do not either', () => {
    expect(retryDelayMs(http(503), 1, { ...policy, maxAttempts: 1 })).toBeNull();
    expect(retryDelayMs(http(429), 0, policy)).toBeNull();
    expect(retryDelayMs(http(429), 1.5, policy)).toBeNull();
  });

  it('retries the transient statuses and network failures, nothing else', () => {
    for (const status of [408, 409, 425, 429, 500, 502, 503, 504])
      expect(retryDelayMs(http(status), 1, policy, () => 1)).toBe(1000);
    for (const status of [400, 401, 403, 404, 413, 422, 501])
      expect(retryDelayMs(http(status), 1, policy)).toBeNull();
    const network: RunError = { status: 0, kind: 'network', message: 'Failed to fetch' };
    expect(retryDelayMs(network, 1, policy, () => 1)).toBe(1000);
    // A stream that broke or an answer that could not be read: not a transient HTTP failure.
    expect(retryDelayMs({ status: 200, kind: 'stream', message: 'cut' }, 1, policy)).toBeNull();
    expect(retryDelayMs({ status: 200, kind: 'unreadable', message: '?' }, 1, policy)).toBeNull();
    expect(retryDelayMs({ status: 0, kind: 'aborted', message: 'cancelled' }, 1, policy)).toBeNull();
    expect(retryDelayMs({ status: 0, kind: 'blocked', message: 'mixed content' }, 1, policy)).toBeNull();
    expect(retryDelayMs({ status: 0, kind: 'unexpected', message: 'a bug' }, 1, policy)).toBeNull();
    expect(isTransient({ status: 200, kind: 'network', message: 'lost while reading' })).toBe(false);
  });
});

describe('retryReason', () => {
  it('says what failed, how long the wait is and which attempt comes', () => {
    expect(retryReason(http(429), 2000, 2, 20)).toBe('Rate limited (429): retrying in 2 s, wait 2 of 20');
    expect(retryReason(http(503), 400, 3, 6)).toBe('Server error (503): retrying in 0.4 s, attempt 3 of 6');
    expect(retryReason({ status: 0, kind: 'network', message: '' }, 8000, 4, 6)).toBe(
      'Network error: retrying in 8 s, attempt 4 of 6',
    );
  });
});
