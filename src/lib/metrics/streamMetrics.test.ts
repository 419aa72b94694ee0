import { describe, expect, it } from 'vitest';
import {
  computeStreamMetrics,
  estimateTokens,
  formatDuration,
  formatTokenCount,
  formatTokensPerSecond,
} from './streamMetrics';

describe('computeStreamMetrics', () => {
  it('measures time to first token, total time and generation speed', () => {
    const m = computeStreamMetrics({
      startedAt: 1000,
      firstTokenAt: 1300,
      endedAt: 3300,
      completionTokens: 100,
    });
    expect(m.timeToFirstTokenMs).toBe(300);
    expect(m.totalMs).toBe(2300);
    // 100 tokens over the 2 s from first token to end, not over the 2.3 s total.
    expect(m.tokensPerSecond).toBe(50);
    expect(m.tokensEstimated).toBe(false);
  });

  it('falls back to total time for a single token', () => {
    const m = computeStreamMetrics({ startedAt: 0, firstTokenAt: 400, endedAt: 500, completionTokens: 1 });
    expect(m.tokensPerSecond).toBe(2);
  });

  it('falls back to total time when every token arrived at once', () => {
    const m = computeStreamMetrics({ startedAt: 0, firstTokenAt: 1000, endedAt: 1000, completionTokens: 20 });
    expect(m.tokensPerSecond).toBe(20);
  });

  it('measures a one-shot answer over the whole request, not the gap after its body was read', () => {
    // Body read at 1999.6, run finished at 2000: a "generation window" of 0.4 ms would give 250,000 tok/s.
    const m = computeStreamMetrics({
      startedAt: 0,
      firstTokenAt: 1999.6,
      endedAt: 2000,
      completionTokens: 100,
      oneShot: true,
    });
    expect(m.tokensPerSecond).toBe(50);
    expect(m.totalMs).toBe(2000);
  });

  it('has no rate for zero or unknown tokens', () => {
    expect(
      computeStreamMetrics({ startedAt: 0, firstTokenAt: null, endedAt: 800, completionTokens: 0 })
        .tokensPerSecond,
    ).toBeNull();
    expect(
      computeStreamMetrics({ startedAt: 0, firstTokenAt: 10, endedAt: 800, completionTokens: null })
        .tokensPerSecond,
    ).toBeNull();
  });

  it('leaves unknown or inconsistent intervals null', () => {
    const running = computeStreamMetrics({
      startedAt: 0,
      firstTokenAt: 50,
      endedAt: null,
      completionTokens: 3,
    });
    expect(running.timeToFirstTokenMs).toBe(50);
    expect(running.totalMs).toBeNull();
    expect(running.tokensPerSecond).toBeNull();
    const backwards = computeStreamMetrics({
      startedAt: 100,
      firstTokenAt: 50,
      endedAt: 40,
      completionTokens: 3,
    });
    expect(backwards.timeToFirstTokenMs).toBeNull();
    expect(backwards.totalMs).toBeNull();
    expect(backwards.tokensPerSecond).toBeNull();
  });

  it('passes the estimate flag through', () => {
    const m = computeStreamMetrics({
      startedAt: 0,
      firstTokenAt: 100,
      endedAt: 1100,
      completionTokens: 10,
      tokensEstimated: true,
    });
    expect(m.tokensEstimated).toBe(true);
    expect(m.tokensPerSecond).toBe(10);
  });
});

describe('estimateTokens', () => {
  it('counts about four characters per token', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('a')).toBe(1);
    expect(estimateTokens('abcdefgh')).toBe(2);
    expect(estimateTokens('x'.repeat(400))).toBe(100);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(estimateTokens('🦀🦀🦀🦀🦀🦀🦀🦀')).toBe(2);
  });
});

describe('formatters', () => {
  it('formats durations', () => {
    expect(formatDuration(850.4)).toBe('850 ms');
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(125_000)).toBe('2 m 05 s');
    expect(formatDuration(null)).toBe('—');
  });

  it('formats token rates, marking estimates', () => {
    expect(formatTokensPerSecond(42.345)).toBe('42.3 tok/s');
    expect(formatTokensPerSecond(1234.5)).toBe('1235 tok/s');
    expect(formatTokensPerSecond(42.345, true)).toBe('~42.3 tok/s');
    expect(formatTokensPerSecond(null)).toBe('—');
  });

  it('formats token counts', () => {
    expect(formatTokenCount(1)).toBe('1 token');
    expect(formatTokenCount(1200)).toBe('1,200 tokens');
    expect(formatTokenCount(0)).toBe('0 tokens');
    expect(formatTokenCount(120, true)).toBe('~120 tokens');
    expect(formatTokenCount(null)).toBe('—');
  });
});
