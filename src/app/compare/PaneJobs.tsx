import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { paneTarget } from '@/domain/pane';
import { JobCard } from '@/features/media';
import { selectJobIdsOf, useMediaJobStore } from '@/state/media';

/** A media pane's answer: its latest job (status, results, cost), the earlier ones folded away so every pane's
 * latest result starts at the same height. */
export function PaneJobs({ paneId }: { paneId: string }) {
  const target = paneTarget(paneId);
  const ids = useMediaJobStore(useShallow(useMemo(() => selectJobIdsOf(target), [target])));
  const [latest, ...earlier] = ids;
  if (latest === undefined)
    return <p className="text-sm text-slate-500">No generations yet: write a prompt and press Generate.</p>;
  return (
    <div className="space-y-2">
      <JobCard jobId={latest} />
      {earlier.length > 0 && (
        <details className="rounded-md">
          <summary className="cursor-pointer text-xs font-semibold text-slate-700">
            Earlier jobs ({earlier.length})
          </summary>
          <div className="mt-2 space-y-2">
            {earlier.map((id) => (
              <JobCard key={id} jobId={id} />
            ))}
          </div>
        </details>
      )}
    </div>
  );
}
