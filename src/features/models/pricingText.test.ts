import { describe, expect, it } from 'vitest';
import { mediaPricingText } from './pricingText';

describe('mediaPricingText', () => {
  it('says the price of an image', () => {
    expect(mediaPricingText({ method: 'per_image', cost_per_image: 0.04 })).toBe('$0.04 per image');
    expect(mediaPricingText({ method: 'per_image' })).toBe('per image');
  });
  it('says the price of a video second with its variants', () => {
    expect(
      mediaPricingText({
        method: 'per_video_output_second',
        cost_per_second: 0.1,
        cost_per_second_high_res: 0.2,
        cost_per_second_with_audio: 0.15,
      }),
    ).toBe('$0.10 per output second (1080p $0.20, with audio $0.15)');
    expect(mediaPricingText({ method: 'per_video_output_second', cost_per_second: 0.1 })).toBe(
      '$0.10 per output second',
    );
  });
  it('says compute time is billed, with the rate when known', () => {
    expect(mediaPricingText({ method: 'time' })).toBe('billed by compute time');
    expect(mediaPricingText({ method: 'time', cost_per_second: 0.001 })).toBe(
      'billed by compute time ($0.001 per second)',
    );
  });
  it('leaves token pricing to the card', () => {
    expect(mediaPricingText({ method: 'token', input_cost_per_token: 1e-6 })).toBeNull();
    expect(mediaPricingText(null)).toBeNull();
  });
});
