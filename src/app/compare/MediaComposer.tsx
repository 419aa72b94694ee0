import { useId, useState } from 'react';
import { useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';
import { type PromptEdit, setPromptEverywhere, shareFromFirst } from './mediaShare';
import type { ComparedPane } from './useMediaPanes';

/** Writes each edit into its pane's form state for the pane's model, as the pane's own form would. */
function apply(panes: readonly ComparedPane[], edits: readonly PromptEdit[]): void {
  const { setParams } = useWorkbenchStore.getState();
  for (const edit of edits) {
    const pane = panes[edit.index];
    if (pane) setParams(pane.paneId, pane.modelId, edit.params);
  }
}

/** Compare's shared prompt when every pane is an image or video model: one prompt written into each pane's
 * `prompt` parameter, and pane 1's seed and aspect ratio copied where the other schemas allow them, so the
 * panes differ only in what is being compared. Generating is Run all (or each pane's Generate). */
export function MediaComposer({ panes }: { panes: readonly ComparedPane[] }) {
  const promptId = useId();
  const [report, setReport] = useState<string | null>(null);
  // The box shows pane 1's prompt (the panes' own forms may have changed theirs since).
  const first = panes.find((p) => Object.hasOwn(p.properties, 'prompt'));
  const prompt = typeof first?.params.values.prompt === 'string' ? first.params.values.prompt : '';
  const differ = panes.some(
    (p) => Object.hasOwn(p.properties, 'prompt') && (p.params.values.prompt ?? '') !== prompt,
  );
  const share = () => {
    const result = shareFromFirst(panes);
    apply(panes, result.edits);
    const copied = result.copied.length > 0 ? `Copied ${result.copied.join(', ')}.` : 'Nothing copied.';
    setReport(result.refused.length > 0 ? `${copied} Not taken: ${result.refused.join('; ')}.` : copied);
  };
  return (
    <div className="space-y-2 px-3 py-2">
      <label htmlFor={promptId} className="block text-xs font-medium text-slate-700">
        Prompt for every pane
      </label>
      <textarea
        id={promptId}
        rows={2}
        value={prompt}
        onChange={(e) => {
          setReport(null);
          apply(panes, setPromptEverywhere(panes, e.target.value));
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-brand-500 focus:outline-2 focus:outline-brand-500/40"
      />
      {differ && (
        <p className="text-xs text-amber-800">
          Some panes have a different prompt of their own; typing here sets every pane's.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={share} disabled={panes.length < 2}>
          Same seed and aspect ratio
        </Button>
        <p role="status" className="min-w-0 flex-1 text-xs text-slate-600">
          {report ?? 'Copies pane 1’s seed and aspect ratio to the other panes whose models allow them.'}
        </p>
      </div>
    </div>
  );
}
