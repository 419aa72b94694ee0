import { useId, useMemo } from 'react';
import { PROVIDER_KINDS, PROVIDER_LABELS, type ProviderKind } from '@/domain/provider';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { selectPaneProvider, useWorkbenchStore } from '@/state/workbench';

/** The pane's provider: the global one, or its own. Shown on the pane itself (not in its settings), because it
 * says where the pane's request goes. */
export function PaneProviderSelect({ paneId }: { paneId: string }) {
  const id = useId();
  const global = useSettingsStore(selectProvider);
  const provider = useWorkbenchStore(useMemo(() => selectPaneProvider(paneId), [paneId]));
  const setPaneProvider = useWorkbenchStore((s) => s.setPaneProvider);
  return (
    <>
      <label htmlFor={id} className="sr-only">
        Pane provider
      </label>
      <select
        id={id}
        value={provider ?? ''}
        onChange={(e) =>
          setPaneProvider(paneId, e.target.value ? (e.target.value as ProviderKind) : undefined)
        }
        className="min-w-0 max-w-[9rem] rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
      >
        <option value="">Global ({PROVIDER_LABELS[global.kind]})</option>
        {PROVIDER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {PROVIDER_LABELS[kind]}
          </option>
        ))}
      </select>
    </>
  );
}
