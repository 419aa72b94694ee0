// Summary statistics for benchmark samples. Percentiles use the nearest-rank method: the p-th percentile is
// the smallest sample with at least p% of the samples at or below it. With few samples that is conservative
// (the p95 of 7 samples is their maximum), which is what a budget check should be.

export function percentile(samples: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const values = samples.filter(Number.isFinite);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** The middle value, or the mean of the two middle values for an even count. */
export function median(samples: readonly number[]): number {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Summary {
  count: number;
  median: number;
  p95: number;
  max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const values = samples.filter(Number.isFinite);
  return {
    count: values.length,
    median: median(values),
    p95: percentile(values, 95),
    max: values.length > 0 ? Math.max(...values) : Number.NaN,
  };
}

/** How many samples exceed `limit`. */
export function countOver(samples: readonly number[], limit: number): number {
  return samples.filter((v) => v > limit).length;
}
