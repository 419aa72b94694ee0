import { useState } from 'react';
import { type CellScope, startSuiteRun, stopSuiteRun } from '@/state/evaluation';
import { Button } from '@/ui';

interface RunButtonsProps {
  selected: readonly string[];
  active: boolean;
  hasCases: boolean;
  hasRun: boolean;
}

/** Run all / selected / failed, and Stop. A run that could not start says why beside the buttons. */
export function RunButtons({ selected, active, hasCases, hasRun }: RunButtonsProps) {
  const [why, setWhy] = useState<string | null>(null);
  const run = async (scope: CellScope) => {
    setWhy(null);
    const id = await startSuiteRun(scope);
    if (id === null) setWhy('Nothing to run: add a case (and panes with a model) first.');
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="primary" disabled={active || !hasCases} onClick={() => void run({ kind: 'all' })}>
        Run all cases
      </Button>
      {selected.length > 0 && (
        <Button disabled={active} onClick={() => void run({ kind: 'cases', caseIds: [...selected] })}>
          Run selected ({selected.length})
        </Button>
      )}
      <Button disabled={active || !hasRun} onClick={() => void run({ kind: 'failed' })}>
        Run failed
      </Button>
      <Button variant="danger" disabled={!active} onClick={stopSuiteRun}>
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
