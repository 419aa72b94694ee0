// The demo's in-memory generation queue. A job's status is worked out from the clock when asked (queued for
// the first third of its delay, then processing, then its outcome), so no timers run and a test can drive it
// with an injected clock. The outcome is fixed at submit: what the model will refuse is known then.
import { randomUUID } from 'node:crypto';
import type { DemoModel } from '../models.ts';
import type { MediaFault } from './faults.ts';
import type { MediaEndpoint } from './validate.ts';

export type QueueStatus = 'queued' | 'processing' | 'succeeded' | 'failed' | 'cancelled';

type Outcome = { status: 'succeeded' } | { status: 'failed'; message: string } | { status: 'stuck' };

export interface QueuedJob {
  id: string;
  model: DemoModel;
  endpoint: MediaEndpoint;
  params: Record<string, unknown>;
  createdAt: number;
  delayMs: number;
  outcome: Outcome;
  /** When the result links stop working, epoch seconds. */
  expiresAt: number;
  cancelledAt?: number;
}

export interface JobState {
  status: QueueStatus;
  startedAt: number | null;
  completedAt: number | null;
  errorMessage: string | null;
}

export interface QueueOptions {
  /** Epoch ms. */
  now?: () => number;
  newId?: () => string;
  /** Jobs kept at most; the oldest finished one goes first. */
  maxJobs?: number;
  linkLifetimeMs?: number;
}

export interface Submission {
  model: DemoModel;
  endpoint: MediaEndpoint;
  params: Record<string, unknown>;
  delayMs: number;
  faults: ReadonlySet<MediaFault>;
}

export type CancelResult =
  | { result: 'cancelled'; job: QueuedJob }
  | { result: 'final'; job: QueuedJob }
  | { result: 'unknown' };

export const DEFAULT_IMAGE_DELAY_MS = 1500;
export const DEFAULT_VIDEO_DELAY_MS = 4000;
const MAX_JOBS = 1000;
const LINK_LIFETIME_MS = 60 * 60 * 1000;

/** What the model refuses only once it runs: the schema allows 21:9, pixel-art-demo cannot draw it. */
function rejection(model: DemoModel, params: Record<string, unknown>): string | undefined {
  if (model.id === 'pixel-art-demo' && params.aspect_ratio === '21:9') {
    return 'invalid_params: aspect_ratio 21:9 is not supported by pixel-art-demo at this resolution';
  }
  return undefined;
}

function outcomeOf(submission: Submission): Outcome {
  if (submission.faults.has('media-stuck')) return { status: 'stuck' };
  if (submission.faults.has('media-failed')) {
    return { status: 'failed', message: 'unknown_error: the demo was asked to fail this job' };
  }
  const refused = rejection(submission.model, submission.params);
  return refused ? { status: 'failed', message: refused } : { status: 'succeeded' };
}

/** How many files a job makes: num_images for image models, num_generations for video ones. */
export function outputCountOf(job: QueuedJob): number {
  const n = job.endpoint === '/videos/generate' ? job.params.num_generations : job.params.num_images;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? Math.min(n, 4) : 1;
}

export class MediaQueue {
  private readonly jobs = new Map<string, QueuedJob>();
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly maxJobs: number;
  private readonly linkLifetimeMs: number;

  constructor(opts: QueueOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.newId = opts.newId ?? (() => `gen-${randomUUID()}`);
    this.maxJobs = opts.maxJobs ?? MAX_JOBS;
    this.linkLifetimeMs = opts.linkLifetimeMs ?? LINK_LIFETIME_MS;
  }

  get size(): number {
    return this.jobs.size;
  }

  submit(submission: Submission): QueuedJob {
    const createdAt = this.now();
    const finishesAt = createdAt + submission.delayMs;
    const expiresAt = submission.faults.has('media-expired')
      ? Math.floor(createdAt / 1000) - 1
      : Math.floor((finishesAt + this.linkLifetimeMs) / 1000);
    const job: QueuedJob = {
      id: this.newId(),
      model: submission.model,
      endpoint: submission.endpoint,
      params: submission.params,
      createdAt,
      delayMs: submission.delayMs,
      outcome: outcomeOf(submission),
      expiresAt,
    };
    this.makeRoom();
    this.jobs.set(job.id, job);
    return job;
  }

  get(id: string): QueuedJob | undefined {
    return this.jobs.get(id);
  }

  stateOf(job: QueuedJob): JobState {
    const startsAt = job.createdAt + Math.round(job.delayMs / 3);
    const endsAt = job.createdAt + job.delayMs;
    if (job.cancelledAt !== undefined) {
      const started = job.cancelledAt >= startsAt ? startsAt : null;
      return { status: 'cancelled', startedAt: started, completedAt: job.cancelledAt, errorMessage: null };
    }
    const now = this.now();
    const none = { startedAt: null, completedAt: null, errorMessage: null };
    if (now < startsAt) return { status: 'queued', ...none };
    if (job.outcome.status === 'stuck' || now < endsAt) {
      return { ...none, status: 'processing', startedAt: startsAt };
    }
    return {
      status: job.outcome.status,
      startedAt: startsAt,
      completedAt: endsAt,
      errorMessage: job.outcome.status === 'failed' ? job.outcome.message : null,
    };
  }

  /** When the job is over (ms), or null for a stuck one: a direct call waits until then. */
  finishesAt(job: QueuedJob): number | null {
    return job.outcome.status === 'stuck' ? null : job.createdAt + job.delayMs;
  }

  isExpired(job: QueuedJob): boolean {
    return this.now() / 1000 > job.expiresAt;
  }

  cancel(id: string): CancelResult {
    const job = this.jobs.get(id);
    if (!job) return { result: 'unknown' };
    const { status } = this.stateOf(job);
    if (status !== 'queued' && status !== 'processing') return { result: 'final', job };
    job.cancelledAt = this.now();
    return { result: 'cancelled', job };
  }

  private isFinal(job: QueuedJob): boolean {
    const { status } = this.stateOf(job);
    return status !== 'queued' && status !== 'processing';
  }

  // Maps iterate in insertion order, so the first finished job found is the oldest finished one. When every
  // job is still running the oldest goes anyway: the bound holds whatever clients do.
  private makeRoom(): void {
    while (this.jobs.size >= this.maxJobs) {
      let victim: string | undefined;
      for (const job of this.jobs.values()) {
        if (this.isFinal(job)) {
          victim = job.id;
          break;
        }
      }
      victim ??= this.jobs.keys().next().value;
      if (victim === undefined) return;
      this.jobs.delete(victim);
    }
  }
}
