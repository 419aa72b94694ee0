import { describe, expect, it } from 'vitest';
import { pollDelayMs } from './poll';

describe('pollDelayMs', () => {
  it('images: 2 s first, ×1.5 per poll, capped at 5 s', () => {
    expect([0, 1, 2, 3, 4, 50].map((n) => pollDelayMs('image', n))).toEqual([
      2_000, 3_000, 4_500, 5_000, 5_000, 5_000,
    ]);
  });

  it('video: 10 s first, ×1.5 per poll, capped at 30 s', () => {
    expect([0, 1, 2, 3, 10].map((n) => pollDelayMs('video', n))).toEqual([
      10_000, 15_000, 22_500, 30_000, 30_000,
    ]);
  });

  it('backs off by doubling from the base per consecutive failure, up to a minute', () => {
    expect([1, 2, 3, 4, 5, 100].map((failures) => pollDelayMs('image', 0, { failures }))).toEqual([
      4_000, 8_000, 16_000, 32_000, 60_000, 60_000,
    ]);
    expect(pollDelayMs('video', 0, { failures: 1 })).toBe(20_000);
    expect(pollDelayMs('video', 0, { failures: 3 })).toBe(60_000);
    // The schedule already waits longer than one failure's back-off: the longer wait stands.
    expect(pollDelayMs('video', 5, { failures: 1 })).toBe(30_000);
  });

  it('honours a longer Retry-After up to two minutes, never a shorter one', () => {
    expect(pollDelayMs('image', 0, { retryAfterMs: 7_000 })).toBe(7_000);
    expect(pollDelayMs('image', 3, { retryAfterMs: 1_000 })).toBe(5_000);
    expect(pollDelayMs('image', 0, { retryAfterMs: 86_400_000 })).toBe(120_000);
  });

  it('treats nonsense as zero', () => {
    expect(pollDelayMs('image', -3)).toBe(2_000);
    expect(pollDelayMs('image', Number.NaN, { failures: -1, retryAfterMs: Number.POSITIVE_INFINITY })).toBe(
      2_000,
    );
    expect(pollDelayMs('image', 1.7)).toBe(3_000);
  });
});
