export { selectJob, selectJobIdsOf, selectLatestJobOf, useMediaJobStore } from './jobStore';
export type { JobSpec } from './jobs';
export { cancelJob, forgetJobTargets, PAUSED_PROBLEM, removeJob, resumeJobs, startJob } from './jobs';
export type { JobsState } from './jobsState';
export { EMPTY_JOBS } from './jobsState';
export type { VisibilitySource } from './visibility';
