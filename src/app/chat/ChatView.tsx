import { useEffect, useMemo, useState } from 'react';
import { ConversationEditor } from '@/features/conversation';
import { ModelCard, ModelPicker } from '@/features/models';
import { ParamsPanel } from '@/features/params';
import { ResponseView, RunControls, RunMetrics } from '@/features/run';
import { ApiPanel } from '@/features/snippets';
import { useModelList } from '@/state/models';
import { type PaneRequest, usePaneRequest } from '@/state/panes';
import { selectFirstPaneId, selectPaneResult, useWorkbenchStore } from '@/state/workbench';
import { Tabs } from '@/ui';

type ChatTab = 'chat' | 'api';

/** The single-model workbench: the first pane, with the conversation beside it. */
export function ChatView() {
  const paneId = useWorkbenchStore(selectFirstPaneId);
  const modelId = useWorkbenchStore((s) => s.panes[0]?.modelId ?? '');
  const setModel = useWorkbenchStore((s) => s.setModel);
  const pane = usePaneRequest(paneId);
  const list = useModelList();
  const [tab, setTab] = useState<ChatTab>('chat');

  useEffect(() => {
    // A first visit without a deep link starts on the catalogue's first model rather than an empty form.
    const first = list.data?.[0];
    if (!modelId && first) setModel(paneId, first.id);
  }, [modelId, list.data, paneId, setModel]);

  const acceptsImages = pane.model?.capabilities?.input?.includes('image') ?? false;
  return (
    <div className="grid min-h-0 flex-1 grid-cols-1 gap-4 p-4 lg:grid-cols-[22rem_1fr]">
      <aside aria-label="Model and parameters" className="min-h-0 space-y-3 overflow-auto">
        <ModelPicker value={modelId} onChange={(id) => setModel(paneId, id)} />
        {pane.model && <ModelCard model={pane.model} />}
        <ParamsPanel paneId={paneId} pane={pane} />
      </aside>
      <main className="flex min-h-0 flex-col">
        <Tabs
          label="Workbench"
          tabs={[
            { id: 'chat', label: 'Chat' },
            { id: 'api', label: 'API' },
          ]}
          selected={tab}
          onSelect={setTab}
        >
          {tab === 'chat' ? (
            <div className="space-y-4">
              <ConversationEditor acceptsImages={acceptsImages} />
              <ChatResult paneId={paneId} pane={pane} />
            </div>
          ) : (
            <ApiPanel paneId={paneId} request={pane.request} />
          )}
        </Tabs>
      </main>
    </div>
  );
}

/** The only part of the chat view that follows a stream: the rest (sidebar, form, editor) does not re-render
 * on each published frame. */
function ChatResult({ paneId, pane }: { paneId: string; pane: PaneRequest }) {
  const result = useWorkbenchStore(useMemo(() => selectPaneResult(paneId), [paneId]));
  const appendAnswer = useWorkbenchStore((s) => s.appendAnswer);
  return (
    <>
      <RunControls paneId={paneId} pane={pane} running={result?.status === 'running'} />
      {result && <ResponseView result={result} onAppend={(i) => appendAnswer(paneId, i)} />}
      {result && <RunMetrics result={result} model={pane.model} />}
    </>
  );
}
