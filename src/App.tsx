import './lib/api/queryRegister';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CompareView } from './features/compare/CompareView';
import { ShareLinkArrival } from './features/compare/ShareLinkArrival';
import { PROVIDER_LABELS } from './features/settings/providers';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { selectProvider, useSettingsStore } from './features/settings/settingsStore';
import { ChatView } from './features/workbench/ChatView';
import { useModelInUrl } from './features/workbench/useModelInUrl';
import { selectView, useWorkbenchStore } from './features/workbench/workbenchStore';
import { browserStorage } from './lib/storage/safeStorage';
import { Button } from './ui/Button';
import { Notice } from './ui/Notice';

const queryClient = new QueryClient();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Workbench />
    </QueryClientProvider>
  );
}

function useStorageProblem(): string | null {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => browserStorage.onProblem(setProblem), []);
  return problem;
}

function Workbench() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const provider = useSettingsStore(selectProvider);
  const storageProblem = useStorageProblem();
  const view = useWorkbenchStore(selectView);
  const enterCompare = useWorkbenchStore((s) => s.enterCompare);
  const setView = useWorkbenchStore((s) => s.setView);
  useModelInUrl();
  return (
    <div className="flex h-full flex-col">
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <h1 className="text-lg font-bold tracking-tight">Yoke</h1>
        <span className="text-xs text-slate-500">LLM workbench</span>
        <span className="flex-1" />
        <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600">
          Provider: {PROVIDER_LABELS[provider.kind]}
        </span>
        {/* One button that names the other view: only one view is mounted, so only its Ctrl+Enter listens. */}
        {view === 'compare' ? (
          <Button onClick={() => setView('chat')}>Chat</Button>
        ) : (
          <Button onClick={enterCompare}>Compare</Button>
        )}
        <Button onClick={() => setSettingsOpen(true)}>Settings</Button>
      </header>
      {storageProblem && (
        <div className="px-4 pt-2">
          <Notice tone="warning">{storageProblem}</Notice>
        </div>
      )}
      <ShareLinkArrival />
      {view === 'compare' ? <CompareView /> : <ChatView />}
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}
