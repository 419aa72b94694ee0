import { memo, useMemo } from 'react';
import { paneTarget } from '@/domain/pane';
import type { FigureName } from '@/domain/run';
import { selectShownRun, useRunStore } from '@/state/runs';
import { useWorkbenchStore } from '@/state/workbench';
import { ResponseView } from './ResponseView';
import { RunFrame } from './RunFrame';

const NO_BEST: readonly FigureName[] = [];

/** The part of a pane that follows a stream: the shown answer (the latest run, or an earlier one the user
 * stepped back to), its status and its metrics. The rest of the pane does not re-render on a streamed frame. */
export const PaneResult = memo(function PaneResult({
  paneId,
  best = NO_BEST,
  label,
}: {
  paneId: string;
  best?: readonly FigureName[];
  /** The answer region's name ("Response" unless given). */
  label?: string;
}) {
  const target = paneTarget(paneId);
  const run = useRunStore(useMemo(() => selectShownRun(target), [target]));
  const keepAnswer = useWorkbenchStore((s) => s.keepAnswer);
  return (
    <RunFrame paneId={paneId} target={target} run={run} best={best}>
      <ResponseView run={run} onAppend={(i) => keepAnswer(run?.choices[i] ?? '')} label={label} />
    </RunFrame>
  );
});
