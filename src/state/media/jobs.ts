// The one place media jobs start, are followed, cancelled and resumed. `startJob` is used by every surface
// (Generate, Run all, Compare); the ActiveJob of each unfinished job does the talking to the queue, and this
// module wires them to the store, the page's visibility and the provider settings.

import { isFinalJob, jobReducer, type MediaJob, type MediaKind, newJob } from '@/domain/media';
import type { ProviderKind } from '@/domain/provider';
import { type ApiConfig, cancelGeneration, type MediaRequest, type ModelPricing } from '@/lib/api';
import { currentProvider, useSettingsStore } from '@/state/settings';
import { ActiveJob, type JobHost, now } from './activeJob';
import { addJobs, allJobs, dropJob, publishJob } from './jobStore';
import { documentVisibility, type VisibilitySource } from './visibility';

/** Everything a job needs: whose it is, exactly what to submit, and where. */
export interface JobSpec {
  /** Whose job it is (`pane:<id>`). A target may have several jobs in flight. */
  target: string;
  kind: MediaKind;
  request: MediaRequest;
  api: ApiConfig;
  provider: ProviderKind;
  /** The model's prices, for the job's cost. */
  pricing: ModelPricing | null;
}

/** What a job read back from storage shows when it cannot be followed with the settings now in effect. */
export const PAUSED_PROBLEM =
  "Paused: the provider's settings changed since this job started; switch back to resume it";

const active = new Map<string, ActiveJob>();
let visibility: VisibilitySource = documentVisibility;
let unwatchVisibility: (() => void) | null = null;
let unwatchSettings: (() => void) | null = null;

let counter = 0;
function newJobId(): string {
  counter = (counter + 1) % 1_679_616;
  return `j${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

function onVisibilityChange(): void {
  const hidden = visibility.hidden();
  for (const job of [...active.values()]) {
    if (hidden) job.sleep();
    else job.wake();
  }
}

function watchVisibility(): void {
  unwatchVisibility ??= visibility.subscribe(onVisibilityChange);
}

/** Tests drive the page's visibility by hand. */
export function setVisibilitySource(source: VisibilitySource): void {
  unwatchVisibility?.();
  unwatchVisibility = null;
  visibility = source;
  if (active.size > 0) watchVisibility();
}

const host: JobHost = {
  publish: publishJob,
  hidden: () => visibility.hidden(),
  siblings(from, generationIds) {
    const { target, kind, request, provider, baseUrl, pricing } = from.job;
    const at = now();
    const jobs = generationIds.map((generationId) =>
      jobReducer(newJob({ id: newJobId(), target, kind, request, provider, baseUrl, pricing, at }), {
        type: 'submitted',
        generationId,
        at,
      }),
    );
    addJobs(jobs);
    for (const job of jobs) follow(new ActiveJob(from.api, job, host)).plan();
  },
  done(job) {
    if (active.get(job.id) === job) active.delete(job.id);
  },
};

function follow(job: ActiveJob): ActiveJob {
  active.set(job.id, job);
  watchVisibility();
  return job;
}

/** Starts a job: records it at once (status 'submitting'), submits it and follows it until it ends. Returns its
 * local id. */
export function startJob(spec: JobSpec): string {
  // Named field by field: the API config carries the key, which must never reach a record (records are stored).
  const { target, kind, request, provider, pricing } = spec;
  const job = newJob({
    id: newJobId(),
    target,
    kind,
    request,
    provider,
    baseUrl: spec.api.baseUrl,
    pricing,
    at: now(),
  });
  addJobs([job]);
  void follow(new ActiveJob(spec.api, job, host)).submit();
  return job.id;
}

/** Asks the server to cancel the job (Cancel job). A job not followed here (ended, or paused) is left as is. */
export function cancelJob(id: string): void {
  void active.get(id)?.cancel();
}

/** Removes a job from the list. One still going is cancelled on the server too (best effort: it would otherwise
 * run, and bill, unseen). */
export function removeJob(id: string): void {
  const running = active.get(id);
  if (running) {
    running.stop();
    active.delete(id);
    const { generationId } = running.job;
    if (generationId !== null && !isFinalJob(running.job))
      void cancelGeneration(running.api, generationId).catch(() => {});
  }
  dropJob(id);
}

/** Removes the jobs of every target `keep` rejects (a removed pane's jobs go with it, cancelled on the server
 * when they were still going). */
export function forgetJobTargets(keep: (target: string) => boolean): void {
  for (const job of allJobs()) if (!keep(job.target)) removeJob(job.id);
}

/** The API a stored job may be followed with now: its provider's, when that provider is usable and still sends
 * to the endpoint the job was submitted to (the key is the one entered for that provider now). */
function apiFor(job: MediaJob): ApiConfig | null {
  const provider = currentProvider(job.provider);
  return provider.problem === null && provider.api.baseUrl === job.baseUrl ? provider.api : null;
}

/**
 * Picks up the jobs read back from storage (called once at app start; again whenever the provider settings
 * change, so a paused job resumes when the user switches back): a job that was still being submitted is
 * interrupted (there is no id to ask after), a queued or processing one is polled again where it was sent —
 * or, when the settings no longer send there, waits, saying why.
 */
export function resumeJobs(): void {
  unwatchSettings ??= useSettingsStore.subscribe((state, previous) => {
    if (state.provider !== previous.provider) resumeJobs();
  });
  for (const job of allJobs()) {
    if (isFinalJob(job) || active.has(job.id)) continue;
    if (job.generationId === null) {
      publishJob(jobReducer(job, { type: 'interrupted', at: now() }));
      continue;
    }
    const api = apiFor(job);
    if (api === null) {
      if (job.pollProblem !== PAUSED_PROBLEM)
        publishJob(jobReducer(job, { type: 'poll-failed', problem: PAUSED_PROBLEM, at: now() }));
      continue;
    }
    follow(new ActiveJob(api, job, host)).resume();
  }
}

/** How many jobs are followed now (tests). */
export function activeJobCount(): number {
  return active.size;
}

/** Stops following every job without touching the records: what closing the page does (tests simulate a
 * reload with it, then read the store back from storage). */
export function forgetActiveJobs(): void {
  for (const job of active.values()) job.stop();
  active.clear();
  unwatchSettings?.();
  unwatchSettings = null;
}
