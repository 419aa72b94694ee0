import type { KeyboardEvent } from 'react';
import { PaneManage, PaneSystemPrompt, PaneTools } from '@/features/compare';
import { ModelPicker } from '@/features/models';
import { ParamsPanel } from '@/features/params';
import { type PaneRequest, useShownRunError } from '@/state/panes';
import { useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';

interface PaneSettingsProps {
  id: string;
  paneId: string;
  number: number;
  count: number;
  pane: PaneRequest;
  onClose: () => void;
}

/** What the pane's title summarises, opened from it: model, system prompt, parameters, sweep and repeat. It
 * takes the top of the pane's column (scrolling inside) while open; the answer stays below it. */
export function PaneSettings({ id, paneId, number, count, pane, onClose }: PaneSettingsProps) {
  const setModel = useWorkbenchStore((s) => s.setModel);
  // A failure the pane's answer already shows is not repeated by the model list.
  const runError = useShownRunError(paneId);
  // Escape closes it, unless a control inside (the model list) used the key already.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <section
      id={id}
      aria-label={`Pane ${number} configuration`}
      onKeyDown={onKeyDown}
      className="min-h-0 shrink space-y-3 overflow-y-auto rounded-md border border-slate-300 bg-white p-2 shadow-sm"
    >
      <ModelPicker
        api={pane.provider.api}
        value={pane.modelId}
        onChange={(m) => setModel(paneId, m)}
        failureShown={runError}
      />
      <PaneSystemPrompt paneId={paneId} />
      <ParamsPanel paneId={paneId} pane={pane} label={`Pane ${number} parameters`} />
      <PaneTools paneId={paneId} pane={pane} />
      <div className="flex flex-wrap items-center gap-2">
        <PaneManage paneId={paneId} count={count} />
        <span className="flex-1" />
        <Button size="sm" variant="primary" onClick={onClose}>
          Done
        </Button>
      </div>
    </section>
  );
}
