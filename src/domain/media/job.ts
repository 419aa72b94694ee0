// The job state machine: every change to a MediaJob is one event through jobReducer, so the store, a resumed
// job after a reload and the tests all agree on what a poll, a failure or a cancel does. A final job absorbs
// every event; an event that changes nothing returns the same object (zustand selectors then stay quiet).

import type { ProviderKind } from '@/domain/provider';
import type { GenerationJob, MediaRequest, ModelPricing } from '@/lib/api';
import { promptOf } from './request';
import { isFinalJob, type JobError, type MediaJob, type MediaKind } from './types';

export interface NewJob {
  id: string;
  target: string;
  kind: MediaKind;
  request: MediaRequest;
  provider: ProviderKind;
  baseUrl: string;
  pricing: ModelPricing | null;
  /** When Generate was pressed (epoch ms). */
  at: number;
}

export type JobEvent =
  /** The queue answered with the generation id. */
  | { type: 'submitted'; generationId: string; at: number }
  /** The submission itself failed (a 422, a network error): the job never existed on the server. */
  | { type: 'submit-failed'; error: JobError; at: number }
  /** A poll answered. */
  | { type: 'polled'; job: GenerationJob; at: number }
  /** A poll failed; `final` when retrying is pointless (404: the server no longer knows the job). */
  | { type: 'poll-failed'; problem: string; at: number; final?: boolean }
  /** The next poll is due at `at`. */
  | { type: 'poll-planned'; at: number }
  | { type: 'cancel-requested'; at: number }
  | { type: 'cancel-failed'; problem: string; at: number }
  | { type: 'cancelled'; at: number }
  /** The page (re)loaded and found the job still submitting: its id never came back. */
  | { type: 'interrupted'; at: number };

export const NO_RESULT_MESSAGE = 'The job succeeded but returned no result';
export const NO_MESSAGE = 'The job failed without a message';
export const INTERRUPTED_MESSAGE = 'The page closed before the server answered; the job may still run there';

export function newJob(input: NewJob): MediaJob {
  return {
    id: input.id,
    target: input.target,
    generationId: null,
    kind: input.kind,
    request: input.request,
    prompt: promptOf(input.request),
    provider: input.provider,
    baseUrl: input.baseUrl,
    pricing: input.pricing,
    status: 'submitting',
    outputs: [],
    createdAt: input.at,
    polls: 0,
  };
}

type Transient = 'nextPollAt' | 'pollProblem' | 'cancelling';

/** `job` with `changes`, and without the listed keys (absent, not undefined: the record is persisted). */
function update(job: MediaJob, changes: Partial<MediaJob>, drop: readonly (keyof MediaJob)[] = []): MediaJob {
  const next: MediaJob = { ...job, ...changes };
  for (const key of drop) delete next[key];
  return next;
}

const ENDED: readonly Transient[] = ['nextPollAt', 'pollProblem', 'cancelling'];

function end(job: MediaJob, changes: Partial<MediaJob>, at: number): MediaJob {
  return update(job, { ...changes, endedAt: at }, ENDED);
}

function serverTimes(server: GenerationJob): Partial<MediaJob> {
  const times: Partial<MediaJob> = {};
  if (server.startedAt !== undefined) times.serverStartedAt = server.startedAt;
  if (server.completedAt !== undefined) times.serverCompletedAt = server.completedAt;
  return times;
}

function polled(job: MediaJob, server: GenerationJob, at: number): MediaJob {
  // A poll before the id came back cannot be this job's.
  if (job.generationId === null) return job;
  const polls = job.polls + 1;
  switch (server.status) {
    case 'queued':
      return update(job, { status: 'queued', polls }, ['nextPollAt', 'pollProblem']);
    case 'processing':
      return update(job, { status: 'processing', polls, startedAt: job.startedAt ?? at }, [
        'nextPollAt',
        'pollProblem',
      ]);
    case 'succeeded':
      if (server.outputs.length === 0)
        return end(
          job,
          { status: 'failed', polls, error: { message: NO_RESULT_MESSAGE }, ...serverTimes(server) },
          at,
        );
      return end(job, { status: 'succeeded', polls, outputs: server.outputs, ...serverTimes(server) }, at);
    case 'failed':
      return end(
        job,
        {
          status: 'failed',
          polls,
          error: { message: server.errorMessage ?? NO_MESSAGE },
          ...serverTimes(server),
        },
        at,
      );
    case 'cancelled':
      return end(job, { status: 'cancelled', polls }, at);
  }
}

export function jobReducer(job: MediaJob, event: JobEvent): MediaJob {
  if (isFinalJob(job)) return job;
  switch (event.type) {
    case 'submitted':
      if (job.status !== 'submitting') return job;
      return update(job, { status: 'queued', generationId: event.generationId, submittedAt: event.at });
    case 'submit-failed':
      if (job.status !== 'submitting') return job;
      return end(job, { status: 'failed', error: event.error }, event.at);
    case 'polled':
      return polled(job, event.job, event.at);
    case 'poll-failed':
      if (job.generationId === null) return job;
      if (event.final) return end(job, { status: 'failed', error: { message: event.problem } }, event.at);
      if (job.pollProblem === event.problem) return job;
      return update(job, { pollProblem: event.problem });
    case 'poll-planned':
      if (job.nextPollAt === event.at) return job;
      return update(job, { nextPollAt: event.at });
    case 'cancel-requested':
      if (job.cancelling) return job;
      return update(job, { cancelling: true });
    case 'cancel-failed':
      if (!job.cancelling && job.pollProblem === event.problem) return job;
      return update(job, { pollProblem: event.problem }, ['cancelling']);
    case 'cancelled':
      return end(job, { status: 'cancelled' }, event.at);
    case 'interrupted':
      if (job.status !== 'submitting') return job;
      return end(job, { status: 'interrupted', error: { message: INTERRUPTED_MESSAGE } }, event.at);
  }
}
