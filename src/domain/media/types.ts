// A media job: one submission of an image or video model to the queue, followed until it ends. Unlike a chat
// run, whose state lives in the stream the page holds, a job's state lives on the server: the page only asks
// after it, so a reload resumes it instead of losing it.

import type { ProviderKind } from '@/domain/provider';
import type { GenerationStatus, MediaOutput, MediaRequest, ModelPricing } from '@/lib/api';

/** What a model makes, from its `endpoint` and capabilities (see modelKind). */
export type ModelKind = 'chat' | 'image' | 'video';
export type MediaKind = Exclude<ModelKind, 'chat'>;

/** `submitting` until the queue answered with an id; `interrupted` when the page closed before it did (the
 * server may still have the job, but there is no id to ask after). The rest are the server's statuses. */
export type JobStatus = 'submitting' | GenerationStatus | 'interrupted';

export interface JobError {
  /** The HTTP status when the failure was an HTTP answer (0: no answer); absent for a job the server failed. */
  status?: number;
  message: string;
}

export interface MediaJob {
  /** Local id (the server's id arrives later). */
  id: string;
  /** Whose job it is: a pane (`pane:<id>`). */
  target: string;
  /** The server's generation id; null until the submission is answered. */
  generationId: string | null;
  kind: MediaKind;
  /** The exact body submitted. */
  request: MediaRequest;
  /** For alt text and the job list: `request.prompt` when it is a string, else ''. */
  prompt: string;
  /** Which provider and endpoint it was sent to: a resumed job is polled only there, with that provider's key. */
  provider: ProviderKind;
  baseUrl: string;
  /** The model's prices when it was submitted. */
  pricing: ModelPricing | null;
  status: JobStatus;
  outputs: MediaOutput[];
  error?: JobError;
  /** Epoch ms: asked for, answered by the queue, seen processing, ended (local clock). */
  createdAt: number;
  submittedAt?: number;
  startedAt?: number;
  endedAt?: number;
  /** The server's own timestamps when it gave them (epoch ms): the `time` pricing method bills these. */
  serverStartedAt?: number;
  serverCompletedAt?: number;
  /** Polls so far, and when the next one is due (absent: none planned). */
  polls: number;
  nextPollAt?: number;
  /** A poll that failed (network, 5xx, 429) and is being retried: what went wrong, shown beside the status. */
  pollProblem?: string;
  /** Cancel was pressed and the DELETE is under way. */
  cancelling?: boolean;
  /** How many results were too big to store (data: URLs over 256 kB): after a reload they are gone, and the job
   * says so. Absent: every result was kept. */
  notKept?: number;
}

export const FINAL_JOB_STATUSES: ReadonlySet<JobStatus> = new Set([
  'succeeded',
  'failed',
  'cancelled',
  'interrupted',
]);

export function isFinalJob(job: Pick<MediaJob, 'status'>): boolean {
  return FINAL_JOB_STATUSES.has(job.status);
}
