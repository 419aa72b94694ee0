import { useRef } from 'react';
import type { PaneRequest } from '@/state/panes';
import { useWorkbenchStore } from '@/state/workbench';
import { ApiTab } from './ApiTab';
import { MediaApiTab } from './MediaApiTab';
import { isMediaBody } from './requestBody';
import type { SuccessfulImport } from './types';

interface PaneApiTabProps {
  paneId: string;
  pane: PaneRequest;
  /** Called after an import was applied (a dialog closes itself). */
  onImported?: () => void;
}

/** A pane's exact request as code, for the provider that pane talks to; an import lands in this pane (a chat
 * request's messages become the shared conversation, since every pane answers the same one; an image or video
 * submission only sets the pane's model and parameters). The chat view's API tab and a compare pane's Code
 * dialog are both this; an image or video model gets the queue's code (MediaApiTab). */
export function PaneApiTab({ paneId, pane, onImported }: PaneApiTabProps) {
  const applyImportedRequest = useWorkbenchStore((s) => s.applyImportedRequest);
  const applyImportedMedia = useWorkbenchStore((s) => s.applyImportedMedia);
  // While a newly picked (or imported) model's details load there is no request for a moment; keeping the
  // last one keeps the tab, and the import result it shows, on screen instead of unmounting it.
  const last = useRef<Pick<PaneRequest, 'kind' | 'request' | 'mediaRequest'>>(pane);
  if (pane.request || pane.mediaRequest) last.current = pane;
  const { kind, request, mediaRequest } = last.current;
  const onImport = (imported: SuccessfulImport) => {
    if (isMediaBody(imported.request)) applyImportedMedia(paneId, imported.request);
    else applyImportedRequest(paneId, imported.request);
    onImported?.();
  };
  if (kind !== 'chat' && mediaRequest) {
    return (
      <MediaApiTab request={mediaRequest} kind={kind} target={pane.provider.snippet} onImport={onImport} />
    );
  }
  if (kind === 'chat' && request) {
    return <ApiTab request={request} target={pane.provider.snippet} onImport={onImport} />;
  }
  return <p className="text-sm text-slate-500">Choose a model to see its request as code.</p>;
}
