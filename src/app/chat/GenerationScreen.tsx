import { useState } from 'react';
import { paneTarget } from '@/domain/pane';
import { GenerateBar, generateBlocker, JobList } from '@/features/media';
import { useRunShortcut } from '@/features/run';
import { PaneApiTab } from '@/features/snippets';
import { generatePane, type PaneRequest } from '@/state/panes';
import { Tabs } from '@/ui';
import { ChatSide } from './ChatSide';

type GenerationTab = 'generate' | 'api';

/** The single-model workbench for an image or video model: the schema form (the prompt is its first field)
 * beside Generate and the pane's jobs, newest first. There is no conversation: each Generate is one job. */
export function GenerationScreen({ paneId, pane }: { paneId: string; pane: PaneRequest }) {
  const [tab, setTab] = useState<GenerationTab>('generate');
  // Ctrl/⌘+Enter generates, as it runs a chat model; a blocked Generate says why on its own bar.
  useRunShortcut(() => {
    const blocked = generateBlocker({
      providerProblem: pane.provider.problem,
      modelLoading: pane.modelLoading,
      mediaRequest: pane.mediaRequest,
      normalized: pane.normalized,
    });
    if (blocked === null) generatePane(paneId);
  });
  return (
    <div className="grid flex-1 grid-cols-1 gap-4 p-3 sm:p-4 lg:grid-cols-[22rem_minmax(0,1fr)] lg:items-start">
      <ChatSide paneId={paneId} pane={pane} />
      <main className="flex min-w-0 flex-col">
        <Tabs
          label="Workbench"
          tabs={[
            { id: 'generate', label: 'Generate' },
            { id: 'api', label: 'API' },
          ]}
          selected={tab}
          onSelect={setTab}
        >
          {tab === 'generate' ? (
            <div className="space-y-3">
              <div className="sticky top-0 z-10 -mx-3 border-b border-slate-200 bg-slate-50/95 px-3 py-2 backdrop-blur sm:-mx-4 sm:px-4">
                <GenerateBar paneId={paneId} pane={pane} />
              </div>
              <JobList target={paneTarget(paneId)} />
            </div>
          ) : (
            <PaneApiTab paneId={paneId} pane={pane} />
          )}
        </Tabs>
      </main>
    </div>
  );
}
