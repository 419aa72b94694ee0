import { useState } from 'react';
import { type CellScope, startSuiteRun, stopSuiteRun, useEvaluationStore } from '@/state/evaluation';
import { Button } from '@/ui';

interface RunButtonsProps {
  selected: readonly string[];
  active: boolean;
  hasCases: boolean;
  hasRun: boolean;
}

/** Run all / selected / failed, and Stop. A run that could not start says why beside the buttons. */
export function RunButtons({ selected, active, hasCases, hasRun }: RunButtonsProps) {
  // Why the last Run started nothing (the runner says).
  const why = useEvaluationStore((s) => s.notice);
  // While the requests are being built (a large suite takes a moment) the run has no id yet, but Stop already
  // cancels it.
  const [starting, setStarting] = useState(false);
  const run = (scope: CellScope) => {
    setStarting(true);
    void startSuiteRun(scope).finally(() => setStarting(false));
  };
  const busy = active || starting;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="primary" disabled={busy || !hasCases} onClick={() => run({ kind: 'all' })}>
        Run all cases
      </Button>
      {selected.length > 0 && (
        <Button disabled={busy} onClick={() => run({ kind: 'cases', caseIds: [...selected] })}>
          Run selected ({selected.length})
        </Button>
      )}
      <Button disabled={busy || !hasRun} onClick={() => run({ kind: 'failed' })}>
        Run failed
      </Button>
      <Button variant="danger" disabled={!busy} onClick={stopSuiteRun}>
        Stop
      </Button>
      {why && (
        <p role="status" className="text-xs text-slate-600">
          {why}
        </p>
      )}
    </div>
  );
}
