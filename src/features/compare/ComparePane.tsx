import { useEffect, useMemo, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ResponseView } from '../chat/ResponseView';
import { type FigureName, type RunFigures, RunMetrics, runFigures } from '../chat/RunMetrics';
import { ModelPicker } from '../models/ModelPicker';
import { useModelList } from '../models/useModel';
import { ProviderOverride } from '../models/useProviderConfig';
import { ParamsPanel } from '../params/ParamsPanel';
import { selectProvider, useSettingsStore } from '../settings/settingsStore';
import { usePaneRequest } from '../workbench/usePaneRequest';
import { selectPane, useWorkbenchStore } from '../workbench/workbenchStore';
import { PaneCodeDialog } from './PaneCodeDialog';
import { PaneHeader } from './PaneHeader';
import { PaneSystemPrompt } from './PaneSystemPrompt';
import { PaneTools } from './PaneTools';
import { usePaneRun } from './usePaneRun';

interface ComparePaneProps {
  paneId: string;
  index: number;
  count: number;
  best: FigureName[];
  /** Reports this pane's figures once it finished (null otherwise), so the view can pick the best values. */
  onFigures: (paneId: string, figures: RunFigures | null) => void;
}

/** One pane of the comparison. A pane with its own provider gets it through ProviderOverride, so its model
 * list, model details, parameter form and run all use that provider. */
export function ComparePane(props: ComparePaneProps) {
  const provider = useWorkbenchStore(useMemo(() => selectPane(props.paneId), [props.paneId]))?.provider;
  const global = useSettingsStore(selectProvider);
  const override = useMemo(() => (provider ? { ...global, kind: provider } : null), [provider, global]);
  return (
    <ProviderOverride.Provider value={override}>
      <PaneBody {...props} />
    </ProviderOverride.Provider>
  );
}

function PaneBody({ paneId, index, count, best, onFigures }: ComparePaneProps) {
  const stored = useWorkbenchStore(useMemo(() => selectPane(paneId), [paneId]));
  const setModel = useWorkbenchStore((s) => s.setModel);
  const appendAnswer = useWorkbenchStore((s) => s.appendAnswer);
  const pane = usePaneRequest(paneId);
  const runner = usePaneRun(paneId, pane);
  const list = useModelList();
  const [showCode, setShowCode] = useState(false);
  const modelId = stored?.modelId ?? '';
  const result = stored?.result;

  useEffect(() => {
    // A new pane (or one switched to another provider with no model yet) starts on the catalogue's first model.
    const first = list.data?.[0];
    if (!modelId && first) setModel(paneId, first.id);
  }, [modelId, list.data, paneId, setModel]);

  useEffect(() => {
    onFigures(paneId, result?.status === 'done' ? runFigures(result, pane.model) : null);
  }, [paneId, result, pane.model, onFigures]);

  if (!stored || !result) return null;
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
        provider={stored.provider}
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
      <ResponseView result={result} onAppend={(i) => appendAnswer(paneId, i)} />
      <RunMetrics result={result} model={pane.model} best={best} />
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
