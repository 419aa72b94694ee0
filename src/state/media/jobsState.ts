import type { MediaJob } from '@/domain/media';

/** The job store's state: every job by its local id, and each target's jobs' ids, newest first. */
export interface JobsState {
  jobs: Record<string, MediaJob>;
  byTarget: Record<string, string[]>;
}

export const EMPTY_JOBS: JobsState = { jobs: {}, byTarget: {} };
