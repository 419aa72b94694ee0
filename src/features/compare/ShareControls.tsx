import { useState } from 'react';
import { paneTarget } from '@/domain/pane';
import { selectLatestRun, useRunStore } from '@/state/runs';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { useWorkbenchStore } from '@/state/workbench';
import { Button, Notice } from '@/ui';
import { exportComparison, exportFileName, toShared } from './comparisonState';
import { linkSizeNote, shareUrl } from './shareLink';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  // The click has started the download synchronously; the object URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export the whole comparison as a file, or its configuration as a link (no key, no results). */
export function ShareControls() {
  const provider = useSettingsStore(selectProvider);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const exportFile = () => {
    const { panes, conversation, stream, variables } = useWorkbenchStore.getState();
    const runs = useRunStore.getState();
    const latest = panes.map((p) => selectLatestRun(paneTarget(p.id))(runs));
    const now = new Date();
    const file = exportComparison(panes, latest, conversation, stream, provider.kind, now, variables);
    download(exportFileName(now), `${JSON.stringify(file, null, 2)}\n`);
  };
  const copyLink = async () => {
    const { panes, conversation, stream, variables } = useWorkbenchStore.getState();
    const url = shareUrl(
      `${window.location.origin}${window.location.pathname}`,
      toShared(panes, conversation, stream, provider.baseUrl, variables),
    );
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (permissions, an unfocused page); the link stays selectable below.
      setCopied(false);
    }
  };
  const note = link ? linkSizeNote(link) : null;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={exportFile}>Export comparison</Button>
      <Button onClick={() => void copyLink()}>Copy share link</Button>
      {link && (
        <div className="flex w-full flex-col gap-1">
          <p role="status" className="text-xs text-slate-600">
            {copied ? 'Link copied. ' : copied === false ? 'Could not copy: select the link below. ' : ''}
            It holds the panes, parameters, conversation and variable values — never your API key.
          </p>
          <input
            readOnly
            aria-label="Share link"
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
          />
          {note && <Notice tone="warning">{note}</Notice>}
        </div>
      )}
    </div>
  );
}
