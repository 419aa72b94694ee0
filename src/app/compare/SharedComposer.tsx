import { useId, useMemo, useState } from 'react';
import { anySupport } from '@/domain/schema';
import { conversationSummary } from '@/features/compare';
import { Composer, Transcript } from '@/features/conversation';
import { PromptOptions } from '@/features/tools';
import { VariablesPanel } from '@/features/variables';
import { usePanesSupport } from '@/state/panes';
import { useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';
import { runAll } from './CompareToolbar';
import { MediaComposer } from './MediaComposer';
import { useComparedPanes } from './useMediaPanes';

/** The one conversation every pane answers, above the panes: the same transcript and composer as chat, so a turn
 * is read, edited, regenerated (in every pane) and deleted the same way in both views. Its height is bounded (it
 * scrolls inside) so the answers stay on screen, and it collapses to one line: the last user message. */
export function SharedComposer() {
  const panes = useComparedPanes();
  // Image and video models have no conversation: when every pane is one, the shared part is their prompt.
  const allMedia = panes.length > 0 && panes.every((p) => p.kind !== 'chat');
  return allMedia ? <SharedMediaPrompt panes={panes} /> : <SharedConversation />;
}

function SharedMediaPrompt({ panes }: { panes: ReturnType<typeof useComparedPanes> }) {
  return (
    <section aria-label="Shared prompt" className="shrink-0 rounded-lg border border-slate-200 bg-white">
      <h2 className="px-3 pt-1.5 text-sm font-semibold">Shared prompt</h2>
      <MediaComposer panes={panes} />
    </section>
  );
}

function SharedConversation() {
  const id = useId();
  const [open, setOpen] = useState(true);
  const summary = useWorkbenchStore((s) => conversationSummary(s.conversation));
  const supports = usePanesSupport();
  const key = supports.map((s) => `${s.toolChoice}${s.parallelToolCalls}${s.formats.join()}`).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when what the panes allow changes
  const support = useMemo(() => anySupport(supports), [key]);
  const without = supports.flatMap((s, i) => (s.toolChoice ? [] : [`Pane ${i + 1}'s model`]));
  const unsupportedBy = support.toolChoice && without.length > 0 ? without.join(', ') : undefined;
  return (
    <div className="shrink-0 rounded-lg border border-slate-200 bg-white">
      <div className="flex items-center gap-2 px-3 py-1.5">
        <h2 className="shrink-0 text-sm font-semibold">Shared conversation</h2>
        <p className="min-w-0 flex-1 truncate text-xs text-slate-600">
          {open ? 'Sent to every pane' : summary}
        </p>
        <Button size="sm" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? 'Collapse conversation' : 'Edit conversation'}
        </Button>
      </div>
      {open && (
        <div id={id} className="max-h-[34vh] space-y-2 overflow-y-auto border-t border-slate-100 px-3 py-2">
          {/* Images are sent to every pane; a model that cannot read them answers with an error in its pane. */}
          <details className="group rounded-md">
            <summary className="cursor-pointer text-xs font-semibold text-slate-700">
              Tools &amp; output (shared by every pane)
            </summary>
            <div className="mt-2">
              <PromptOptions support={support} unsupportedBy={unsupportedBy} heading={false} columns />
            </div>
          </details>
          <Transcript acceptsImages onRegenerate={runAll} />
          <Composer acceptsImages onRegenerate={runAll} />
        </div>
      )}
      {/* Below the scrolling conversation, so the values stay in view while it scrolls (collapsed too). Without
          variables nothing at all: Compare's height belongs to the answers, and the chat view shows the hint. */}
      <div className="border-t border-slate-100 px-3 py-2 empty:hidden">
        <VariablesPanel columns hideWhenEmpty />
      </div>
    </div>
  );
}
