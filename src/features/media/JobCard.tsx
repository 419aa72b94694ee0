import { memo, useMemo } from 'react';
import {
  isFinalJob,
  type JobError,
  type JobStatus,
  jobCost,
  jobStatusText,
  type MediaJob,
} from '@/domain/media';
import { formatUsd } from '@/lib/pricing';
import { cancelJob, removeJob, selectJob, useMediaJobStore } from '@/state/media';
import { Button } from '@/ui';
import { MediaResults } from './MediaResults';
import { useJobClock } from './useJobClock';

const TONES: Partial<Record<JobStatus, string>> = {
  succeeded: 'text-emerald-700',
  failed: 'text-rose-700',
  interrupted: 'text-amber-800',
  cancelled: 'text-slate-600',
};

/** The one word a screen reader hears when the job changes state (the ticking seconds are not announced). */
const SPOKEN: Record<JobStatus, string> = {
  submitting: 'Submitting',
  queued: 'Queued',
  processing: 'Processing',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

/** One job: its status ticking while it runs, Cancel while it can be cancelled, then its results or its error.
 * It selects only its own job, so a poll of another job does not re-render it. */
export const JobCard = memo(function JobCard({ jobId }: { jobId: string }) {
  const job = useMediaJobStore(useMemo(() => selectJob(jobId), [jobId]));
  if (!job) return null;
  return <JobCardView job={job} />;
});

function JobCardView({ job }: { job: MediaJob }) {
  const finished = isFinalJob(job);
  const now = useJobClock(!finished);
  const cost = jobCost(job);
  const line = jobStatusText(job, now);
  const httpStatus = httpStatusNote(job.error);
  return (
    <section
      aria-label="Job"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm"
    >
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <div className="min-w-0 flex-1">
          <p
            className={`font-medium break-words tabular-nums ${TONES[job.status] ?? 'text-slate-800'}`}
            data-job-status={job.status}
          >
            {line}
          </p>
          {/* Heard once per change of state: the ticking line would be announced every second. A finished
              job's line is final, so its reason (a failure's message) is heard too. */}
          <span role="status" className="sr-only">
            {finished ? line : SPOKEN[job.status]}
          </span>
          <p className="truncate text-xs text-slate-500">
            <span className="font-mono">{job.request.model}</span>
            {cost !== null && <span> · {formatUsd(cost)}</span>}
          </p>
        </div>
        {!finished && (
          <Button size="sm" variant="danger" onClick={() => cancelJob(job.id)} disabled={job.cancelling}>
            Cancel job
          </Button>
        )}
        {finished && (
          <Button size="sm" variant="ghost" onClick={() => removeJob(job.id)} aria-label="Remove job">
            Remove
          </Button>
        )}
      </div>
      {job.prompt && (
        <p className="line-clamp-3 whitespace-pre-wrap break-words text-slate-700">{job.prompt}</p>
      )}
      {httpStatus && <p className="text-xs text-rose-800">{httpStatus}</p>}
      {job.outputs.length > 0 && <MediaResults job={job} />}
      {job.notKept !== undefined && job.notKept > 0 && (
        <p className="text-xs text-slate-500">
          {job.notKept === 1 ? 'One result was' : `${job.notKept} results were`} too large to keep in this
          browser and are gone since the page was reloaded.
        </p>
      )}
    </section>
  );
}

/** The status line carries the error's message; an HTTP failure whose message does not already lead with its
 * status ("HTTP 422: …", as the client's do) gets it said apart. */
function httpStatusNote(error: JobError | undefined): string | null {
  if (!error?.status || /^HTTP \d/.test(error.message)) return null;
  return `HTTP ${error.status}`;
}
