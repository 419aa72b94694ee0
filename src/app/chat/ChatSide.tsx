import { memo, useMemo, useState } from 'react';
import { promptSupport } from '@/domain/schema';
import { ModelCard, ModelPicker } from '@/features/models';
import { ParamsPanel } from '@/features/params';
import { PromptOptions } from '@/features/tools';
import { type PaneRequest, useShownRunError } from '@/state/panes';
import { useWorkbenchStore } from '@/state/workbench';
import { Button, Dialog, ErrorBoundary, Notice } from '@/ui';
import { useWideScreen } from './useWideScreen';

interface ChatSideProps {
  paneId: string;
  pane: PaneRequest;
}

/** The model, the tools and output format, and the parameters: a side panel on a wide screen; on a phone the parameters go behind a
 * "Parameters" button, so they never stand between the prompt and the answer. */
function ChatSideView({ paneId, pane }: ChatSideProps) {
  const setModel = useWorkbenchStore((s) => s.setModel);
  const wide = useWideScreen();
  const [open, setOpen] = useState(false);
  // A run's failure that already says what the model-list error would say is shown once, with the run.
  const runError = useShownRunError(paneId);
  const support = useMemo(() => promptSupport(pane.model), [pane.model]);
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
      {/* Tools and the response format are part of the prompt, so they come before the sampling parameters. */}
      <PromptOptions support={support} />
      {wide ? (
        <ParamsPanel paneId={paneId} pane={pane} />
      ) : (
        <>
          <Button onClick={() => setOpen(true)} aria-haspopup="dialog">
            Parameters
          </Button>
          <Dialog open={open} title="Parameters" onClose={() => setOpen(false)}>
            <div className="space-y-3">
              <ParamsPanel paneId={paneId} pane={pane} />
              <Button variant="primary" onClick={() => setOpen(false)}>
                Close
              </Button>
            </div>
          </Dialog>
        </>
      )}
    </aside>
  );
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
