import { workbenchState } from '@/domain/request';
import type { ChatCompletionRequest } from '@/lib/api';
import { useProviderSettings } from '@/state/models';
import { useWorkbenchStore } from '@/state/workbench';
import { Dialog } from '@/ui';
import { ApiTab } from './ApiTab';
import type { SuccessfulImport } from './types';

interface PaneCodeDialogProps {
  paneId: string;
  number: number;
  request: ChatCompletionRequest | null;
  open: boolean;
  onClose: () => void;
}

/** One pane's exact request as code, for that pane's provider. An import lands in this pane; its messages
 * become the shared conversation, since every pane answers the same conversation. */
export function PaneCodeDialog({ paneId, number, request, open, onClose }: PaneCodeDialogProps) {
  const settings = useProviderSettings();
  const onImport = (result: SuccessfulImport) => {
    const imported = workbenchState(result.request);
    const store = useWorkbenchStore.getState();
    if (imported.model) {
      store.setModel(paneId, imported.model);
      store.setParams(paneId, imported.model, {
        values: imported.params,
        explicit: Object.keys(imported.params),
      });
    }
    store.setConversation(imported.conversation);
    store.setStream(imported.stream);
    onClose();
  };
  return (
    <Dialog open={open} title={`Pane ${number} request as code`} onClose={onClose}>
      {request ? (
        <ApiTab
          request={request}
          providerKind={settings.kind}
          baseUrl={settings.baseUrl}
          onImport={onImport}
        />
      ) : (
        <p className="text-sm text-slate-500">Choose a model for this pane first.</p>
      )}
    </Dialog>
  );
}
