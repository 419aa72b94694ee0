import { useRef } from 'react';
import { publicBaseUrl } from '@/domain/provider';
import { workbenchState } from '@/domain/request';
import type { ChatCompletionRequest } from '@/lib/api';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { ApiTab } from './ApiTab';
import type { ImportedRequest } from './types';

/** Loads an imported request into a pane: model, conversation, stream switch and parameters (all explicit,
 * because the pasted request sent them on purpose). */
export function applyImport(paneId: string, imported: ImportedRequest): void {
  if (!imported.request) return;
  const state = workbenchState(imported.request);
  const store = useWorkbenchStore.getState();
  store.setModel(paneId, state.model);
  store.setParams(paneId, state.model, { values: state.params, explicit: Object.keys(state.params) });
  store.setConversation(state.conversation);
  store.setStream(state.stream);
}

export function ApiPanel({ paneId, request }: { paneId: string; request: ChatCompletionRequest | null }) {
  const provider = useSettingsStore(selectProvider);
  // While a newly picked (or imported) model's details load there is no request for a moment; keeping the
  // last one keeps the tab, and the import result it shows, on screen instead of unmounting it.
  const lastRequest = useRef(request);
  if (request) lastRequest.current = request;
  request = lastRequest.current;
  if (!request) return <p className="text-sm text-slate-500">Choose a model to see its request as code.</p>;
  return (
    <ApiTab
      request={request}
      providerKind={provider.kind}
      baseUrl={publicBaseUrl(provider, window.location.origin)}
      onImport={(imported) => applyImport(paneId, imported)}
    />
  );
}
