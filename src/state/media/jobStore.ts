// Every media job's record, by id, and each target's jobs (newest first). Only the job scheduler (jobs.ts)
// writes records; components read them through the selectors at the bottom. Stored in localStorage, so a
// reload keeps the job list and resumeJobs follows the unfinished ones again.

import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { MediaJob } from '@/domain/media';
import { isRecord, setOwn } from '@/lib/json';
import { browserStorage } from '@/lib/storage';
import { persistStorage, setAside, storedText } from '@/state/persistence';
import { EMPTY_JOBS, type JobsState } from './jobsState';
import { JOBS_STORAGE_KEY, persistableJobs, restoreJobs } from './persistJobs';

export const useMediaJobStore = create<JobsState>()(
  persist(() => EMPTY_JOBS, {
    name: JOBS_STORAGE_KEY,
    version: 1,
    storage: persistStorage(browserStorage, persistableJobs),
    // Checked job by job: a malformed one is dropped and said, through the same notice the runs use.
    merge: (persisted, current) => {
      const restored = restoreJobs(persisted);
      const stored = isRecord(persisted) && isRecord(persisted.jobs) ? Object.keys(persisted.jobs).length : 0;
      const lost = stored - Object.keys(restored.jobs).length;
      if (lost > 0) setAside('media-jobs', [`${lost} saved generation job(s)`], storedText(JOBS_STORAGE_KEY));
      return { ...current, ...restored };
    },
  }),
);

const own = <T>(map: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(map, key) ? map[key] : undefined;

function withIds(
  byTarget: Record<string, string[]>,
  target: string,
  ids: string[],
): Record<string, string[]> {
  const next = { ...byTarget };
  if (ids.length === 0) delete next[target];
  // Defined, not assigned: a target named "__proto__" must be a key, not the object's prototype.
  else setOwn(next, target, ids);
  return next;
}

/** Adds new jobs, each as its target's newest. */
export function addJobs(records: readonly MediaJob[]): void {
  if (records.length === 0) return;
  useMediaJobStore.setState((s) => {
    const jobs = { ...s.jobs };
    let byTarget = s.byTarget;
    for (const job of records) {
      setOwn(jobs, job.id, job);
      byTarget = withIds(byTarget, job.target, [job.id, ...(own(byTarget, job.target) ?? [])]);
    }
    return { jobs, byTarget };
  });
}

/** Replaces a record with its newer version; a job removed meanwhile is not brought back. */
export function publishJob(job: MediaJob): void {
  useMediaJobStore.setState((s) => {
    if (!Object.hasOwn(s.jobs, job.id) || s.jobs[job.id] === job) return s;
    const jobs = { ...s.jobs };
    setOwn(jobs, job.id, job);
    return { jobs };
  });
}

/** Drops a record from the store (the scheduler stops following it first). */
export function dropJob(id: string): void {
  useMediaJobStore.setState((s) => {
    const job = own(s.jobs, id);
    if (!job) return s;
    const jobs = { ...s.jobs };
    delete jobs[id];
    const ids = (own(s.byTarget, job.target) ?? []).filter((other) => other !== id);
    return { jobs, byTarget: withIds(s.byTarget, job.target, ids) };
  });
}

// Selectors. A record is replaced only when it changes, and a target's id list only when a job is added to it
// or removed: a component showing one job re-renders for that job alone.

const NO_IDS: readonly string[] = [];

/** The target's jobs' ids, newest first. */
export const selectJobIdsOf =
  (target: string) =>
  (s: JobsState): readonly string[] =>
    own(s.byTarget, target) ?? NO_IDS;

export const selectJob =
  (id: string) =>
  (s: JobsState): MediaJob | undefined =>
    own(s.jobs, id);

export const selectLatestJobOf =
  (target: string) =>
  (s: JobsState): MediaJob | undefined => {
    const id = own(s.byTarget, target)?.[0];
    return id === undefined ? undefined : own(s.jobs, id);
  };

/** Every job, newest first (the resume pass and tests). */
export function allJobs(): MediaJob[] {
  return Object.values(useMediaJobStore.getState().jobs).sort((a, b) => b.createdAt - a.createdAt);
}
