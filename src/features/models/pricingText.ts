// What a model costs, in words, for its card. Media models are not priced per token: Oxen names a `method`
// (per image, per output second of video, or compute time) and the prices that method uses.

import type { ModelPricing } from '@/lib/api';
import { formatUsd } from '@/lib/pricing';

function isPrice(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** The pricing of a media method as one line, or null for token pricing (the card's own row) or none. */
export function mediaPricingText(pricing: ModelPricing | null | undefined): string | null {
  if (!pricing) return null;
  switch (pricing.method) {
    case 'per_image':
      return isPrice(pricing.cost_per_image) ? `${formatUsd(pricing.cost_per_image)} per image` : 'per image';
    case 'per_video_output_second': {
      if (!isPrice(pricing.cost_per_second)) return 'per output second';
      const extras = [
        isPrice(pricing.cost_per_second_high_res)
          ? `1080p ${formatUsd(pricing.cost_per_second_high_res)}`
          : null,
        isPrice(pricing.cost_per_second_with_audio)
          ? `with audio ${formatUsd(pricing.cost_per_second_with_audio)}`
          : null,
      ].filter((part): part is string => part !== null);
      const base = `${formatUsd(pricing.cost_per_second)} per output second`;
      return extras.length > 0 ? `${base} (${extras.join(', ')})` : base;
    }
    case 'time':
      return isPrice(pricing.cost_per_second)
        ? `billed by compute time (${formatUsd(pricing.cost_per_second)} per second)`
        : 'billed by compute time';
    default:
      return null;
  }
}
