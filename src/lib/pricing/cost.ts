// What a request cost, from the model's per-token prices and the usage the server reported. Prices are in
// dollars per token (Oxen's pricing fields); people read them per million tokens.
import type { ModelPricing, Usage } from '@/lib/api';

export interface UsageCost {
  /** All prompt tokens, the cached ones at the cached price when there is one. */
  input: number;
  output: number;
  total: number;
  /** Prompt tokens priced at `cached_input_cost_per_token` (0 when the usage or the pricing has none). */
  cachedTokens: number;
}

/** Dollars for `usage` at `pricing`; null when either is unknown or the model is not priced per token
 * (a guess would be worse than nothing on a cost display). Cached prompt tokens (`usage.cached_tokens`, part of
 * `prompt_tokens` as OpenAI and DeepSeek count them) cost the cached price when the pricing has one. */
export function costOfUsage(
  pricing: ModelPricing | null | undefined,
  usage: Usage | undefined,
): UsageCost | null {
  if (!pricing || !usage) return null;
  if (pricing.method !== undefined && pricing.method !== 'token') return null;
  const inPrice = pricing.input_cost_per_token;
  const outPrice = pricing.output_cost_per_token;
  if (!isPrice(inPrice) || !isPrice(outPrice)) return null;
  if (!isCount(usage.prompt_tokens) || !isCount(usage.completion_tokens)) return null;
  const cachedPrice = pricing.cached_input_cost_per_token;
  const reported = usage.cached_tokens;
  const cachedTokens =
    isPrice(cachedPrice) && reported !== undefined && isCount(reported)
      ? Math.min(reported, usage.prompt_tokens)
      : 0;
  const input =
    (usage.prompt_tokens - cachedTokens) * inPrice +
    (cachedTokens > 0 ? cachedTokens * (cachedPrice ?? 0) : 0);
  const output = usage.completion_tokens * outPrice;
  return { input, output, total: input + output, cachedTokens };
}

/** Price per million tokens. Rounded to 12 significant digits so 3e-6 shows as 3, not 2.9999999999999996. */
export function perMillion(perToken: number | null | undefined): number | null {
  if (!isPrice(perToken)) return null;
  return Number((perToken * 1_000_000).toPrecision(12));
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/**
 * Dollars for display: cents for $1 and up ("$1,234.57"), and three significant digits below that so a
 * single request's cost stays visible ("$0.000123", "$0.0123", "$0.50").
 */
export function formatUsd(dollars: number): string {
  if (!Number.isFinite(dollars)) return '—';
  if (dollars === 0) return '$0.00';
  const sign = dollars < 0 ? '-' : '';
  const abs = Math.abs(dollars);
  if (abs >= 1) return sign + usd.format(abs);
  // Below a millionth of a cent nobody needs the digits; say it is tiny instead of printing twelve zeros.
  if (abs < 1e-8) return `${sign === '-' ? '>-' : '<'}$0.00000001`;
  const decimals = Math.max(2, Math.ceil(-Math.log10(abs)) + 2);
  const fixed = abs.toFixed(decimals);
  // toFixed pads with zeros ("0.500"); keep at least cents.
  const trimmed = fixed.replace(/0+$/, '').replace(/\.(\d)?$/, (_, d: string | undefined) => `.${d ?? '0'}0`);
  return `${sign}$${trimmed}`;
}

function isPrice(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isCount(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}
