import { QueryClientProvider } from '@tanstack/react-query';
import { type MouseEvent, useCallback, useEffect, useState } from 'react';
import { ChatScreen } from '@/app/chat';
import { CompareScreen } from '@/app/compare';
import { EvaluateScreen } from '@/app/evaluate';
import { PROVIDER_LABELS } from '@/domain/provider';
import { SettingsDialog } from '@/features/settings';
import { KeyboardShortcutsDialog, useHelpKey } from '@/features/shortcuts';
import { EmptyVariablesDialog } from '@/features/variables';
import { browserStorage } from '@/lib/storage';
import { resumeJobs } from '@/state/media';
import { queryClient } from '@/state/models';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useModelInUrl } from '@/state/url';
import { selectView, useWorkbenchStore } from '@/state/workbench';
import { Button, ErrorBoundary, Notice, ThemePicker } from '@/ui';
import { ShareLinkArrival } from './lazyShareLinkArrival';
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

const MAIN_ID = 'main-content';
/** Three view buttons, Settings, the theme and help fit one line of a 390 px phone only this tight. */
const COMPACT_ON_PHONE = 'max-sm:px-2 max-sm:text-xs';

/** Focuses the work area without touching the URL: its #fragment may hold a shared comparison. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(MAIN_ID);
  if (!target) return;
  event.preventDefault();
  target.focus();
}

function Workbench() {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const provider = useSettingsStore(selectProvider);
  const storageProblem = useStorageProblem();
  const view = useWorkbenchStore(selectView);
  const enterCompare = useWorkbenchStore((s) => s.enterCompare);
  const setView = useWorkbenchStore((s) => s.setView);
  useModelInUrl();
  // Jobs outlive the page (their state is on the server): the ones a reload left unfinished are polled again.
  useEffect(() => {
    resumeJobs();
  }, []);
  useHelpKey(useCallback(() => setShortcutsOpen(true), []));
  // Chat has its own <main> beside its <aside>; Compare and Evaluate have no aside, so the work area is the main.
  const WorkArea = view === 'chat' ? 'div' : 'main';
  return (
    <div className="flex h-full flex-col">
      {/* A real in-page link; the click handler only keeps the #fragment (a shared comparison) out of the URL. */}
      <a
        href={`#${MAIN_ID}`}
        onClick={skipToMain}
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:text-brand-700 focus:shadow-lg"
      >
        Skip to main content
      </a>
      <header className="flex flex-wrap items-center gap-x-1.5 gap-y-1 border-b border-slate-200 bg-white px-3 py-2 sm:gap-x-3 sm:px-4">
        <h1 className="text-lg font-bold tracking-tight">Yoke</h1>
        <span className="hidden text-xs text-slate-500 sm:inline">LLM workbench</span>
        <span className="flex-1" />
        <span className="hidden rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600 sm:inline">
          Provider: {PROVIDER_LABELS[provider.kind]}
        </span>
        {/* A button per other view: only one view is mounted, so only its Ctrl+Enter listens. */}
        {view !== 'chat' && (
          <Button className={COMPACT_ON_PHONE} onClick={() => setView('chat')}>
            Chat
          </Button>
        )}
        {view !== 'compare' && (
          <Button className={COMPACT_ON_PHONE} onClick={enterCompare}>
            Compare
          </Button>
        )}
        {view !== 'evaluate' && (
          <Button className={COMPACT_ON_PHONE} onClick={() => setView('evaluate')}>
            Evaluate
          </Button>
        )}
        <Button className={COMPACT_ON_PHONE} onClick={() => setSettingsOpen(true)}>
          Settings
        </Button>
        <ThemePicker />
        <Button
          variant="ghost"
          className="max-sm:px-1.5"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          aria-keyshortcuts="?"
          onClick={() => setShortcutsOpen(true)}
        >
          <span aria-hidden>?</span>
        </Button>
      </header>
      {storageProblem && (
        <div className="px-4 pt-2">
          <Notice tone="warning">{storageProblem}</Notice>
        </div>
      )}
      <Notices />
      <ShareLinkArrival />
      {/* The skip link's target. The chat screen has its own <main> beside its parameters <aside> (an aside must
          not sit inside main), so around it this is a plain box; Compare has no aside, so here it is the main. */}
      {/* Chat grows with its transcript and the page scrolls (its run bar is sticky to the screen); Compare and
          Evaluate fit the screen and scroll inside (the columns, the grid). */}
      <WorkArea
        id={MAIN_ID}
        tabIndex={-1}
        className={view === 'chat' ? 'flex flex-1 flex-col' : 'flex min-h-0 flex-1 flex-col'}
      >
        {view === 'compare' ? <CompareScreen /> : view === 'evaluate' ? <EvaluateScreen /> : <ChatScreen />}
      </WorkArea>
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <KeyboardShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      <EmptyVariablesDialog />
    </div>
  );
}
