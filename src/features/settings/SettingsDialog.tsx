import { Dialog, lazyChunk } from '@/ui';

// The form (and react-hook-form with it) is its own chunk: nobody needs it to paint the chat screen, and it
// arrives in idle time after the first paint (loadSettingsForm) or, at the latest, when the dialog opens.
const form = lazyChunk(
  () => import('./SettingsForm').then((m) => m.SettingsForm),
  <p className="text-sm text-slate-500">Loading settings…</p>,
);
const SettingsForm = form.Component;
export const loadSettingsForm = form.load;

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Settings" onClose={onClose}>
      <SettingsForm onDone={onClose} />
    </Dialog>
  );
}
