import { memo, useEffect, useMemo, useState } from 'react';
import { type FigureName, type RunFigures, runFigures } from '@/domain/run';
import { PaneHeader, PaneSystemPrompt, PaneTools } from '@/features/compare';
import { ModelPicker } from '@/features/models';
import { ParamsPanel } from '@/features/params';
import { ResponseView, RunMetrics } from '@/features/run';
import { PaneCodeDialog } from '@/features/snippets';
import type { Model } from '@/lib/api';
import { ProviderOverride, useModelList } from '@/state/models';
import { usePaneRequest, usePaneRun } from '@/state/panes';
import { selectProvider, useSettingsStore } from '@/state/settings';
import {
  selectPaneExists,
  selectPaneModelId,
  selectPaneProvider,
  selectPaneResult,
  useWorkbenchStore,
} from '@/state/workbench';
import { Button, Notice } from '@/ui';

type OnFigures = (paneId: string, figures: RunFigures | null) => void;

interface ComparePaneProps {
  paneId: string;
  index: number;
  count: number;
  best: FigureName[];
  /** Reports this pane's figures once it finished (null otherwise), so the view can pick the best values. */
  onFigures: OnFigures;
}

/** One pane of the comparison. A pane with its own provider gets it through ProviderOverride, so its model
 * list, model details, parameter form and run all use that provider. Memoised, and every part of it selects
 * only the slice of its pane it shows: a streamed frame re-renders the pane's result (PaneResult), not its
 * header, model picker or parameter form. */
export const ComparePane = memo(ComparePaneInner, samePaneProps);

/** The view recomputes every pane's best-metric list when one pane finishes; a pane whose list reads the same
 * is not re-rendered for it. */
function samePaneProps(a: ComparePaneProps, b: ComparePaneProps): boolean {
  return (
    a.paneId === b.paneId &&
    a.index === b.index &&
    a.count === b.count &&
    a.onFigures === b.onFigures &&
    a.best.length === b.best.length &&
    a.best.every((name, i) => name === b.best[i])
  );
}

function ComparePaneInner(props: ComparePaneProps) {
  const provider = useWorkbenchStore(useMemo(() => selectPaneProvider(props.paneId), [props.paneId]));
  const global = useSettingsStore(selectProvider);
  const override = useMemo(() => (provider ? { ...global, kind: provider } : null), [provider, global]);
  return (
    <ProviderOverride.Provider value={override}>
      <PaneBody {...props} />
    </ProviderOverride.Provider>
  );
}

function PaneBody({ paneId, index, count, best, onFigures }: ComparePaneProps) {
  const exists = useWorkbenchStore(useMemo(() => selectPaneExists(paneId), [paneId]));
  const modelId = useWorkbenchStore(useMemo(() => selectPaneModelId(paneId), [paneId]));
  const provider = useWorkbenchStore(useMemo(() => selectPaneProvider(paneId), [paneId]));
  const setModel = useWorkbenchStore((s) => s.setModel);
  const pane = usePaneRequest(paneId);
  const runner = usePaneRun(paneId, pane);
  const list = useModelList();
  const [showCode, setShowCode] = useState(false);

  useEffect(() => {
    // A new pane (or one switched to another provider with no model yet) starts on the catalogue's first model.
    const first = list.data?.[0];
    if (!modelId && first) setModel(paneId, first.id);
  }, [modelId, list.data, paneId, setModel]);

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
      <ModelPicker value={modelId} onChange={(id) => setModel(paneId, id)} />
      <PaneSystemPrompt paneId={paneId} />
      <div className="max-h-96 overflow-auto">
        <ParamsPanel paneId={paneId} pane={pane} />
      </div>
      <div className="flex items-center gap-2">
        <Button
          variant="primary"
          size="sm"
          onClick={runner.run}
          disabled={runner.running || runner.problem !== null}
        >
          Run
        </Button>
        <Button variant="danger" size="sm" onClick={runner.stop} disabled={!runner.running}>
          Stop
        </Button>
      </div>
      {runner.problem && <Notice tone="warning">{runner.problem}</Notice>}
      <PaneResult paneId={paneId} model={pane.model} best={best} onFigures={onFigures} />
      <PaneTools paneId={paneId} pane={pane} />
      <PaneCodeDialog
        paneId={paneId}
        number={number}
        request={pane.request}
        open={showCode}
        onClose={() => setShowCode(false)}
      />
    </section>
  );
}

interface PaneResultProps {
  paneId: string;
  model: Model | undefined;
  best: FigureName[];
  onFigures: OnFigures;
}

/** The only part of a pane that follows a stream: the answer, its status and its metrics. */
const PaneResult = memo(function PaneResult({ paneId, model, best, onFigures }: PaneResultProps) {
  const result = useWorkbenchStore(useMemo(() => selectPaneResult(paneId), [paneId]));
  const appendAnswer = useWorkbenchStore((s) => s.appendAnswer);
  // Keyed on the finished result only: while streaming this stays null, so the view is not told every frame.
  const finished = result?.status === 'done' ? result : null;

  useEffect(() => {
    onFigures(paneId, finished ? runFigures(finished, model) : null);
  }, [paneId, finished, model, onFigures]);

  if (!result) return null;
  return (
    <>
      <ResponseView result={result} onAppend={(i) => appendAnswer(paneId, i)} />
      <RunMetrics result={result} model={model} best={best} />
    </>
  );
});
