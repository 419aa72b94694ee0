import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelPricing, Usage } from '@/lib/api';
import { costOfUsage, formatUsd, perMillion } from './cost';

// Claude Sonnet 4 demo pricing: $3 / $15 per million tokens.
const SONNET: ModelPricing = {
  method: 'token',
  input_cost_per_token: 0.000003,
  output_cost_per_token: 0.000015,
};
const usage = (prompt: number, completion: number): Usage => ({
  prompt_tokens: prompt,
  completion_tokens: completion,
  total_tokens: prompt + completion,
});

describe('costOfUsage', () => {
  it('prices input and output tokens separately', () => {
    const cost = costOfUsage(SONNET, usage(1000, 500));
    expect(cost?.input).toBeCloseTo(0.003, 12);
    expect(cost?.output).toBeCloseTo(0.0075, 12);
    expect(cost?.total).toBeCloseTo(0.0105, 12);
  });

  it('prices cached prompt tokens at the cached price when the pricing has one', () => {
    const cachedPricing = { ...SONNET, cached_input_cost_per_token: 0.0000003 };
    const cost = costOfUsage(cachedPricing, { ...usage(1000, 0), cached_tokens: 400 });
    // 600 uncached at $3/M and 400 cached at $0.30/M.
    expect(cost?.input).toBeCloseTo(600 * 0.000003 + 400 * 0.0000003, 12);
    expect(cost?.cachedTokens).toBe(400);
    // No cached price: every prompt token at the full price.
    expect(costOfUsage(SONNET, { ...usage(1000, 0), cached_tokens: 400 })).toMatchObject({ cachedTokens: 0 });
    expect(costOfUsage(SONNET, { ...usage(1000, 0), cached_tokens: 400 })?.input).toBeCloseTo(0.003, 12);
    // Cached tokens not reported: full price; more cached than prompt tokens (a server's slip): capped.
    expect(costOfUsage(cachedPricing, usage(1000, 0))?.input).toBeCloseTo(0.003, 12);
    expect(costOfUsage(cachedPricing, { ...usage(10, 0), cached_tokens: 50 })?.cachedTokens).toBe(10);
    expect(
      costOfUsage({ ...SONNET, cached_input_cost_per_token: null }, { ...usage(10, 0), cached_tokens: 5 })
        ?.input,
    ).toBeCloseTo(0.00003, 12);
  });

  it('is zero for zero tokens', () => {
    expect(costOfUsage(SONNET, usage(0, 0))).toEqual({ input: 0, output: 0, total: 0, cachedTokens: 0 });
  });

  it('works without a method field', () => {
    const { method: _ignored, ...noMethod } = SONNET;
    expect(costOfUsage(noMethod, usage(1_000_000, 0))?.total).toBeCloseTo(3, 9);
  });

  it('is null when pricing or usage is unknown', () => {
    expect(costOfUsage(null, usage(1, 1))).toBeNull();
    expect(costOfUsage(undefined, usage(1, 1))).toBeNull();
    expect(costOfUsage(SONNET, undefined)).toBeNull();
    expect(
      costOfUsage({ method: 'token', input_cost_per_token: null, output_cost_per_token: 1e-6 }, usage(1, 1)),
    ).toBeNull();
    expect(costOfUsage({ input_cost_per_token: 1e-6 }, usage(1, 1))).toBeNull();
  });

  it('is null for models not priced per token', () => {
    expect(costOfUsage({ ...SONNET, method: 'per_image', cost_per_image: 0.04 }, usage(10, 10))).toBeNull();
  });

  it('adds up for any usage', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), (prompt, completion) => {
        const cost = costOfUsage(SONNET, usage(prompt, completion));
        expect(cost).not.toBeNull();
        if (!cost) return;
        expect(cost.total).toBeCloseTo(cost.input + cost.output, 9);
        expect(cost.total).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('perMillion', () => {
  it('converts per-token dollars to per-million without float noise', () => {
    expect(perMillion(0.000003)).toBe(3);
    expect(perMillion(0.000015)).toBe(15);
    expect(perMillion(1.5e-7)).toBe(0.15);
    expect(perMillion(0)).toBe(0);
  });

  it('is null for unknown prices', () => {
    expect(perMillion(null)).toBeNull();
    expect(perMillion(undefined)).toBeNull();
    expect(perMillion(Number.NaN)).toBeNull();
  });
});

describe('formatUsd', () => {
  it('shows cents for a dollar and more', () => {
    expect(formatUsd(1.234)).toBe('$1.23');
    expect(formatUsd(1)).toBe('$1.00');
    expect(formatUsd(1234.567)).toBe('$1,234.57');
  });

  it('shows three significant digits for small amounts', () => {
    expect(formatUsd(0.000123)).toBe('$0.000123');
    expect(formatUsd(0.00012345)).toBe('$0.000123');
    expect(formatUsd(0.0105)).toBe('$0.0105');
    expect(formatUsd(0.01)).toBe('$0.01');
    expect(formatUsd(0.5)).toBe('$0.50');
    expect(formatUsd(0.123)).toBe('$0.123');
    expect(formatUsd(0.99999)).toBe('$1.00');
  });

  it('handles zero, negatives, dust and nonsense', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(-0.5)).toBe('-$0.50');
    expect(formatUsd(1e-12)).toBe('<$0.00000001');
    expect(formatUsd(Number.NaN)).toBe('—');
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('never prints an exponent or loses the leading digit', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-8, max: 1e6, noNaN: true }), (dollars) => {
        const text = formatUsd(dollars);
        expect(text).toMatch(/^\$[\d,]+\.\d{2,}$/);
        expect(text).not.toMatch(/e/i);
        // Within 1% (or a cent above $1) of the true value.
        const shown = Number(text.replace(/[$,]/g, ''));
        const tolerance = dollars >= 1 ? 0.005 : dollars * 0.01;
        expect(Math.abs(shown - dollars)).toBeLessThanOrEqual(tolerance + 1e-12);
      }),
    );
  });
});
