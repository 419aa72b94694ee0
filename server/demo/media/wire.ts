// The queue's wire forms: a job as GET /queue/:id reports it, and the result links it carries.
import { type MediaQueue, outputCountOf, type QueuedJob } from './queue.ts';
import { fileExtension } from './render.ts';

export const MEDIA_FILES_PATH = '/media';
export const CAPTURED_FILE = 'captured.png';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function fileUrls(job: QueuedJob, origin: string, base: string): string[] {
  const ext = fileExtension(job);
  return Array.from(
    { length: outputCountOf(job) },
    (_, i) => `${origin}${base}${MEDIA_FILES_PATH}/${job.id}-${i}.${ext}?expires=${job.expiresAt}`,
  );
}

/** The wire form of GET /queue/:id. */
export function jobJson(queue: MediaQueue, job: QueuedJob, origin: string, base: string) {
  const state = queue.stateOf(job);
  const urls = state.status === 'succeeded' ? fileUrls(job, origin, base) : [];
  return {
    generation_id: job.id,
    model: job.model.id,
    status: state.status,
    result_url: urls[0] ?? null,
    result_urls: urls,
    error_message: state.errorMessage,
    created_at: iso(job.createdAt),
    started_at: iso(state.startedAt),
    completed_at: iso(state.completedAt),
  };
}
