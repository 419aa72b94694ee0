import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sendableTurns } from '@/domain/conversation';
import { paneTarget } from '@/domain/pane';
import { isActive } from '@/domain/run';
import { type PaneRequest, runPane, stopPane } from '@/state/panes';
import { selectLatestRun, selectRunning, useRunStore } from '@/state/runs';
import { useWorkbenchStore } from '@/state/workbench';
import { Button, Notice } from '@/ui';
import { runBarLine } from './runBarLine';
import { StreamSwitch } from './StreamSwitch';
import { useRunShortcut } from './useRunShortcut';
import { useStopShortcut } from './useStopShortcut';

/** Status, tokens and elapsed time of the pane's latest run, ticking while it goes. */
function LiveLine({ paneId }: { paneId: string }) {
  const run = useRunStore(useMemo(() => selectLatestRun(paneTarget(paneId)), [paneId]));
  const active = run ? isActive(run) : false;
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(timer);
  }, [active]);
  const line = runBarLine(run, active ? now : Date.now());
  return line ? <span className="text-xs text-slate-600 tabular-nums">{line}</span> : null;
}

const dropNotice = (dropped: readonly number[]) =>
  dropped.length === 1
    ? `Message ${dropped[0]} is empty and was not sent.`
    : `Messages ${dropped.join(', ')} are empty and were not sent.`;

/** The chat view's run bar, docked with the composer: Run and Stop (Ctrl/⌘+Enter, Escape), the live line and the
 * Stream switch. Focus follows the buttons: Run → Stop while the run goes, back to Run when it ends, so it is
 * never left on the page body. Empty turns are not sent; the bar says which were left out. */
export function ChatRunBar({
  paneId,
  pane,
  composerId,
}: {
  paneId: string;
  pane: PaneRequest;
  /** Focused when Run finds nothing to send. */
  composerId: string;
}) {
  const running = useRunStore(useMemo(() => selectRunning(paneTarget(paneId)), [paneId]));
  const [dropped, sendable] = useWorkbenchStore(
    useShallow((s) => {
      const turns = sendableTurns(s.conversation.turns);
      return [turns.dropped.join(','), turns.turns.length] as const;
    }),
  );
  const [droppedAtRun, setDroppedAtRun] = useState<number[]>([]);
  const [nothingSent, setNothingSent] = useState(false);
  if (nothingSent && sendable > 0) setNothingSent(false);
  const bar = useRef<HTMLDivElement>(null);
  const request = pane.request;
  const problem = pane.provider.problem ?? (request ? null : 'Choose a model first.');

  const run = () => {
    if (!request || problem || running) return;
    // Run stays pressable with only empty turns; it says why nothing was sent instead of sending "".
    if (sendable === 0) {
      setNothingSent(true);
      document.getElementById(composerId)?.focus();
      return;
    }
    setDroppedAtRun(dropped ? dropped.split(',').map(Number) : []);
    void runPane(paneId);
  };
  useRunShortcut(run);
  useStopShortcut(() => stopPane(paneId), running);

  const was = useRef(running);
  useEffect(() => {
    if (was.current === running) return;
    was.current = running;
    // Only when focus was on the bar's buttons (or already lost): typing in a textbox keeps its focus.
    const active = document.activeElement;
    if (active && active !== document.body && !bar.current?.contains(active)) return;
    bar.current
      ?.querySelector<HTMLButtonElement>(running ? '[data-run="stop"]' : '[data-run="run"]')
      ?.focus();
  }, [running]);

  return (
    <div ref={bar} className="space-y-2">
      {droppedAtRun.length > 0 && <Notice tone="info">{dropNotice(droppedAtRun)}</Notice>}
      {nothingSent && (
        <Notice tone="warning">
          Nothing was sent: write a message first (empty messages are never sent).
        </Notice>
      )}
      {problem && request !== null && <Notice tone="warning">{problem}</Notice>}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="primary"
          data-run="run"
          onClick={run}
          disabled={running || problem !== null}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Run
        </Button>
        <Button
          variant="danger"
          data-run="stop"
          onClick={() => stopPane(paneId)}
          disabled={!running}
          aria-keyshortcuts="Escape"
        >
          Stop
        </Button>
        <LiveLine paneId={paneId} />
        <span className="flex-1" />
        <StreamSwitch />
        <span className="hidden text-xs text-slate-500 sm:inline">Ctrl/⌘+Enter runs · Esc stops</span>
      </div>
    </div>
  );
}
