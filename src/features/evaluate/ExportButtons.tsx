import { pythonScript, resultsCsv, resultsJsonl, suiteToJson } from '@/domain/evaluation';
import { selectCurrentSuite, selectShownRun, useEvaluationStore } from '@/state/evaluation';
import { Button } from '@/ui';
import { downloadText, fileStem } from './download';

/** The shown run's results (CSV, JSONL), the script that sends the same requests, and the suite itself. */
export function ExportButtons() {
  const run = useEvaluationStore(selectShownRun);
  const cells = useEvaluationStore((s) => (run ? s.cells[run.id] : undefined));
  const suite = useEvaluationStore(selectCurrentSuite);
  const stem = fileStem(suite.name);
  const ready = run !== undefined && cells !== undefined;
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        disabled={!ready}
        onClick={() => run && cells && downloadText(`${stem}.csv`, resultsCsv(run, cells), 'text/csv')}
      >
        Export CSV
      </Button>
      <Button
        disabled={!ready}
        onClick={() =>
          run && cells && downloadText(`${stem}.jsonl`, resultsJsonl(run, cells), 'application/x-ndjson')
        }
      >
        Export JSONL
      </Button>
      <Button
        disabled={!ready}
        title="A Python script that sends exactly these requests (bounded concurrency) and writes the same JSONL"
        onClick={() =>
          run && cells && downloadText(`${stem}.py`, pythonScript({ run, cells }), 'text/x-python')
        }
      >
        Export script
      </Button>
      <Button onClick={() => downloadText(`${stem}.json`, suiteToJson(suite), 'application/json')}>
        Export suite
      </Button>
    </div>
  );
}
