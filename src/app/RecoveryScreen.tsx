import { useState } from 'react';
import { SettingsDialog } from '@/features/settings';
import { resetWorkbench } from '@/state/workbench';
import { Button, Notice } from '@/ui';

/** What the page shows when the workbench itself failed to render: the error, a reset that always works, and
 * Settings (a provider serving bad data can be left without the workbench). */
export function RecoveryScreen({ error, retry }: { error: Error; retry: () => void }) {
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <main className="mx-auto max-w-2xl space-y-4 p-6">
      <h1 className="text-lg font-bold tracking-tight">Yoke</h1>
      <Notice tone="error" title="The workbench failed to show">
        {error.message || String(error)}
      </Notice>
      <p className="text-sm text-slate-700">
        Reset this view to start with an empty conversation and one pane (your current work is set aside in
        this browser's storage, and your settings are kept), or open Settings to choose another provider.
      </p>
      <div className="flex gap-2">
        <Button
          variant="primary"
          onClick={() => {
            resetWorkbench(error.message || 'an error');
            retry();
          }}
        >
          Reset this view
        </Button>
        <Button onClick={() => setSettingsOpen(true)}>Settings</Button>
        <Button variant="ghost" onClick={retry}>
          Try again
        </Button>
      </div>
      <SettingsDialog
        open={settingsOpen}
        onClose={() => {
          setSettingsOpen(false);
          retry();
        }}
      />
    </main>
  );
}
