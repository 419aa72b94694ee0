// When to ask after a job next. Oxen suggests every 2–5 s for images and 10–30 s for video: the first look
// comes early (a fast image may be done), later ones spread out, and failures back off further so a struggling
// server is not hammered by every open tab.

import type { MediaKind } from './types';

const SCHEDULE: Readonly<Record<MediaKind, { base: number; cap: number }>> = {
  image: { base: 2_000, cap: 5_000 },
  video: { base: 10_000, cap: 30_000 },
};
const GROWTH = 1.5;
const MAX_BACKOFF_MS = 60_000;
const MAX_RETRY_AFTER_MS = 120_000;

export interface PollDelayOptions {
  /** Consecutive failed polls so far. */
  failures?: number;
  /** What the server asked for (Retry-After), in ms. */
  retryAfterMs?: number;
}

function nonNegative(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Milliseconds to wait before poll number `pollNumber` — the polls made so far, so 0 for the first one.
 * Image: 2 s, ×1.5 per poll, at most 5 s; video: 10 s, ×1.5, at most 30 s. After failed polls the wait doubles
 * from the base per failure up to a minute; a longer Retry-After (up to two minutes) is honoured.
 */
export function pollDelayMs(kind: MediaKind, pollNumber: number, opts: PollDelayOptions = {}): number {
  const { base, cap } = SCHEDULE[kind];
  const n = Math.floor(nonNegative(pollNumber));
  let delay = Math.min(cap, base * GROWTH ** Math.min(n, 64));
  const failures = Math.floor(nonNegative(opts.failures));
  if (failures > 0) delay = Math.max(delay, Math.min(MAX_BACKOFF_MS, base * 2 ** Math.min(failures, 32)));
  const retryAfter = Math.min(MAX_RETRY_AFTER_MS, nonNegative(opts.retryAfterMs));
  return Math.round(Math.max(delay, retryAfter));
}
