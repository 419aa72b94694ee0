import { describe, expect, it } from 'vitest';
import { countOver, median, percentile, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  it('picks the smallest sample with p% at or below it', () => {
    const samples = [15, 20, 35, 40, 50];
    expect(percentile(samples, 5)).toBe(15);
    expect(percentile(samples, 30)).toBe(20);
    expect(percentile(samples, 40)).toBe(20);
    expect(percentile(samples, 50)).toBe(35);
    expect(percentile(samples, 100)).toBe(50);
  });

  it('does not depend on input order and does not reorder the input', () => {
    const samples = [9, 1, 5, 3, 7];
    expect(percentile(samples, 60)).toBe(5);
    expect(samples).toEqual([9, 1, 5, 3, 7]);
  });

  it('is the maximum for p95 of a handful of samples, and the 95th of a hundred', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 70], 95)).toBe(70);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('ignores non-finite samples and is NaN without samples', () => {
    expect(percentile([Number.NaN, 4, Number.POSITIVE_INFINITY, 2], 100)).toBe(4);
    expect(percentile([], 50)).toBeNaN();
  });

  it('rejects a percentile outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('median and summary', () => {
  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });

  it('summarises count, median, p95, max and counts values over a limit', () => {
    const samples = [3, 1, 2, 40, 5];
    expect(summarize(samples)).toEqual({ count: 5, median: 3, p95: 40, max: 40 });
    expect(countOver(samples, 16.7)).toBe(1);
    expect(countOver(samples, 40)).toBe(0);
  });
});
