import { memo, useId, useMemo, useRef, useState } from 'react';
import type { FigureName } from '@/domain/run';
import { PaneDiff, PaneHeader, PaneProviderSelect, useSyncedScroll } from '@/features/compare';
import { GenerateBar } from '@/features/media';
import { PaneResult, PaneRunButtons } from '@/features/run';
import { PaneCodeDialog } from '@/features/snippets';
import { useFirstModelWhenUnset, usePaneRequest } from '@/state/panes';
import { resetPane, selectPaneExists, useWorkbenchStore } from '@/state/workbench';
import { Button, ErrorBoundary, Notice } from '@/ui';
import { PaneJobs } from './PaneJobs';
import { PaneSettings } from './PaneSettings';

interface ComparePaneProps {
  paneId: string;
  index: number;
  count: number;
  /** The figures on which this pane's latest answer is the best of the comparison. */
  best: readonly FigureName[];
  /** The pane the diff is against ('' when no diff is shown), and its number. */
  baselineId: string;
  baselineNumber: number;
}

/** The column box of a pane: full height of the strip on a wide screen, one swipeable page on a phone. */
export const PANE_COLUMN = 'relative flex min-w-0 snap-start flex-col gap-2 rounded-lg border p-2 lg:min-h-0';

/** One pane of the comparison. Its model list, model details, parameter form, code and runs all use the pane's
 * provider. Memoised, and every part selects only the slice of the pane it shows: a streamed frame re-renders
 * the pane's result (PaneResult), not its header or settings. */
export const ComparePane = memo(function ComparePane(props: ComparePaneProps) {
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <section
          aria-label={`Pane ${props.index + 1}`}
          className={`${PANE_COLUMN} border-rose-200 bg-rose-50`}
        >
          <Notice tone="error" title={`Pane ${props.index + 1} failed`}>
            {error.message || 'It failed to render.'}{' '}
            <Button
              size="sm"
              onClick={() => {
                resetPane(props.paneId);
                retry();
              }}
            >
              Reset this pane
            </Button>
          </Notice>
        </section>
      )}
    >
      <PaneBody {...props} />
    </ErrorBoundary>
  );
});

function PaneBody({ paneId, index, count, best, baselineId, baselineNumber }: ComparePaneProps) {
  const ids = { title: useId(), settings: useId(), toggle: useId() };
  const exists = useWorkbenchStore(useMemo(() => selectPaneExists(paneId), [paneId]));
  const pane = usePaneRequest(paneId);
  const [showCode, setShowCode] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const answer = useRef<HTMLDivElement>(null);
  useSyncedScroll(answer);
  useFirstModelWhenUnset(paneId, pane.modelId, pane.provider);

  if (!exists) return null;
  const number = index + 1;
  // An image or video model generates jobs instead of answering the conversation.
  const media = pane.kind !== 'chat';
  const closeSettings = () => {
    setSettingsOpen(false);
    // The button that opened it takes focus back, rather than leaving it on the removed panel.
    requestAnimationFrame(() => document.getElementById(ids.toggle)?.focus());
  };
  return (
    <section
      aria-label={`Pane ${number}`}
      aria-describedby={ids.title}
      className={`${PANE_COLUMN} border-slate-200 bg-slate-50`}
    >
      <PaneHeader
        paneId={paneId}
        number={number}
        titleId={ids.title}
        toggleId={ids.toggle}
        settingsId={ids.settings}
        settingsOpen={settingsOpen}
        onToggleSettings={() => (settingsOpen ? closeSettings() : setSettingsOpen(true))}
      />
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-0 flex-1 space-y-1">
          {media ? (
            <GenerateBar paneId={paneId} pane={pane} compact />
          ) : (
            <PaneRunButtons paneId={paneId} pane={pane} />
          )}
        </div>
        <PaneProviderSelect paneId={paneId} />
        <Button size="sm" variant="ghost" onClick={() => setShowCode(true)}>
          Code
        </Button>
      </div>
      {settingsOpen && (
        <PaneSettings
          id={ids.settings}
          paneId={paneId}
          number={number}
          count={count}
          pane={pane}
          onClose={closeSettings}
        />
      )}
      {/* The answer scrolls inside the column on a wide screen, so every pane's answer starts at the same
          height; focusable, so the keyboard can scroll it too. */}
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset groups form controls; this holds an answer. */}
      <div
        ref={answer}
        role="group"
        aria-label={`Pane ${number} answer`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
        tabIndex={0}
        className="space-y-2 rounded-md focus-visible:outline-2 focus-visible:outline-brand-500 lg:min-h-32 lg:flex-1 lg:basis-0 lg:overflow-y-auto"
      >
        {media && <PaneJobs paneId={paneId} />}
        {!media && baselineId !== '' && baselineId !== paneId && (
          <PaneDiff paneId={paneId} number={number} baselineId={baselineId} baselineNumber={baselineNumber} />
        )}
        {!media && baselineId === paneId && (
          <p className="rounded-md border border-sky-200 bg-sky-50 px-2 py-1 text-xs text-sky-900">
            The other panes show their differences from this answer.
          </p>
        )}
        {!media && (
          <PaneResult
            paneId={paneId}
            best={best}
            label={`Pane ${number} response`}
            prefix={`Pane ${number}`}
          />
        )}
      </div>
      <PaneCodeDialog
        paneId={paneId}
        number={number}
        pane={pane}
        open={showCode}
        onClose={() => setShowCode(false)}
      />
    </section>
  );
}
