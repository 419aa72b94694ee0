import { memo, useMemo, useState } from 'react';
import type { FigureName } from '@/domain/run';
import { PaneHeader, PaneSystemPrompt, PaneTools } from '@/features/compare';
import { ModelPicker } from '@/features/models';
import { ParamsPanel } from '@/features/params';
import { PaneResult, PaneRunButtons } from '@/features/run';
import { PaneCodeDialog } from '@/features/snippets';
import { useFirstModelWhenUnset, usePaneRequest, useShownRunError } from '@/state/panes';
import { resetPane, selectPaneExists, selectPaneProvider, useWorkbenchStore } from '@/state/workbench';
import { Button, ErrorBoundary, Notice } from '@/ui';

interface ComparePaneProps {
  paneId: string;
  index: number;
  count: number;
  /** The figures on which this pane's latest answer is the best of the comparison. */
  best: readonly FigureName[];
}

/** One pane of the comparison. Its model list, model details, parameter form, code and runs all use the pane's
 * provider. Memoised, and every part selects only the slice of the pane it shows: a streamed frame re-renders
 * the pane's result (PaneResult), not its header, model picker or parameter form. */
export const ComparePane = memo(function ComparePane(props: ComparePaneProps) {
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <section
          aria-label={`Pane ${props.index + 1}`}
          className="rounded-lg border border-rose-200 bg-rose-50 p-3"
        >
          <Notice tone="error" title={`Pane ${props.index + 1} failed`}>
            {error.message || 'It failed to render.'}{' '}
            <Button
              size="sm"
              onClick={() => {
                resetPane(props.paneId);
                retry();
              }}
            >
              Reset this pane
            </Button>
          </Notice>
        </section>
      )}
    >
      <PaneBody {...props} />
    </ErrorBoundary>
  );
});

function PaneBody({ paneId, index, count, best }: ComparePaneProps) {
  const exists = useWorkbenchStore(useMemo(() => selectPaneExists(paneId), [paneId]));
  const provider = useWorkbenchStore(useMemo(() => selectPaneProvider(paneId), [paneId]));
  const setModel = useWorkbenchStore((s) => s.setModel);
  const pane = usePaneRequest(paneId);
  const [showCode, setShowCode] = useState(false);
  useFirstModelWhenUnset(paneId, pane.modelId, pane.provider);
  const runError = useShownRunError(paneId);

  if (!exists) return null;
  const number = index + 1;
  return (
    <section
      aria-label={`Pane ${number}`}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <PaneHeader
        paneId={paneId}
        number={number}
        count={count}
        provider={provider}
        onShowCode={() => setShowCode(true)}
      />
      <ModelPicker
        api={pane.provider.api}
        value={pane.modelId}
        onChange={(id) => setModel(paneId, id)}
        failureShown={runError}
      />
      <PaneSystemPrompt paneId={paneId} />
      <div className="max-h-96 overflow-auto">
        <ParamsPanel paneId={paneId} pane={pane} label={`Pane ${number} parameters`} />
      </div>
      <PaneRunButtons paneId={paneId} pane={pane} />
      <PaneResult paneId={paneId} best={best} label={`Pane ${number} response`} />
      <PaneTools paneId={paneId} pane={pane} />
      <PaneCodeDialog
        paneId={paneId}
        number={number}
        pane={pane}
        open={showCode}
        onClose={() => setShowCode(false)}
      />
    </section>
  );
}
