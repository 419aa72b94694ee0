// A run's results as files: CSV for a spreadsheet, JSONL for code. One row per case × pane, in case then pane
// order, with the same fields in both (the JSONL adds the exact request body). The Python script export writes
// the same JSONL fields.

import Papa from 'papaparse';
import type { Cell, Check, SuiteRun } from './types';
import { cellKey, EXPECTED_COLUMN } from './types';

const short = (text: string, max = 40) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

function baseLabel(check: Check): string {
  const nocase = check.ignoreCase ? ' (ignoring case)' : '';
  switch (check.type) {
    case 'contains':
      return `contains "${short(check.value)}"${nocase}`;
    case 'not-contains':
      return `does not contain "${short(check.value)}"${nocase}`;
    case 'regex':
      return `matches ${check.value.startsWith('/') ? short(check.value) : `/${short(check.value)}/`}`;
    case 'equals-expected':
      return `equals expected${nocase}`;
    case 'valid-json':
      return 'valid JSON';
    case 'json-schema':
      return 'matches the JSON schema';
    case 'latency-under':
      return `latency under ${check.value.trim()} ms`;
    case 'cost-under':
      return `cost under $${check.value.trim().replace(/^\$/, '')}`;
    case 'judge':
      return `judge ${check.judge?.modelId ?? ''}`.trim();
  }
}

/** Each check's name in exports ("contains \"Paris\"", "latency under 1000 ms"), unique within the list: a
 * repeat gets " (2)", " (3)"… */
export function checkLabels(checks: readonly Check[]): string[] {
  const labels: string[] = [];
  for (const check of checks) {
    const base = baseLabel(check);
    let label = base;
    for (let n = 2; labels.includes(label); n++) label = `${base} (${n})`;
    labels.push(label);
  }
  return labels;
}

/** The variable columns of a run: every value name of its cases in first-seen order, "expected" apart. */
export function variableColumns(run: SuiteRun): string[] {
  const seen = new Set<string>();
  for (const testCase of run.cases)
    for (const name of Object.keys(testCase.values)) if (name !== EXPECTED_COLUMN) seen.add(name);
  return [...seen];
}

const verdictText = (pass: boolean | null | undefined) =>
  pass === true ? 'pass' : pass === false ? 'fail' : '—';

export function errorText(cell: Cell | undefined): string {
  const error = cell?.error;
  if (!error) return '';
  return error.status > 0 ? `HTTP ${error.status}: ${error.message}` : error.message;
}

/** One result row, as JSONL writes it. */
export interface ResultRecord {
  case: number;
  case_id: string;
  pane: string;
  model: string;
  variables: Record<string, string>;
  expected: string;
  output: string;
  /** The cell's status; "not run" when the run has no such cell. */
  status: string;
  /** Check label → pass (true), fail (false) or undecided (null). */
  checks: Record<string, boolean | null>;
  rating: 'up' | 'down' | '';
  note: string;
  latency_ms: number | null;
  ttft_ms: number | null;
  prompt_tokens: number | null;
  completion_tokens: number | null;
  cost: number | null;
  error: string;
  request: Cell['request'] | null;
}

const columnValue = (values: Record<string, string>, name: string) =>
  Object.hasOwn(values, name) ? (values[name] ?? '') : '';

/** Every case × pane of the run as a record, in case then pane order. */
export function resultRecords(run: SuiteRun, cells: Readonly<Record<string, Cell>>): ResultRecord[] {
  const labels = checkLabels(run.checks);
  const variables = variableColumns(run);
  const records: ResultRecord[] = [];
  run.cases.forEach((testCase, c) => {
    for (const pane of run.panes) {
      const key = cellKey(testCase.id, pane.paneId);
      const cell = Object.hasOwn(cells, key) ? cells[key] : undefined;
      const checks: Record<string, boolean | null> = {};
      run.checks.forEach((check, i) => {
        const result = cell?.checks.find((r) => r.checkId === check.id);
        // Labels are unique; defineProperty keeps a label such as "__proto__" an own entry.
        Object.defineProperty(checks, labels[i] ?? check.id, {
          value: result?.pass ?? null,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      });
      records.push({
        case: c + 1,
        case_id: testCase.id,
        pane: pane.title,
        model: pane.modelId,
        variables: Object.fromEntries(variables.map((name) => [name, columnValue(testCase.values, name)])),
        expected: columnValue(testCase.values, EXPECTED_COLUMN),
        output: cell?.output ?? '',
        status: cell?.status ?? 'not run',
        checks,
        rating: cell?.rating?.thumb ?? '',
        note: cell?.rating?.note ?? '',
        latency_ms: cell?.latencyMs ?? null,
        ttft_ms: cell?.ttftMs ?? null,
        prompt_tokens: cell?.promptTokens ?? null,
        completion_tokens: cell?.completionTokens ?? null,
        cost: cell?.cost ?? null,
        error: errorText(cell),
        request: cell?.request ?? null,
      });
    }
  });
  return records;
}

const FIXED = ['case', 'case_id', 'pane', 'model'];
const AFTER = ['expected', 'output', 'status'];
const METRICS = [
  'rating',
  'note',
  'latency_ms',
  'ttft_ms',
  'prompt_tokens',
  'completion_tokens',
  'cost',
  'error',
];

/**
 * The results as CSV: case number, case id, pane title, model, a column per variable, expected, output,
 * status, a column "check: <label>" per check (pass / fail / —), rating, note, latency_ms, ttft_ms,
 * prompt_tokens, completion_tokens, cost, error. A variable whose name is one of those columns is written as
 * "variable: <name>". Text that a spreadsheet would run as a formula (=, +, -, @ first) is written with a
 * leading apostrophe (papaparse's escapeFormulae): outputs come from a model.
 */
export function resultsCsv(run: SuiteRun, cells: Readonly<Record<string, Cell>>): string {
  const labels = checkLabels(run.checks);
  const variables = variableColumns(run);
  const taken = new Set([...FIXED, ...AFTER, ...METRICS, ...labels.map((l) => `check: ${l}`)]);
  const variableHeaders = variables.map((name) => (taken.has(name) ? `variable: ${name}` : name));
  const fields = [...FIXED, ...variableHeaders, ...AFTER, ...labels.map((l) => `check: ${l}`), ...METRICS];
  const data = resultRecords(run, cells).map((r) => [
    r.case,
    r.case_id,
    r.pane,
    r.model,
    ...variables.map((name) => columnValue(r.variables, name)),
    r.expected,
    r.output,
    r.status,
    ...labels.map((label) => verdictText(Object.hasOwn(r.checks, label) ? r.checks[label] : null)),
    r.rating,
    r.note,
    r.latency_ms ?? '',
    r.ttft_ms ?? '',
    r.prompt_tokens ?? '',
    r.completion_tokens ?? '',
    r.cost ?? '',
    r.error,
  ]);
  return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: '\r\n' });
}

/** The results as JSON Lines: one ResultRecord per line (with `request`, the exact body sent). */
export function resultsJsonl(run: SuiteRun, cells: Readonly<Record<string, Cell>>): string {
  return resultRecords(run, cells)
    .map((record) => `${JSON.stringify(record)}\n`)
    .join('');
}
