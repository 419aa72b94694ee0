import { useRef } from 'react';
import { parseCases, readSuiteJson } from '@/domain/evaluation';
import { importCases, importSuite, selectCurrentSuite, useEvaluationStore } from '@/state/evaluation';
import { Button } from '@/ui';
import { isBlankCase } from './gridColumns';

export type ImportResult = { tone: 'info' | 'warning' | 'error'; text: string; warnings: string[] };

const FORMATS: Record<string, 'csv' | 'tsv' | 'jsonl'> = { csv: 'csv', tsv: 'tsv', jsonl: 'jsonl' };

/** Reads an imported file: a .json is a whole suite (Export suite's file), anything else rows of cases. */
export function importText(fileName: string, text: string): ImportResult {
  const ext = fileName.toLowerCase().split('.').at(-1) ?? '';
  if (ext === 'json') {
    const suite = readSuiteJson(text);
    if ('error' in suite) return { tone: 'error', text: `${fileName}: ${suite.error}`, warnings: [] };
    importSuite(suite);
    return {
      tone: 'info',
      text: `Opened the suite "${suite.name}" (${suite.cases.length} cases).`,
      warnings: [],
    };
  }
  return addParsed(fileName, parseCases(text, FORMATS[ext] ?? 'auto'));
}

export function addParsed(source: string, parsed: ReturnType<typeof parseCases>): ImportResult {
  if ('error' in parsed) return { tone: 'error', text: `${source}: ${parsed.error}`, warnings: [] };
  // A table of blank rows only (a new suite's first) is replaced: the import is what the user meant to fill it with.
  const cases = selectCurrentSuite(useEvaluationStore.getState()).cases;
  importCases(parsed, cases.every(isBlankCase) ? 'replace' : 'append');
  const rows = parsed.rows.length;
  return {
    tone: parsed.warnings.length > 0 ? 'warning' : 'info',
    text: `Added ${rows} case${rows === 1 ? '' : 's'} from ${source}.`,
    warnings: parsed.warnings,
  };
}

/** "Import cases": a CSV, TSV, JSONL or text file of cases, or a suite's JSON. */
export function ImportCases({ onResult }: { onResult: (result: ImportResult) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>Import cases</Button>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,.jsonl,.json"
        className="hidden"
        tabIndex={-1}
        aria-hidden
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          onResult(importText(file.name, await file.text()));
        }}
      />
    </>
  );
}
