// One unfinished job while the page follows it: it owns the AbortController, the poll timer and the count of
// failed polls, and folds every answer into the record through the domain's jobReducer. The scheduler (jobs.ts)
// makes these, wakes them when the page shows again and forgets them when they end.

import {
  isFinalJob,
  type JobError,
  type JobEvent,
  jobReducer,
  type MediaJob,
  pollDelayMs,
} from '@/domain/media';
import { type ApiConfig, ApiError, cancelGeneration, getGeneration, submitGeneration } from '@/lib/api';

/** What an active job asks of the scheduler. */
export interface JobHost {
  publish(job: MediaJob): void;
  hidden(): boolean;
  /** The queue answered with more generations than one: each extra id becomes a job of its own. */
  siblings(from: ActiveJob, generationIds: readonly string[]): void;
  /** The job ended (or was removed): stop holding it. */
  done(job: ActiveJob): void;
}

/** Epoch ms on the local clock (Date, so tests' fake timers move it). */
export const now = (): number => Date.now();

export function toJobError(error: unknown): JobError {
  if (error instanceof ApiError) return { status: error.status, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** A poll failure that may pass if asked again later: no answer, a timeout, a rate limit or a server error. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const { status } = error;
  return status === 0 || status === 408 || status === 425 || status === 429 || status >= 500;
}

export class ActiveJob {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Polls failed in a row (the backoff), and the wait a 429 asked for. */
  private failures = 0;
  private retryAfterMs: number | undefined;
  private polling = false;
  private cancelSending = false;
  /** Cancel pressed before the queue gave an id: sent as soon as it does. */
  private cancelWhenSubmitted = false;
  private stopped = false;

  constructor(
    /** Where it was sent, with the key of that provider: never stored (the record holds the base URL only). */
    readonly api: ApiConfig,
    public job: MediaJob,
    private readonly host: JobHost,
  ) {}

  get id(): string {
    return this.job.id;
  }

  private apply(event: JobEvent): void {
    const next = jobReducer(this.job, event);
    if (next === this.job) return;
    this.job = next;
    this.host.publish(next);
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** POST /queue, then the first poll is planned. Never throws: a failure ends in the record. */
  async submit(): Promise<void> {
    try {
      const [first, ...rest] = await submitGeneration(this.api, this.job.request, this.signal);
      if (this.stopped) return;
      if (first === undefined) {
        const error = { status: 200, message: 'The queue answered without a generation id' };
        this.apply({ type: 'submit-failed', error, at: now() });
      } else {
        this.apply({ type: 'submitted', generationId: first, at: now() });
        if (rest.length > 0) this.host.siblings(this, rest);
        if (this.cancelWhenSubmitted) {
          await this.cancel();
          return;
        }
      }
    } catch (error) {
      if (this.stopped) return;
      this.apply({ type: 'submit-failed', error: toJobError(error), at: now() });
    }
    this.plan();
  }

  /** Follows a job read back from storage: a cancel that was under way is sent again, else it polls now. */
  resume(): void {
    if (this.job.cancelling) void this.cancel();
    else if (!this.host.hidden()) void this.poll();
  }

  /** Plans the next poll; none while the page is hidden (wake polls when it shows), none once it ended. */
  plan(): void {
    this.clearTimer();
    if (this.stopped) return;
    if (isFinalJob(this.job)) {
      this.host.done(this);
      return;
    }
    if (this.host.hidden() || this.job.generationId === null || this.polling || this.cancelSending) return;
    const delay = pollDelayMs(this.job.kind, this.job.polls, {
      failures: this.failures,
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
    });
    this.apply({ type: 'poll-planned', at: now() + delay });
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.poll();
    }, delay);
  }

  /** The page was hidden: no poll goes out until it shows again. */
  sleep(): void {
    this.clearTimer();
  }

  /** The page shows again: a waiting job polls at once, then its schedule resumes. */
  wake(): void {
    if (this.stopped || this.polling || this.cancelSending || isFinalJob(this.job)) return;
    if (this.job.generationId === null) return;
    this.clearTimer();
    void this.poll();
  }

  async poll(): Promise<void> {
    const generationId = this.job.generationId;
    if (this.stopped || this.polling || generationId === null || isFinalJob(this.job)) return;
    this.polling = true;
    try {
      const answer = await getGeneration(this.api, generationId, this.signal);
      if (this.stopped) return;
      this.failures = 0;
      this.retryAfterMs = undefined;
      this.apply({ type: 'polled', job: answer, at: now() });
    } catch (error) {
      if (this.stopped) return;
      this.pollFailed(error);
    } finally {
      this.polling = false;
    }
    this.plan();
  }

  private pollFailed(error: unknown): void {
    const { message } = toJobError(error);
    if (error instanceof ApiError && error.status === 404) {
      const problem = `The server no longer knows this job (${message})`;
      this.apply({ type: 'poll-failed', problem, at: now(), final: true });
    } else if (isTransient(error)) {
      this.failures += 1;
      const seconds = error instanceof ApiError ? error.retryAfterSeconds : undefined;
      this.retryAfterMs = seconds === undefined ? undefined : seconds * 1000;
      this.apply({ type: 'poll-failed', problem: message, at: now() });
    } else {
      // A 401 or 400 will answer the same however often it is asked.
      this.apply({ type: 'poll-failed', problem: message, at: now(), final: true });
    }
  }

  /** DELETE /queue/{id}: 'cancelled' when the server agrees; a 409 means it had already ended, so one poll reads
   * how. Cancel pressed while submitting waits for the id. Never throws. */
  async cancel(): Promise<void> {
    if (this.stopped || this.cancelSending || isFinalJob(this.job)) return;
    this.apply({ type: 'cancel-requested', at: now() });
    const generationId = this.job.generationId;
    if (generationId === null) {
      this.cancelWhenSubmitted = true;
      return;
    }
    this.clearTimer();
    this.cancelSending = true;
    let alreadyEnded = false;
    try {
      const answer = await cancelGeneration(this.api, generationId, this.signal);
      if (this.stopped) return;
      // The server may answer with the job as it ended: finished before the cancel arrived is not cancelled.
      if (answer && (answer.status === 'succeeded' || answer.status === 'failed'))
        this.apply({ type: 'polled', job: answer, at: now() });
      else this.apply({ type: 'cancelled', at: now() });
    } catch (error) {
      if (this.stopped) return;
      alreadyEnded = error instanceof ApiError && error.status === 409;
      const problem = alreadyEnded ? 'The job had already ended' : toJobError(error).message;
      this.apply({ type: 'cancel-failed', problem, at: now() });
    } finally {
      this.cancelSending = false;
    }
    if (alreadyEnded) await this.poll();
    else this.plan();
  }

  /** Stops following the job here (removed, or the page is going): aborts what is under way, publishes nothing. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.controller.abort();
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
