import { useCallback, useMemo, useRef, useState } from 'react';
import { paneTarget } from '@/domain/pane';
import { COMPOSER_ID, Composer, Transcript } from '@/features/conversation';
import { ChatResult, ChatRunBar, JumpToLatest, useFollowStream } from '@/features/run';
import { PaneApiTab } from '@/features/snippets';
import { runPane, useFirstModelWhenUnset, usePaneRequest } from '@/state/panes';
import { selectRunning, useRunStore } from '@/state/runs';
import { selectFirstPaneId, useWorkbenchStore } from '@/state/workbench';
import { lazyChunk, Tabs } from '@/ui';
import { ChatSide } from './ChatSide';

// An image or video model's screen (the media feature: jobs, results, costs) is a chunk of its own: the first
// screen of most visits is a chat model's, and a media model's details take a request anyway.
const generation = lazyChunk(
  () => import('./GenerationScreen').then((m) => m.GenerationScreen),
  <p className="p-4 text-sm text-slate-500">Loading…</p>,
);
const GenerationScreen = generation.Component;
export const loadGenerationScreen = generation.load;

type ChatTab = 'chat' | 'api';

/** The single-model workbench: the first pane. The conversation reads as a transcript, the answer follows it,
 * and the composer and run bar are docked at the bottom of the page (the page scrolls, nothing inside it), so
 * Run and Stop never scroll away. */
export function ChatScreen() {
  const paneId = useWorkbenchStore(selectFirstPaneId);
  const pane = usePaneRequest(paneId);
  const [tab, setTab] = useState<ChatTab>('chat');
  useFirstModelWhenUnset(paneId, pane.modelId, pane.provider);
  // An image or video model has no conversation to hold: the page becomes a form, Generate and the jobs.
  if (pane.kind !== 'chat') return <GenerationScreen paneId={paneId} pane={pane} />;

  const acceptsImages = pane.model?.capabilities?.input?.includes('image') ?? false;
  return (
    <div className="grid flex-1 grid-cols-1 gap-4 p-3 sm:p-4 lg:grid-cols-[22rem_minmax(0,1fr)] lg:items-start">
      <ChatSide paneId={paneId} pane={pane} />
      <main className="flex min-w-0 flex-col">
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
            <ChatTranscript paneId={paneId} acceptsImages={acceptsImages} pane={pane} />
          ) : (
            <PaneApiTab paneId={paneId} pane={pane} />
          )}
        </Tabs>
      </main>
    </div>
  );
}

function ChatTranscript({
  paneId,
  pane,
  acceptsImages,
}: {
  paneId: string;
  pane: ReturnType<typeof usePaneRequest>;
  acceptsImages: boolean;
}) {
  const running = useRunStore(useMemo(() => selectRunning(paneTarget(paneId)), [paneId]));
  const content = useRef<HTMLDivElement>(null);
  const dock = useRef<HTMLDivElement>(null);
  const follow = useFollowStream(running, content, dock);
  const regenerate = useCallback(() => void runPane(paneId), [paneId]);
  return (
    <div className="flex flex-col gap-3">
      <div ref={content} className="space-y-3">
        <Transcript acceptsImages={acceptsImages} onRegenerate={regenerate} />
        <ChatResult paneId={paneId} composerId={COMPOSER_ID} />
      </div>
      <div
        ref={dock}
        className="sticky bottom-0 z-10 -mx-3 space-y-2 border-t border-slate-200 bg-slate-50/95 px-3 pt-2 pb-3 backdrop-blur sm:-mx-4 sm:px-4"
      >
        <JumpToLatest show={follow.showJump} onJump={follow.jump} />
        <Composer acceptsImages={acceptsImages} onRegenerate={regenerate} />
        <ChatRunBar paneId={paneId} pane={pane} composerId={COMPOSER_ID} />
      </div>
    </div>
  );
}
