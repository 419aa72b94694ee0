import { useRef } from 'react';
import type { PaneRequest } from '@/state/panes';
import { useWorkbenchStore } from '@/state/workbench';
import { ApiTab } from './ApiTab';

interface PaneApiTabProps {
  paneId: string;
  pane: PaneRequest;
  /** Called after an import was applied (a dialog closes itself). */
  onImported?: () => void;
}

/** A pane's exact request as code, for the provider that pane talks to; an import lands in this pane (its
 * messages become the shared conversation, since every pane answers the same one). The chat view's API tab and
 * a compare pane's Code dialog are both this. */
export function PaneApiTab({ paneId, pane, onImported }: PaneApiTabProps) {
  const applyImportedRequest = useWorkbenchStore((s) => s.applyImportedRequest);
  // While a newly picked (or imported) model's details load there is no request for a moment; keeping the
  // last one keeps the tab, and the import result it shows, on screen instead of unmounting it.
  const lastRequest = useRef(pane.request);
  if (pane.request) lastRequest.current = pane.request;
  const request = lastRequest.current;
  if (!request) return <p className="text-sm text-slate-500">Choose a model to see its request as code.</p>;
  return (
    <ApiTab
      request={request}
      target={pane.provider.snippet}
      onImport={(imported) => {
        applyImportedRequest(paneId, imported.request);
        onImported?.();
      }}
    />
  );
}
