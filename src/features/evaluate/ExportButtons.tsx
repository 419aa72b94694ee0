import {
  type Cell,
  pythonScript,
  resultsCsv,
  resultsJsonl,
  type SuiteRun,
  suiteToJson,
} from '@/domain/evaluation';
import { selectCurrentSuite, selectShownRun, useEvaluationStore } from '@/state/evaluation';
import { laneOfEvaluation } from '@/state/runs';
import { currentProvider, selectEvalConcurrency, useSettingsStore } from '@/state/settings';
import { Button } from '@/ui';
import { downloadText, fileStem } from './download';

/** The script for a run: it calls the first pane's provider (a script has one endpoint and one key variable),
 * as many requests at a time as the grid does. */
function scriptOf(run: SuiteRun, cells: Readonly<Record<string, Cell>>): string {
  const provider = currentProvider(run.panes[0]?.provider);
  const concurrency = selectEvalConcurrency(laneOfEvaluation(provider.api))(useSettingsStore.getState());
  return pythonScript({ run, cells, target: provider.snippet, concurrency });
}

/** The shown run's results (CSV, JSONL), the script that sends the same requests, and the suite itself. */
export function ExportButtons() {
  const run = useEvaluationStore(selectShownRun);
  // Whether the cells are loaded, not the cells: they are read when a button is pressed, so a filling grid does
  // not re-render the buttons with every cell.
  const loaded = useEvaluationStore((s) => run !== undefined && s.cells[run.id] !== undefined);
  const suite = useEvaluationStore(selectCurrentSuite);
  const stem = fileStem(suite.name);
  const ready = run !== undefined && loaded;
  const cellsNow = () => (run ? useEvaluationStore.getState().cells[run.id] : undefined);
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        disabled={!ready}
        onClick={() => {
          const cells = cellsNow();
          if (run && cells) downloadText(`${stem}.csv`, resultsCsv(run, cells), 'text/csv');
        }}
      >
        Export CSV
      </Button>
      <Button
        disabled={!ready}
        onClick={() => {
          const cells = cellsNow();
          if (run && cells) downloadText(`${stem}.jsonl`, resultsJsonl(run, cells), 'application/x-ndjson');
        }}
      >
        Export JSONL
      </Button>
      <Button
        disabled={!ready}
        title="A Python script that sends exactly these requests (bounded concurrency) and writes the same JSONL"
        onClick={() => {
          const cells = cellsNow();
          if (run && cells) downloadText(`${stem}.py`, scriptOf(run, cells), 'text/x-python');
        }}
      >
        Export script
      </Button>
      <Button onClick={() => downloadText(`${stem}.json`, suiteToJson(suite), 'application/json')}>
        Export suite
      </Button>
    </div>
  );
}
