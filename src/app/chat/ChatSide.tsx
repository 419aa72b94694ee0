import { memo, useMemo, useState } from 'react';
import type { Conversation } from '@/domain/conversation';
import { promptSupport } from '@/domain/schema';
import { ModelCard, ModelPicker } from '@/features/models';
import { ParamsPanel } from '@/features/params';
import { PromptOptions } from '@/features/tools';
import { VariablesPanel } from '@/features/variables';
import { type PaneRequest, useShownRunError } from '@/state/panes';
import { useWorkbenchStore } from '@/state/workbench';
import { Button, Dialog, ErrorBoundary, Notice } from '@/ui';
import { useWideScreen } from './useWideScreen';

interface ChatSideProps {
  paneId: string;
  pane: PaneRequest;
}

/** The model, the variables, the tools and output format, and the parameters: a side panel on a wide screen; on a phone the parameters go behind a
 * "Parameters" button, so they never stand between the prompt and the answer. */
function ChatSideView({ paneId, pane }: ChatSideProps) {
  const setModel = useWorkbenchStore((s) => s.setModel);
  // A run's failure that already says what the model-list error would say is shown once, with the run.
  const runError = useShownRunError(paneId);
  return (
    <aside
      aria-label="Model and parameters"
      className="min-w-0 space-y-3 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-1"
    >
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
      {pane.kind !== 'chat' ? (
        // A media model's prompt is a field of its form, so the form stays in view on a phone too; tools,
        // output formats and variables belong to chat prompts.
        <ParamsPanel paneId={paneId} pane={pane} />
      ) : (
        <ChatPromptSide paneId={paneId} pane={pane} />
      )}
    </aside>
  );
}

/** A chat model's side: the variables, the tools and output format, and the sampling parameters (behind two
 * buttons on a phone). */
function ChatPromptSide({ paneId, pane }: ChatSideProps) {
  const wide = useWideScreen();
  const [open, setOpen] = useState<'params' | 'prompt' | null>(null);
  const summary = useWorkbenchStore((s) => promptSummary(s.conversation));
  const support = useMemo(() => promptSupport(pane.model), [pane.model]);
  return (
    <>
      {/* The variables' values are part of the prompt, like the tools and the response format, and are typed per
          run, so they stay in view on a phone too. */}
      {/* On a phone the hint alone is not worth the height it takes above the conversation: the panel shows
          once the prompt has a variable. */}
      <VariablesPanel hideWhenEmpty={!wide} />
      {/* Tools and the response format are part of the prompt, so they come before the sampling parameters. */}
      {wide ? (
        <>
          <PromptOptions support={support} />
          <ParamsPanel paneId={paneId} pane={pane} />
        </>
      ) : (
        <>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => setOpen('prompt')} aria-haspopup="dialog">
              Tools &amp; output
              {summary && <span className="font-normal text-slate-500">({summary})</span>}
            </Button>
            <Button onClick={() => setOpen('params')} aria-haspopup="dialog">
              Parameters
            </Button>
          </div>
          <Dialog open={open === 'prompt'} title="Tools & output" onClose={() => setOpen(null)}>
            <div className="space-y-3">
              <PromptOptions support={support} heading={false} />
              <Button variant="primary" onClick={() => setOpen(null)}>
                Close
              </Button>
            </div>
          </Dialog>
          <Dialog open={open === 'params'} title="Parameters" onClose={() => setOpen(null)}>
            <div className="space-y-3">
              <ParamsPanel paneId={paneId} pane={pane} />
              <Button variant="primary" onClick={() => setOpen(null)}>
                Close
              </Button>
            </div>
          </Dialog>
        </>
      )}
    </>
  );
}

/** "2 tools · JSON schema": what the phone's Tools & output button holds, '' when nothing. */
function promptSummary(conversation: Conversation): string {
  const count = conversation.tools?.length ?? 0;
  const format = conversation.responseFormat?.type;
  return [
    count > 0 ? `${count} tool${count === 1 ? '' : 's'}` : '',
    format === 'json_schema' ? 'JSON schema' : format === 'json_object' ? 'JSON object' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

// Typing in the conversation changes the pane's request on every keystroke; the side panel shows none of it,
// so it re-renders only when what it shows changes (the parameter form is the costliest part of the page).
export const ChatSide = memo(
  ChatSideView,
  (a, b) =>
    a.paneId === b.paneId &&
    a.pane.provider === b.pane.provider &&
    a.pane.modelId === b.pane.modelId &&
    a.pane.model === b.pane.model &&
    a.pane.normalized === b.pane.normalized &&
    a.pane.params === b.pane.params &&
    a.pane.modelLoading === b.pane.modelLoading &&
    a.pane.detailsError === b.pane.detailsError,
);
