import { useMemo } from 'react';
import { selectConversation, selectPaneSystemOverride, useWorkbenchStore } from '@/state/workbench';

/** The shared system prompt by default; "Own system prompt" unlinks this pane, starting from the shared text. */
export function PaneSystemPrompt({ paneId }: { paneId: string }) {
  const override = useWorkbenchStore(useMemo(() => selectPaneSystemOverride(paneId), [paneId]));
  const shared = useWorkbenchStore(selectConversation).system;
  const setSystemOverride = useWorkbenchStore((s) => s.setSystemOverride);
  return (
    <div className="space-y-1">
      <label className="flex items-center gap-2 text-xs font-medium text-slate-600">
        <input
          type="checkbox"
          checked={override !== null}
          onChange={(e) => setSystemOverride(paneId, e.target.checked ? shared : null)}
        />
        Own system prompt
      </label>
      {override !== null && (
        <textarea
          value={override}
          rows={2}
          aria-label="Pane system prompt"
          onChange={(e) => setSystemOverride(paneId, e.target.value)}
          className="w-full resize-y rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        />
      )}
    </div>
  );
}
