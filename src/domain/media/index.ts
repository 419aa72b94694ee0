export { modelKind } from './kind';
export type { MediaRequestInput } from './request';
export { mediaRequest, promptOf } from './request';
export type { JobError, JobStatus, MediaJob, MediaKind, ModelKind } from './types';
export { FINAL_JOB_STATUSES, isFinalJob } from './types';
