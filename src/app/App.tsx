import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ChatScreen } from '@/app/chat';
import { CompareScreen } from '@/app/compare';
import { PROVIDER_LABELS } from '@/domain/provider';
import { ShareLinkArrival } from '@/features/compare';
import { SettingsDialog } from '@/features/settings';
import { browserStorage } from '@/lib/storage';
import { queryClient } from '@/state/models';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useModelInUrl } from '@/state/url';
import { selectView, useWorkbenchStore } from '@/state/workbench';
import { Button, ErrorBoundary, Notice } from '@/ui';
import { Notices } from './Notices';
import { RecoveryScreen } from './RecoveryScreen';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary fallback={(error, retry) => <RecoveryScreen error={error} retry={retry} />}>
        <Workbench />
      </ErrorBoundary>
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
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-3 py-2 sm:px-4">
        <h1 className="text-lg font-bold tracking-tight">Yoke</h1>
        <span className="hidden text-xs text-slate-500 sm:inline">LLM workbench</span>
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
      <Notices />
      <ShareLinkArrival />
      {view === 'compare' ? <CompareScreen /> : <ChatScreen />}
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </div>
  );
}
