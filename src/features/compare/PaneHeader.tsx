import { useId } from 'react';
import { MAX_PANES } from '@/domain/pane';
import { PROVIDER_KINDS, PROVIDER_LABELS, type ProviderKind } from '@/domain/provider';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';

interface PaneHeaderProps {
  paneId: string;
  number: number;
  count: number;
  provider: ProviderKind | undefined;
  onShowCode: () => void;
}

/** The pane's title, its provider choice and the pane-level actions. */
export function PaneHeader({ paneId, number, count, provider, onShowCode }: PaneHeaderProps) {
  const id = useId();
  const global = useSettingsStore(selectProvider);
  const setPaneProvider = useWorkbenchStore((s) => s.setPaneProvider);
  const duplicatePane = useWorkbenchStore((s) => s.duplicatePane);
  const removePane = useWorkbenchStore((s) => s.removePane);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="text-sm font-bold">Pane {number}</h2>
      <label htmlFor={id} className="sr-only">
        Pane provider
      </label>
      <select
        id={id}
        value={provider ?? ''}
        onChange={(e) =>
          setPaneProvider(paneId, e.target.value ? (e.target.value as ProviderKind) : undefined)
        }
        className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
      >
        <option value="">Global ({PROVIDER_LABELS[global.kind]})</option>
        {PROVIDER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {PROVIDER_LABELS[kind]}
          </option>
        ))}
      </select>
      <span className="flex-1" />
      <Button size="sm" variant="ghost" onClick={onShowCode}>
        Code
      </Button>
      <Button size="sm" variant="ghost" onClick={() => duplicatePane(paneId)} disabled={count >= MAX_PANES}>
        Duplicate pane
      </Button>
      <Button
        size="sm"
        variant="ghost"
        disabled={count <= 1}
        // Its runs go with it: a stream still going is stopped (state/panes keeps runs in step with panes).
        onClick={() => removePane(paneId)}
      >
        Remove pane
      </Button>
    </div>
  );
}
