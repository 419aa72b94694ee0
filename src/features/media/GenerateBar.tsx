import { useId, useMemo } from 'react';
import { estimateCost } from '@/domain/media';
import { formatUsd } from '@/lib/pricing';
import { generatePane, type PaneRequest } from '@/state/panes';
import { Button } from '@/ui';
import { generateBlocker } from './generateBlocker';

export interface GenerateBarProps {
  paneId: string;
  pane: PaneRequest;
  /** A Compare pane's bar: one line, the cost maths left to the title attribute. */
  compact?: boolean;
}

/** Generate, why it cannot be pressed when it cannot, and what the generation is expected to cost, worked out
 * from the model's pricing before anything is sent. Several jobs may run at once, so Generate stays pressable
 * while one is in flight. */
export function GenerateBar({ paneId, pane, compact = false }: GenerateBarProps) {
  const costId = useId();
  const reasonId = useId();
  const blocker = generateBlocker({
    providerProblem: pane.provider.problem,
    modelLoading: pane.modelLoading,
    mediaRequest: pane.mediaRequest,
    normalized: pane.normalized,
  });
  const kind = pane.kind === 'chat' ? null : pane.kind;
  const cost = useMemo(
    () =>
      kind && pane.mediaRequest ? estimateCost(pane.model?.pricing ?? null, pane.mediaRequest, kind) : null,
    [kind, pane.model?.pricing, pane.mediaRequest],
  );
  const total = cost?.total ?? null;
  return (
    <div
      className={
        compact ? 'flex flex-wrap items-center gap-2' : 'flex flex-wrap items-center gap-x-3 gap-y-2'
      }
    >
      <Button
        variant="primary"
        onClick={() => {
          if (blocker === null) generatePane(paneId);
        }}
        disabled={blocker !== null}
        aria-describedby={blocker ? reasonId : undefined}
        aria-keyshortcuts={compact ? undefined : 'Control+Enter Meta+Enter'}
      >
        Generate
      </Button>
      {blocker && (
        <span id={reasonId} className="text-xs text-amber-800">
          {blocker}
        </span>
      )}
      <span className="flex-1" />
      <span
        className="flex items-baseline gap-1.5 text-xs text-slate-600"
        title={compact ? cost?.text : undefined}
      >
        <span id={costId}>Estimated cost</span>
        <output aria-labelledby={costId} className="font-medium text-slate-900 tabular-nums">
          {total === null ? (cost?.text ?? 'unknown') : formatUsd(total)}
        </output>
        {!compact && total !== null && cost?.text && <span className="text-slate-500">({cost.text})</span>}
      </span>
    </div>
  );
}
