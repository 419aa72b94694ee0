import type { PaneRequest } from '@/state/panes';
import { Dialog } from '@/ui';
import { PaneApiTab } from './lazyPaneApiTab';

interface PaneCodeDialogProps {
  paneId: string;
  number: number;
  pane: PaneRequest;
  open: boolean;
  onClose: () => void;
}

/** One compare pane's exact request as code, in a dialog. */
export function PaneCodeDialog({ paneId, number, pane, open, onClose }: PaneCodeDialogProps) {
  return (
    <Dialog open={open} title={`Pane ${number} request as code`} onClose={onClose}>
      <PaneApiTab paneId={paneId} pane={pane} onImported={onClose} />
    </Dialog>
  );
}
