import { selectStreaming, useWorkbenchStore } from '@/state/workbench';

/** The workbench-wide switch between streamed and one-shot answers (chat and compare share it). */
export function StreamSwitch({ className = '' }: { className?: string }) {
  const stream = useWorkbenchStore(selectStreaming);
  const setStream = useWorkbenchStore((s) => s.setStream);
  return (
    <label className={`flex items-center gap-2 text-sm ${className}`}>
      <input
        type="checkbox"
        role="switch"
        aria-checked={stream}
        checked={stream}
        onChange={(e) => setStream(e.target.checked)}
      />
      Stream
    </label>
  );
}
