// One run while it is queued or going: it owns its record, its abort controller and its stream, and publishes
// its record as it changes. The scheduler decides when it starts.

import type { ProviderKind } from '@/domain/provider';
import type { RetryPolicy } from '@/domain/run';
import {
  answeredRun,
  applyChunk,
  applyCompletion,
  failedRun,
  finishedRun,
  queuedRun,
  type RunError,
  type RunRecord,
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

function toRunError(error: unknown): RunError {
  if (error instanceof ApiError) {
    const base = { status: error.status, kind: error.kind, message: error.message };
    return error.retryAfterSeconds === undefined
      ? base
      : { ...base, retryAfterSeconds: error.retryAfterSeconds };
  }
  return { status: 0, kind: 'network', message: error instanceof Error ? error.message : String(error) };
}

export class ActiveRun {
  record: RunRecord;
  private readonly controller = new AbortController();

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

  /** Sends the request and folds the answer into the record: stream chunks are published once per frame, the
   * start and the end at once. Never throws: a failure ends up in the record. */
  async execute(): Promise<void> {
    if (this.settled) return;
    const { request, api } = this.spec;
    const signal = this.controller.signal;
    this.record = startedRun(this.record, now());
    publishNow(this);
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
      this.record = isAbortError(error)
        ? finishedRun(this.record, 'stopped', now())
        : failedRun(this.record, toRunError(error), now());
    }
    publishNow(this);
  }

  /** A queued run ends as stopped at once; a running one is aborted and ends as stopped when its stream does. */
  stop(): void {
    if (this.record.status === 'queued') {
      this.record = finishedRun(this.record, 'stopped', now());
      publishNow(this);
    }
    this.controller.abort();
  }
}
