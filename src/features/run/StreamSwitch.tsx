import { selectStreaming, useWorkbenchStore } from '@/state/workbench';
import { Switch } from '@/ui';

/** The workbench-wide switch between streamed and one-shot answers (chat and compare share it). */
export function StreamSwitch({ className = '' }: { className?: string }) {
  const stream = useWorkbenchStore(selectStreaming);
  const setStream = useWorkbenchStore((s) => s.setStream);
  return (
    <Switch checked={stream} onChange={setStream} className={`text-sm ${className}`}>
      Stream
    </Switch>
  );
}
