import { useState } from 'react';
import { ConversationEditor } from '@/features/conversation';
import { ModelCard, ModelPicker } from '@/features/models';
import { ParamsPanel } from '@/features/params';
import { PaneResult, RunControls } from '@/features/run';
import { PaneApiTab } from '@/features/snippets';
import { useFirstModelWhenUnset, usePaneRequest, useShownRunError } from '@/state/panes';
import { selectFirstPaneId, useWorkbenchStore } from '@/state/workbench';
import { ErrorBoundary, Notice, Tabs } from '@/ui';

type ChatTab = 'chat' | 'api';

/** The single-model workbench: the first pane, with the conversation beside it. */
export function ChatScreen() {
  const paneId = useWorkbenchStore(selectFirstPaneId);
  const setModel = useWorkbenchStore((s) => s.setModel);
  const pane = usePaneRequest(paneId);
  const [tab, setTab] = useState<ChatTab>('chat');
  useFirstModelWhenUnset(paneId, pane.modelId, pane.provider);
  const runError = useShownRunError(paneId);

  const acceptsImages = pane.model?.capabilities?.input?.includes('image') ?? false;
  return (
    <div className="grid min-h-0 flex-1 grid-cols-1 gap-4 p-4 lg:grid-cols-[22rem_1fr]">
      <aside aria-label="Model and parameters" className="min-h-0 space-y-3 overflow-auto">
        <ModelPicker
          api={pane.provider.api}
          value={pane.modelId}
          onChange={(id) => setModel(paneId, id)}
          failureShown={runError}
        />
        {pane.model && (
          <ErrorBoundary
            resetKey={pane.model}
            fallback={(error) => (
              <Notice tone="error" title="The model's details cannot be shown">
                {error.message}
              </Notice>
            )}
          >
            <ModelCard model={pane.model} />
          </ErrorBoundary>
        )}
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
              <RunControls paneId={paneId} pane={pane} />
              <PaneResult paneId={paneId} />
            </div>
          ) : (
            <PaneApiTab paneId={paneId} pane={pane} />
          )}
        </Tabs>
      </main>
    </div>
  );
}
