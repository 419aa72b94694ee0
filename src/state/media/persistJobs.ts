// What of the job store goes to localStorage, and how it comes back. Both directions are pure and tested: the
// write keeps the newest jobs within a size budget (a b64_json result is a data: URL of megabytes), the read
// checks every job with a schema and drops what does not fit it. Never throws.

import * as v from 'valibot';
import { isFinalJob, type JobStatus, type MediaJob } from '@/domain/media';
import { PROVIDER_KINDS } from '@/domain/provider';
import type { MediaRequest } from '@/lib/api';
import { isRecord, jsonExceeds, setOwn } from '@/lib/json';
import type { JobsState } from './jobsState';

export const JOBS_STORAGE_KEY = 'yoke.media-jobs';
/** How many jobs survive a reload: the newest. */
export const PERSISTED_JOBS = 200;
/** A data: URL result longer than this is not stored (the job keeps a count of what was left out). */
export const MAX_STORED_DATA_URL = 256 * 1024;
/** localStorage holds ~5 M characters per origin, shared with the runs and the conversation. */
export const JOBS_BUDGET_CHARS = 1_000_000;

const isDataUrl = (url: string) => url.startsWith('data:');

/** The job as stored: its big data: URL results left out and counted in `notKept`. */
function storable(job: MediaJob, maxDataUrl: number): MediaJob {
  const kept = job.outputs.filter((o) => !isDataUrl(o.url) || o.url.length <= maxDataUrl);
  if (kept.length === job.outputs.length) return job;
  return { ...job, outputs: kept, notKept: (job.notKept ?? 0) + job.outputs.length - kept.length };
}

// A finished job never changes: its stored form and size are worked out once.
const stored = new WeakMap<MediaJob, { job: MediaJob; size: number; bare: MediaJob; bareSize: number }>();
function storedForms(job: MediaJob) {
  let forms = stored.get(job);
  if (!forms) {
    const full = storable(job, MAX_STORED_DATA_URL);
    const bare = storable(job, 0);
    forms = { job: full, size: JSON.stringify(full).length, bare, bareSize: JSON.stringify(bare).length };
    if (isFinalJob(job)) stored.set(job, forms);
  }
  return forms;
}

/** The part of the job store to write: the newest PERSISTED_JOBS jobs, each with its results when they fit in
 * `budget`, else without its data: URL results, else not at all. */
export function persistableJobs(state: JobsState, budget = JOBS_BUDGET_CHARS): JobsState {
  const newest = Object.values(state.jobs)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, PERSISTED_JOBS);
  const jobs: Record<string, MediaJob> = {};
  let used = 0;
  for (const job of newest) {
    const forms = storedForms(job);
    if (used + forms.size <= budget) {
      setOwn(jobs, job.id, forms.job);
      used += forms.size;
    } else if (used + forms.bareSize <= budget) {
      setOwn(jobs, job.id, forms.bare);
      used += forms.bareSize;
    }
  }
  const byTarget: Record<string, string[]> = {};
  for (const [target, ids] of Object.entries(state.byTarget)) {
    const kept = ids.filter((id) => Object.hasOwn(jobs, id));
    if (kept.length > 0) setOwn(byTarget, target, kept);
  }
  return { jobs, byTarget };
}

const num = v.pipe(v.number(), v.finite());
const optNum = v.optional(num);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

const STATUSES = [
  'submitting',
  'queued',
  'processing',
  'succeeded',
  'failed',
  'cancelled',
  'interrupted',
] as const satisfies readonly JobStatus[];

/** The body is shown and offered as a snippet, never sent again from storage: its outer shape and size are
 * what is checked (a reference image may be a data: URL, so it may be large, but not unbounded). */
const request = v.custom<MediaRequest>(
  (value) =>
    isRecord(value) &&
    typeof value.model === 'string' &&
    jsonExceeds(value, { depth: 32, nodes: 20_000 }) === null &&
    JSON.stringify(value).length <= 2_000_000,
  'a media request',
);

const output = v.object({
  kind: v.picklist(['image', 'video', 'audio']),
  // Only what the edge reader lets through: an http(s) or data: URL.
  url: v.pipe(v.string(), v.maxLength(MAX_STORED_DATA_URL), v.regex(/^(https?:\/\/|data:)/i)),
  mimeType: v.optional(text(200)),
});

const pricing = v.nullable(v.record(v.string(), v.union([text(100), v.nullable(num)])));

const jobSchema = v.object({
  id,
  target: text(500),
  generationId: v.nullable(id),
  kind: v.picklist(['image', 'video']),
  request,
  prompt: text(100_000),
  provider: v.picklist(PROVIDER_KINDS),
  baseUrl: text(2_000),
  pricing,
  status: v.picklist(STATUSES),
  outputs: v.pipe(v.array(output), v.maxLength(16)),
  error: v.optional(v.object({ status: optNum, message: text(2_000) })),
  createdAt: num,
  submittedAt: optNum,
  startedAt: optNum,
  endedAt: optNum,
  serverStartedAt: optNum,
  serverCompletedAt: optNum,
  polls: v.pipe(num, v.minValue(0)),
  nextPollAt: optNum,
  pollProblem: v.optional(text(2_000)),
  cancelling: v.optional(v.boolean()),
  notKept: v.optional(v.pipe(num, v.minValue(0))),
});

/** A stored job, if it has the shape the screens rely on (unknown fields are left out), else null. */
export function readStoredJob(key: string, value: unknown): MediaJob | null {
  const parsed = v.safeParse(jobSchema, value);
  if (!parsed.success || parsed.output.id !== key) return null;
  const job = parsed.output;
  // Optional fields come back only when they were there: a record never carries `key: undefined`.
  const result: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(job)) if (field !== undefined) result[name] = field;
  return result as unknown as MediaJob;
}

/** The job store as stored, checked: malformed jobs and dangling ids are dropped, at most PERSISTED_JOBS kept.
 * Jobs still going come back as they were: resumeJobs decides what becomes of them. */
export function restoreJobs(persisted: unknown): JobsState {
  if (!isRecord(persisted) || !isRecord(persisted.jobs)) return { jobs: {}, byTarget: {} };
  const valid: MediaJob[] = [];
  for (const [key, value] of Object.entries(persisted.jobs)) {
    if (key === '__proto__') continue;
    const job = readStoredJob(key, value);
    if (job) valid.push(job);
  }
  valid.sort((a, b) => b.createdAt - a.createdAt);
  const jobs: Record<string, MediaJob> = {};
  const byTarget: Record<string, string[]> = {};
  // Rebuilt from the jobs themselves (newest first): a stored id list cannot name a job that is not there.
  for (const job of valid.slice(0, PERSISTED_JOBS)) {
    setOwn(jobs, job.id, job);
    const ids = Object.hasOwn(byTarget, job.target) ? (byTarget[job.target] as string[]) : [];
    if (ids.length === 0) setOwn(byTarget, job.target, ids);
    ids.push(job.id);
  }
  return { jobs, byTarget };
}
