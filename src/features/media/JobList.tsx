import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectJobIdsOf, useMediaJobStore } from '@/state/media';
import { JobCard } from './JobCard';

export interface JobListProps {
  /** Whose jobs: `pane:<paneId>`. */
  target: string;
  /** Show at most this many (the newest); the rest stay in the store. */
  limit?: number;
}

/** A target's jobs, newest first. Several may be in flight at once; each card follows its own job. */
export function JobList({ target, limit }: JobListProps) {
  const ids = useMediaJobStore(useShallow(useMemo(() => selectJobIdsOf(target), [target])));
  const shown = limit === undefined ? ids : ids.slice(0, limit);
  if (shown.length === 0)
    return <p className="text-sm text-slate-500">No generations yet: write a prompt and press Generate.</p>;
  return (
    <div className="space-y-3">
      {shown.map((id) => (
        <JobCard key={id} jobId={id} />
      ))}
      {shown.length < ids.length && (
        <p className="text-xs text-slate-500">
          {ids.length - shown.length} older {ids.length - shown.length === 1 ? 'job' : 'jobs'} not shown.
        </p>
      )}
    </div>
  );
}
