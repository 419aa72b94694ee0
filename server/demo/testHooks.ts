import { oxenErrorResponse } from '../errors.ts';
import type { DemoFaults } from './faults.ts';

// The request faults of X-Demo-Fault: a rate limit answering 429 with Retry-After, and a 500 every Nth request,
// for testing a client's retries offline. They keep state (who was let through when, how many came), so they
// live in one object per server instance (demoRoutes makes it), one limiter and one counter per N: two test
// suites using different numbers do not share a budget.
const WINDOW_MS = 1000;

/** At most `limit` admissions in any rolling window of `windowMs`; refused requests take no slot. */
export class RollingLimiter {
  private readonly admitted: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs = WINDOW_MS,
  ) {}

  admit(now: number): boolean {
    while (this.admitted.length > 0 && (this.admitted[0] ?? 0) <= now - this.windowMs) this.admitted.shift();
    if (this.admitted.length >= this.limit) return false;
    this.admitted.push(now);
    return true;
  }
}

export interface TestHooks {
  /** The error response for a request carrying request faults, or undefined to serve it normally. The rate
   * limit is applied first; only requests it lets through are counted towards error-500-every. */
  refusal(faults: DemoFaults | undefined): Response | undefined;
}

export function createTestHooks(now: () => number = () => performance.now()): TestHooks {
  const limiters = new Map<number, RollingLimiter>();
  const counters = new Map<number, number>();
  return {
    refusal(faults) {
      const limit = faults?.rateLimit;
      if (limit) {
        let limiter = limiters.get(limit.perSecond);
        if (!limiter) {
          limiter = new RollingLimiter(limit.perSecond);
          limiters.set(limit.perSecond, limiter);
        }
        if (!limiter.admit(now())) {
          return oxenErrorResponse(
            429,
            `Rate limit reached: the limit is ${limit.perSecond} per second (X-Demo-Fault rate-limit)`,
            { 'Retry-After': String(limit.retryAfter) },
          );
        }
      }
      const every = faults?.error500Every;
      if (every) {
        const count = (counters.get(every) ?? 0) + 1;
        counters.set(every, count);
        if (count % every === 0) {
          return oxenErrorResponse(
            500,
            `Demo fault: request ${count} failed (X-Demo-Fault error-500-every=${every})`,
          );
        }
      }
      return undefined;
    },
  };
}
