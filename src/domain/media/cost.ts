// What a generation will cost before Generate is pressed, and what it cost once it ended. Media models are
// priced per image or per second of video (more with audio or at high resolution); `time` is billed by compute
// seconds, known only afterwards. The text shows the maths, so a surprising total can be checked by eye.

import type { JsonValue, MediaRequest, ModelPricing } from '@/lib/api';
import { formatUsd } from '@/lib/pricing';
import type { MediaJob, MediaKind } from './types';

export interface CostEstimate {
  /** USD; null when it cannot be known beforehand (no price, or billed by time). */
  total: number | null;
  text: string;
}

const COUNT_PARAMS = ['num_images', 'num_outputs', 'n', 'num_generations', 'batch_size'] as const;
const DURATION_PARAMS = ['duration', 'duration_seconds', 'seconds'] as const;
const MAX_OUTPUTS = 16;
const DEFAULT_DURATION_S = 5;
/** No generator makes an hour of video in one request; a larger value is a typo, not a price to show. */
const MAX_DURATION_S = 3_600;
export const NO_PRICE = 'No price published for this model';

function param(request: MediaRequest, key: string): JsonValue | undefined {
  return Object.hasOwn(request, key) ? request[key] : undefined;
}

function numeric(value: JsonValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  // Some schemas make duration a string enum ("5", "10s").
  if (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*s?\s*$/i.test(value)) return Number.parseFloat(value);
  return undefined;
}

function price(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** How many files the request asks for: the first count parameter present, as an integer from 1 to 16. */
export function outputCount(request: MediaRequest): number {
  for (const key of COUNT_PARAMS) {
    const value = numeric(param(request, key));
    if (value !== undefined) return Math.min(MAX_OUTPUTS, Math.max(1, Math.floor(value)));
  }
  return 1;
}

function durationOf(request: MediaRequest): number {
  for (const key of DURATION_PARAMS) {
    const value = numeric(param(request, key));
    if (value !== undefined && value > 0) return Math.min(MAX_DURATION_S, value);
  }
  return DEFAULT_DURATION_S;
}

function isHighRes(request: MediaRequest): boolean {
  if (param(request, 'high_res') === true) return true;
  const resolution = param(request, 'resolution');
  if (typeof resolution !== 'string') return false;
  if (/\b[248]k\b|uhd/i.test(resolution)) return true;
  const lines = /(\d{3,4})p/i.exec(resolution)?.[1];
  return lines !== undefined && Number(lines) >= 1080;
}

type Method = 'per_image' | 'per_video_output_second' | 'time' | 'none';

/** The pricing method; when a server left it out, the prices it did give say which. */
function methodOf(pricing: ModelPricing | null | undefined, kind: MediaKind): Method {
  if (!pricing) return 'none';
  const { method } = pricing;
  if (method === 'per_image' || method === 'per_video_output_second' || method === 'time') return method;
  if (method !== undefined) return 'none';
  if (kind === 'image' && price(pricing.cost_per_image) !== undefined) return 'per_image';
  if (kind === 'video' && price(pricing.cost_per_second) !== undefined) return 'per_video_output_second';
  return 'none';
}

/** Sums in USD lose nothing a user sees, but 3 × 0.1 should not read 0.30000000000000004 anywhere. */
function round(dollars: number): number {
  return Math.round(dollars * 1e10) / 1e10;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

interface VideoRate {
  rate: number;
  label: string;
}

function videoRate(pricing: ModelPricing, request: MediaRequest): VideoRate | undefined {
  const audio = param(request, 'generate_audio') === true || param(request, 'audio') === true;
  const withAudio = price(pricing.cost_per_second_with_audio);
  if (audio && withAudio !== undefined) return { rate: withAudio, label: ' with audio' };
  const highRes = price(pricing.cost_per_second_high_res);
  if (isHighRes(request) && highRes !== undefined) return { rate: highRes, label: ' high-res' };
  const rate = price(pricing.cost_per_second);
  return rate === undefined ? undefined : { rate, label: '' };
}

function videoEstimate(pricing: ModelPricing, request: MediaRequest): CostEstimate {
  const rate = videoRate(pricing, request);
  if (!rate) return { total: null, text: NO_PRICE };
  const count = outputCount(request);
  const seconds = durationOf(request);
  const total = round(count * seconds * rate.rate);
  const videos = count === 1 ? '' : `${plural(count, 'video', 'videos')} × `;
  return {
    total,
    text: `${videos}${seconds} s × ${formatUsd(rate.rate)}/s${rate.label} = ${formatUsd(total)}`,
  };
}

export function estimateCost(
  pricing: ModelPricing | null | undefined,
  request: MediaRequest,
  kind: MediaKind,
): CostEstimate {
  const method = methodOf(pricing, kind);
  if (!pricing || method === 'none') return { total: null, text: NO_PRICE };
  if (method === 'per_image') {
    const each = price(pricing.cost_per_image);
    if (each === undefined) return { total: null, text: NO_PRICE };
    const count = outputCount(request);
    const total = round(count * each);
    return { total, text: `${plural(count, 'image', 'images')} × ${formatUsd(each)} = ${formatUsd(total)}` };
  }
  if (method === 'per_video_output_second') return videoEstimate(pricing, request);
  const rate = price(pricing.cost_per_second);
  return {
    total: null,
    text:
      rate === undefined
        ? 'Billed by compute time (no rate published); known when the job ends'
        : `Billed by compute time at ${formatUsd(rate)}/s; known when the job ends`,
  };
}

/** What a succeeded job cost: images as returned, video as estimated, compute time as the server measured it
 * (or, failing its timestamps, as the page saw it). Null for any other job, or without a price. */
export function jobCost(job: MediaJob): number | null {
  if (job.status !== 'succeeded') return null;
  const { pricing } = job;
  const method = methodOf(pricing, job.kind);
  if (!pricing || method === 'none') return null;
  if (method === 'per_image') {
    const each = price(pricing.cost_per_image);
    return each === undefined ? null : round(job.outputs.length * each);
  }
  if (method === 'per_video_output_second') return videoEstimate(pricing, job.request).total;
  const rate = price(pricing.cost_per_second);
  if (rate === undefined) return null;
  const server =
    job.serverStartedAt !== undefined && job.serverCompletedAt !== undefined
      ? job.serverCompletedAt - job.serverStartedAt
      : undefined;
  const local =
    job.startedAt !== undefined && job.endedAt !== undefined ? job.endedAt - job.startedAt : undefined;
  const ms = server ?? local;
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return null;
  return round((ms / 1000) * rate);
}
