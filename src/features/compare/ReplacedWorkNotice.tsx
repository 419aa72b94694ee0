import { forgetReplacedWork, restoreReplacedWork, useReplacedWork } from '@/state/workbench';
import { Button, Notice } from '@/ui';

/** After a share link replaced work in progress: the way back, until the user dismisses it. */
export function ReplacedWorkNotice() {
  const replaced = useReplacedWork();
  if (!replaced) return null;
  const when = replaced.at ? new Date(replaced.at).toLocaleTimeString() : 'earlier';
  return (
    <div className="px-4 pt-2">
      <Notice tone="info" title="A shared comparison replaced your work">
        Your previous work (from {when}) is kept.{' '}
        <Button size="sm" onClick={restoreReplacedWork}>
          Restore my previous work
        </Button>{' '}
        <Button size="sm" variant="ghost" onClick={forgetReplacedWork}>
          Dismiss
        </Button>
      </Notice>
    </div>
  );
}
