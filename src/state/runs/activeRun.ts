// One run while it is queued, going or waiting to be sent again: it owns its record, its abort controller, its
// stream and its retry timer, and publishes its record as it changes. The scheduler decides when it starts.

import type { ProviderKind } from '@/domain/provider';
import {
  answeredRun,
  applyChunk,
  applyCompletion,
  failedRun,
  finishedRun,
  hasNoOutput,
  queuedRun,
  type RetryPolicy,
  type RunError,
  type RunRecord,
  retryDelayMs,
  retryingRun,
  retryReason,
  startedRun,
} from '@/domain/run';
import {
  type ApiConfig,
  ApiError,
  type ChatCompletionRequest,
  createChatCompletion,
  isAbortError,
  type ModelPricing,
  streamChatCompletion,
} from '@/lib/api';
import { publishNextFrame, publishNow } from './framePublisher';

/** Everything a run needs: whose it is, exactly what to send, and where. */
export interface RunSpec {
  /** Whose run it is (`pane:<id>`); starting a run stops the target's previous one. */
  target: string;
  request: ChatCompletionRequest;
  api: ApiConfig;
  provider: ProviderKind;
  /** The model's prices, for the run's cost. */
  pricing?: ModelPricing | null;
  /** Runs in one lane share a concurrency limit; by default the endpoint they are sent to. */
  lane?: string;
  /** Whether and how a 429 or a transient failure before any output is sent again (absent: never). */
  retry?: RetryPolicy;
}

/** Epoch milliseconds with sub-millisecond precision: durations stay exact and records stay meaningful after a
 * reload (performance.now() alone restarts at 0 with every page). */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

/** A failure as the record keeps it. Its kind decides whether a retry may help (domain/run isTransient): a
 * browser that blocks an http server from an https page will block it again, so that is not a 'network'
 * failure, and neither is anything thrown that is not the client's (a bug, not the network). */
export function toRunError(error: unknown): RunError {
  if (error instanceof ApiError) {
    const kind = error.kind === 'network' && error.reachability === 'mixed-content' ? 'blocked' : error.kind;
    const base = { status: error.status, kind, message: error.message };
    return error.retryAfterSeconds === undefined
      ? base
      : { ...base, retryAfterSeconds: error.retryAfterSeconds };
  }
  return { status: 0, kind: 'unexpected', message: error instanceof Error ? error.message : String(error) };
}

/** A failed send that goes again: how long until then, whether it was a rate limit (which pauses the lane),
 * and what the record says meanwhile. */
export interface RetryWait {
  delayMs: number;
  rateLimited: boolean;
  retry: NonNullable<RunRecord['retry']>;
}

export class ActiveRun {
  record: RunRecord;
  /** Made at the first send: a grid queues thousands of runs, most of which wait long before they go. */
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** 429s waited out and other failures retried so far: two budgets (see RetryPolicy). */
  private rateLimitWaits = 0;
  private failuresRetried = 0;

  constructor(
    readonly spec: RunSpec,
    readonly id: string,
  ) {
    // Named field by field: the API config carries the key, which must never reach a record (records are stored).
    const { target, request, provider, pricing } = spec;
    this.record = queuedRun({ id, target, request, provider, pricing }, now());
  }

  get lane(): string {
    return this.spec.lane ?? this.spec.api.baseUrl;
  }

  get settled(): boolean {
    return this.record.status !== 'queued' && this.record.status !== 'running';
  }

  /** Sends the request once and folds the answer into the record: stream chunks are published once per frame,
   * the start and the end at once. Never throws: a failure ends up in the record — or, when the spec allows a
   * retry and nothing had arrived, the record goes back to queued and the wait is returned (the caller waits
   * with `waitThen` and executes again). */
  async execute(): Promise<RetryWait | null> {
    if (this.settled) return null;
    const { request, api } = this.spec;
    this.controller ??= new AbortController();
    const signal = this.controller.signal;
    this.record = startedRun(this.record, now());
    publishNow(this);
    let wait: RetryWait | null = null;
    try {
      if (request.stream) {
        const onBytes = () => {
          this.record = { ...this.record, lastByteAt: now() };
          publishNextFrame(this);
        };
        for await (const chunk of streamChatCompletion(api, request, signal, onBytes)) {
          this.record = applyChunk(this.record, chunk, now());
          publishNextFrame(this);
        }
      } else {
        this.record = applyCompletion(this.record, await createChatCompletion(api, request, signal), now());
      }
      this.record = answeredRun(this.record, now());
    } catch (error) {
      // Stopped while the failure was on its way: the user's stop wins over a retry.
      if (isAbortError(error) || signal.aborted) this.record = finishedRun(this.record, 'stopped', now());
      else {
        const failure = toRunError(error);
        wait = this.retryWait(failure);
        this.record = wait ? retryingRun(this.record, wait.retry) : failedRun(this.record, failure, now());
      }
    }
    publishNow(this);
    return wait;
  }

  /** Whether and how long to wait before the next send after `failure` (null: give up). */
  private retryWait(failure: RunError): RetryWait | null {
    const policy = this.spec.retry;
    if (!policy || !hasNoOutput(this.record)) return null;
    const rateLimited = failure.status === 429;
    const count = (rateLimited ? this.rateLimitWaits : this.failuresRetried) + 1;
    const delayMs = retryDelayMs(failure, count, policy);
    if (delayMs === null) return null;
    if (rateLimited) this.rateLimitWaits = count;
    else this.failuresRetried = count;
    const attempt = rateLimited ? count : (this.record.attempts ?? 1) + 1;
    const maxAttempts = rateLimited ? policy.maxRateLimitWaits : policy.maxAttempts;
    const reason = retryReason(failure, delayMs, attempt, maxAttempts);
    return {
      delayMs,
      rateLimited,
      retry: { at: now() + delayMs, attempt, maxAttempts, reason, ...(rateLimited ? { rateLimited } : {}) },
    };
  }

  /** Calls `ready` after `ms`, unless the run is stopped first. */
  waitThen(ms: number, ready: () => void): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.settled) ready();
    }, ms);
  }

  /** A queued (or waiting) run ends as stopped at once; a running one is aborted and ends as stopped when its
   * stream does. `publish: false` leaves publishing the stopped record to the caller (many stops, one update). */
  stop(publish = true): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.record.status === 'queued') {
      this.record = finishedRun(this.record, 'stopped', now());
      if (publish) publishNow(this);
      // Nothing is in flight to abort (execute will not send a settled run); an abort would only build a
      // DOMException with its stack, which adds up when a grid of thousands is stopped.
      return;
    }
    this.controller?.abort();
  }
}
