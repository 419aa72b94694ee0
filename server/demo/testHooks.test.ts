import { describe, expect, it } from 'vitest';
import { parseFault } from './faults.ts';
import { createTestHooks, RollingLimiter } from './testHooks.ts';

describe('parseFault: request faults', () => {
  it('reads rate-limit with a default or given Retry-After, and error-500-every', () => {
    expect(parseFault('rate-limit=3')?.rateLimit).toEqual({ perSecond: 3, retryAfter: 1 });
    expect(parseFault('retry-after=7, rate-limit = 2')?.rateLimit).toEqual({ perSecond: 2, retryAfter: 7 });
    expect(parseFault('error-500-every=4')?.error500Every).toBe(4);
    const both = parseFault('rate-limit=5, error-500-every=2, cut-after=3');
    expect(both).toMatchObject({ rateLimit: { perSecond: 5 }, error500Every: 2, stream: { tokens: 3 } });
  });

  it('ignores what it cannot use', () => {
    expect(parseFault('retry-after=3')).toBeUndefined();
    expect(parseFault('error-500-every=0')).toBeUndefined();
    expect(parseFault('rate-limit=-1')).toBeUndefined();
    expect(parseFault('rate-limit=many')).toBeUndefined();
  });
});

describe('RollingLimiter', () => {
  it('admits at most N in any rolling second; refusals take no slot', () => {
    const limiter = new RollingLimiter(2);
    const admitted = [0, 10, 20, 999, 1000, 1005, 1010, 1011, 2009].map((t) => limiter.admit(t));
    expect(admitted).toEqual([true, true, false, false, true, false, true, false, true]);
    expect(limiter.admit(2010)).toBe(true);
  });
});

describe('createTestHooks', () => {
  it('serves requests without request faults', () => {
    const hooks = createTestHooks(() => 0);
    expect(hooks.refusal(undefined)).toBeUndefined();
    expect(hooks.refusal(parseFault('cut-after=2'))).toBeUndefined();
  });

  it('answers 429 with Retry-After and an Oxen-style body beyond the limit', async () => {
    const hooks = createTestHooks(() => 0);
    const fault = parseFault('rate-limit=1, retry-after=4');
    expect(hooks.refusal(fault)).toBeUndefined();
    const refused = hooks.refusal(fault);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('Retry-After')).toBe('4');
    expect(await refused?.json()).toMatchObject({
      error: {
        title: 'Too Many Requests',
        code: 'rate_limit_exceeded',
        message: expect.stringMatching(/limit is 1 per second/),
      },
      status: 'error',
    });
  });

  it('keeps one limiter per N', () => {
    const hooks = createTestHooks(() => 0);
    expect(hooks.refusal(parseFault('rate-limit=1'))).toBeUndefined();
    expect(hooks.refusal(parseFault('rate-limit=2'))).toBeUndefined();
    expect(hooks.refusal(parseFault('rate-limit=1'))?.status).toBe(429);
    expect(hooks.refusal(parseFault('rate-limit=2'))).toBeUndefined();
    expect(hooks.refusal(parseFault('rate-limit=2'))?.status).toBe(429);
  });

  it('fails exactly every Nth request, counting per N and only what the limiter let through', () => {
    const hooks = createTestHooks(() => 0);
    const every3 = parseFault('error-500-every=3');
    const statuses = Array.from({ length: 7 }, () => hooks.refusal(every3)?.status ?? 200);
    expect(statuses).toEqual([200, 200, 500, 200, 200, 500, 200]);
    expect(hooks.refusal(parseFault('error-500-every=2'))).toBeUndefined();
    expect(hooks.refusal(parseFault('error-500-every=2'))?.status).toBe(500);

    const limited = createTestHooks(() => 0);
    const fault = parseFault('rate-limit=2, error-500-every=2');
    expect([1, 2, 3, 4].map(() => limited.refusal(fault)?.status ?? 200)).toEqual([200, 500, 429, 429]);
  });
});
