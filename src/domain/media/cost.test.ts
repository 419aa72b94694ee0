import { describe, expect, it } from 'vitest';
import type { MediaRequest, ModelPricing } from '@/lib/api';
import { estimateCost, jobCost, NO_PRICE, outputCount } from './cost';
import { newJob } from './job';
import type { MediaJob } from './types';

const PIXEL: ModelPricing = { method: 'per_image', cost_per_image: 0.04 };
const CLIP: ModelPricing = {
  method: 'per_video_output_second',
  cost_per_second: 0.1,
  cost_per_second_high_res: 0.2,
  cost_per_second_with_audio: 0.15,
};
const req = (params: Record<string, MediaRequest[string]> = {}): MediaRequest => ({
  model: 'm',
  prompt: 'p',
  ...params,
});

describe('outputCount', () => {
  it('reads the first count parameter a schema uses', () => {
    expect(outputCount(req())).toBe(1);
    expect(outputCount(req({ num_images: 3 }))).toBe(3);
    expect(outputCount(req({ num_outputs: 2 }))).toBe(2);
    expect(outputCount(req({ n: 4 }))).toBe(4);
    expect(outputCount(req({ num_generations: 2 }))).toBe(2);
    expect(outputCount(req({ batch_size: 5 }))).toBe(5);
  });

  it('clamps to an integer from 1 to 16', () => {
    expect(outputCount(req({ num_images: -4 }))).toBe(1);
    expect(outputCount(req({ num_images: 0 }))).toBe(1);
    expect(outputCount(req({ num_images: 1e9 }))).toBe(16);
    expect(outputCount(req({ num_images: 2.7 }))).toBe(2);
    expect(outputCount(req({ num_images: null }))).toBe(1);
    expect(outputCount(req({ num_images: { x: 1 } }))).toBe(1);
  });

  it('does not read counts from the prototype', () => {
    const hostile = JSON.parse('{"model":"m","__proto__":{"num_images":9}}') as MediaRequest;
    expect(outputCount(hostile)).toBe(1);
  });
});

describe('estimateCost', () => {
  it('per image: count × price, with the maths', () => {
    expect(estimateCost(PIXEL, req({ num_images: 2 }), 'image')).toEqual({
      total: 0.08,
      text: '2 images × $0.04 = $0.08',
    });
    expect(estimateCost(PIXEL, req(), 'image')).toEqual({ total: 0.04, text: '1 image × $0.04 = $0.04' });
    expect(
      estimateCost({ method: 'per_image', cost_per_image: 0.1 }, req({ num_images: 3 }), 'image').total,
    ).toBe(0.3);
    expect(estimateCost(PIXEL, req({ num_images: 1e6 }), 'image').total).toBe(0.64);
  });

  it('per video second: duration × rate × count, the default duration 5 s', () => {
    expect(estimateCost(CLIP, req(), 'video')).toEqual({ total: 0.5, text: '5 s × $0.10/s = $0.50' });
    expect(estimateCost(CLIP, req({ duration: 10, num_generations: 2 }), 'video')).toEqual({
      total: 2,
      text: '2 videos × 10 s × $0.10/s = $2.00',
    });
    expect(estimateCost(CLIP, req({ duration_seconds: 8 }), 'video').total).toBe(0.8);
    expect(estimateCost(CLIP, req({ seconds: '6' }), 'video').total).toBeCloseTo(0.6);
    expect(estimateCost(CLIP, req({ duration: '10s' }), 'video').total).toBe(1);
  });

  it('per video second: audio beats high resolution, each only when priced', () => {
    expect(estimateCost(CLIP, req({ generate_audio: true, resolution: '1080p' }), 'video')).toEqual({
      total: 0.75,
      text: '5 s × $0.15/s with audio = $0.75',
    });
    expect(estimateCost(CLIP, req({ resolution: '1080p' }), 'video')).toEqual({
      total: 1,
      text: '5 s × $0.20/s high-res = $1.00',
    });
    expect(estimateCost(CLIP, req({ resolution: '4K' }), 'video').total).toBe(1);
    expect(estimateCost(CLIP, req({ high_res: true }), 'video').total).toBe(1);
    expect(estimateCost(CLIP, req({ resolution: '720p' }), 'video').total).toBe(0.5);
    const plain: ModelPricing = { method: 'per_video_output_second', cost_per_second: 0.1 };
    expect(estimateCost(plain, req({ generate_audio: true, resolution: '1080p' }), 'video').total).toBe(0.5);
  });

  it('per video second: nonsense durations fall back or are bounded', () => {
    expect(estimateCost(CLIP, req({ duration: -5 }), 'video').total).toBe(0.5);
    expect(estimateCost(CLIP, req({ duration: 'forever' }), 'video').total).toBe(0.5);
    expect(estimateCost(CLIP, req({ duration: 1e12 }), 'video').total).toBe(360);
  });

  it('time: no total beforehand, the rate in words', () => {
    expect(estimateCost({ method: 'time', cost_per_second: 0.001 }, req(), 'image')).toEqual({
      total: null,
      text: 'Billed by compute time at $0.001/s; known when the job ends',
    });
    expect(estimateCost({ method: 'time' }, req(), 'video').total).toBeNull();
  });

  it('token, unknown or missing pricing: no price', () => {
    const none = { total: null, text: NO_PRICE };
    expect(estimateCost(null, req(), 'image')).toEqual(none);
    expect(estimateCost(undefined, req(), 'image')).toEqual(none);
    expect(estimateCost({ method: 'token', input_cost_per_token: 1e-6 }, req(), 'image')).toEqual(none);
    expect(estimateCost({ method: 'per_pixel' }, req(), 'image')).toEqual(none);
    expect(estimateCost({ method: 'per_image', cost_per_image: null }, req(), 'image')).toEqual(none);
    expect(estimateCost({ method: 'per_image', cost_per_image: -1 }, req(), 'image')).toEqual(none);
    expect(estimateCost({ method: 'per_video_output_second' }, req(), 'video')).toEqual(none);
  });

  it('infers the method from the prices when the server left it out', () => {
    expect(estimateCost({ cost_per_image: 0.01 }, req({ num_images: 2 }), 'image').total).toBe(0.02);
    expect(estimateCost({ cost_per_second: 0.1 }, req(), 'video').total).toBe(0.5);
    expect(estimateCost({}, req(), 'image').total).toBeNull();
  });
});

function finished(
  pricing: ModelPricing | null,
  request: MediaRequest,
  changes: Partial<MediaJob> = {},
): MediaJob {
  const job = newJob({
    id: 'j',
    target: 'pane:p',
    kind: pricing?.method === 'per_image' ? 'image' : 'video',
    request,
    provider: 'demo',
    baseUrl: '/demo/api/ai',
    pricing,
    at: 0,
  });
  return { ...job, status: 'succeeded', ...changes };
}

const out = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ kind: 'image' as const, url: `https://a/${i}.png` }));

describe('jobCost', () => {
  it('per image: the outputs actually returned', () => {
    expect(jobCost(finished(PIXEL, req({ num_images: 4 }), { outputs: out(3) }))).toBe(0.12);
  });

  it('per video second: as estimated', () => {
    expect(jobCost(finished(CLIP, req({ duration: 10 }), { outputs: out(1) }))).toBe(1);
  });

  it('time: the server’s compute seconds, else the page’s', () => {
    const time: ModelPricing = { method: 'time', cost_per_second: 0.01 };
    expect(
      jobCost(
        finished(time, req(), {
          serverStartedAt: 1_000,
          serverCompletedAt: 5_000,
          startedAt: 0,
          endedAt: 9_000,
        }),
      ),
    ).toBe(0.04);
    expect(jobCost(finished(time, req(), { startedAt: 1_000, endedAt: 3_000 }))).toBe(0.02);
    expect(jobCost(finished(time, req()))).toBeNull();
    expect(jobCost(finished(time, req(), { serverStartedAt: 5_000, serverCompletedAt: 1_000 }))).toBeNull();
  });

  it('is null for jobs that did not succeed or have no price', () => {
    expect(jobCost(finished(PIXEL, req(), { status: 'failed', outputs: [] }))).toBeNull();
    expect(jobCost(finished(PIXEL, req(), { status: 'processing' }))).toBeNull();
    expect(jobCost(finished(null, req(), { outputs: out(1) }))).toBeNull();
    expect(jobCost(finished({ method: 'token' }, req(), { outputs: out(1) }))).toBeNull();
  });
});
