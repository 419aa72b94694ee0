import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkLabels, resultRecords, resultsCsv, resultsJsonl } from './results';
import { makeCase, makeCell, makeCheck, makeRun } from './testing/cells';
import { type Cell, cellKey } from './types';

const checks = [
  makeCheck('contains', '{{city}}', { id: 'k1' }),
  makeCheck('latency-under', '1000', { id: 'k2' }),
  makeCheck('equals-expected', '', { id: 'k3', ignoreCase: true }),
];
const run = makeRun({
  checks,
  cases: [
    makeCase('c1', { city: 'Paris', expected: 'France' }),
    makeCase('c2', { city: 'Rome, "Italy"\nnew line', expected: '', output: 'a variable named output' }),
  ],
});

function cells(): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  const add = (cell: Cell) => {
    out[cell.key] = cell;
  };
  add(
    makeCell({
      caseId: 'c1',
      paneId: 'p1',
      output: 'Paris, France',
      checks: [
        { checkId: 'k1', pass: true, detail: '' },
        { checkId: 'k2', pass: true, detail: '' },
        { checkId: 'k3', pass: false, detail: '' },
      ],
      rating: { thumb: 'up', note: 'good' },
    }),
  );
  add(makeCell({ caseId: 'c1', paneId: 'p2', output: '=HYPERLINK("http://evil")', checks: [] }));
  add(
    makeCell({
      caseId: 'c2',
      paneId: 'p1',
      status: 'error',
      output: '',
      latencyMs: null,
      ttftMs: null,
      promptTokens: null,
      completionTokens: null,
      cost: null,
      error: { status: 429, kind: 'rate_limit', message: 'Slow down' },
      checks: [{ checkId: 'k1', pass: null, detail: 'No output' }],
    }),
  );
  return out;
}

describe('checkLabels', () => {
  it('names each check readably and uniquely', () => {
    expect(
      checkLabels([
        makeCheck('contains', 'Paris'),
        makeCheck('contains', 'Paris'),
        makeCheck('not-contains', 'x', { ignoreCase: true }),
        makeCheck('regex', '^a'),
        makeCheck('regex', '/a/i'),
        makeCheck('valid-json'),
        makeCheck('json-schema', '{}'),
        makeCheck('cost-under', '$0.01'),
        makeCheck('judge', '', { judge: { provider: 'demo', modelId: 'demo/j', rubric: '', passScore: 6 } }),
      ]),
    ).toEqual([
      'contains "Paris"',
      'contains "Paris" (2)',
      'does not contain "x" (ignoring case)',
      'matches /^a/',
      'matches /a/i',
      'valid JSON',
      'matches the JSON schema',
      'cost under $0.01',
      'judge demo/j',
    ]);
  });
});

describe('resultsCsv', () => {
  const csv = resultsCsv(run, cells());
  const table = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

  it('has the columns in the documented order', () => {
    expect(table[0]).toEqual([
      'case',
      'case_id',
      'pane',
      'model',
      'city',
      'variable: output',
      'expected',
      'output',
      'status',
      'check: contains "{{city}}"',
      'check: latency under 1000 ms',
      'check: equals expected (ignoring case)',
      'rating',
      'note',
      'latency_ms',
      'ttft_ms',
      'prompt_tokens',
      'completion_tokens',
      'cost',
      'error',
    ]);
  });

  it('writes one row per case × pane, case then pane order, with values that survive a CSV reader', () => {
    expect(table).toHaveLength(5);
    expect(table.slice(1).map((row) => [row[0], row[1], row[2]])).toEqual([
      ['1', 'c1', 'Pane 1 · demo/model-1'],
      ['1', 'c1', 'Pane 2 · demo/model-2'],
      ['2', 'c2', 'Pane 1 · demo/model-1'],
      ['2', 'c2', 'Pane 2 · demo/model-2'],
    ]);
    expect(table[1]).toEqual([
      '1',
      'c1',
      'Pane 1 · demo/model-1',
      'demo/model-1',
      'Paris',
      '',
      'France',
      'Paris, France',
      'done',
      'pass',
      'pass',
      'fail',
      'up',
      'good',
      '800',
      '120',
      '10',
      '7',
      '0.0002',
      '',
    ]);
    expect(table[3]?.slice(4, 9)).toEqual([
      'Rome, "Italy"\nnew line',
      'a variable named output',
      '',
      '',
      'error',
    ]);
    expect(table[3]?.slice(9, 12)).toEqual(['—', '—', '—']);
    expect(table[3]?.at(-1)).toBe('HTTP 429: Slow down');
    expect(table[3]?.slice(14, 19)).toEqual(['', '', '', '', '']);
    expect(table[4]?.[8]).toBe('not run');
  });

  it('keeps a spreadsheet from running an output as a formula', () => {
    expect(table[2]?.[7]).toBe('\'=HYPERLINK("http://evil")');
  });
});

describe('resultsJsonl', () => {
  it('writes one record per line with the same fields plus the exact request', () => {
    const lines = resultsJsonl(run, cells()).split('\n');
    expect(lines.at(-1)).toBe('');
    const records = lines.filter(Boolean).map((line) => JSON.parse(line));
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({
      case: 1,
      case_id: 'c1',
      pane: 'Pane 1 · demo/model-1',
      model: 'demo/model-1',
      variables: { city: 'Paris', output: '' },
      expected: 'France',
      output: 'Paris, France',
      status: 'done',
      checks: {
        'contains "{{city}}"': true,
        'latency under 1000 ms': true,
        'equals expected (ignoring case)': false,
      },
      rating: 'up',
      note: 'good',
      latency_ms: 800,
      ttft_ms: 120,
      prompt_tokens: 10,
      completion_tokens: 7,
      cost: 0.0002,
      error: '',
      request: cells()[cellKey('c1', 'p1')]?.request,
    });
    expect(records[2]).toMatchObject({ status: 'error', error: 'HTTP 429: Slow down', cost: null });
    expect(records[3]).toMatchObject({ status: 'not run', request: null, output: '' });
  });

  it('is empty for a run without cases', () => {
    expect(resultsJsonl(makeRun({ cases: [] }), {})).toBe('');
    expect(resultRecords(makeRun({ cases: [] }), {})).toEqual([]);
  });
});
