// A suite run as a runnable Python 3 script (requests and the standard library only): it sends exactly the
// requests the grid sent — each cell's body embedded as the exact JSON text — with bounded concurrency, and
// writes the same JSONL as the results export. The way to run a suite where the browser is not enough.
//
// Every value from the run (URLs, bodies, outputs, variable values, check labels) reaches the script only
// inside one JSON document, written as a Python string literal in which every character outside printable
// ASCII is an escape: no quote, backslash, newline, `"""` or unicode in a value can end the literal or
// become code.

import type { SnippetTarget } from '@/domain/provider';
import { DEFAULT_RETRY_POLICY } from '@/domain/run';
import { fillText } from '@/domain/variables';
import { PYTHON_RUNNER } from './pythonRunner';
import { checkLabels, resultRecords } from './results';
import type { Cell, Check, SuiteRun, TestCase } from './types';
import { cellKey, EXPECTED_COLUMN } from './types';

export interface PythonScriptInput {
  run: SuiteRun;
  cells: Readonly<Record<string, Cell>>;
  target: SnippetTarget;
  concurrency: number;
}

/** A Python string literal of `text`, ASCII only: \\, \", control characters and every non-ASCII code point
 * are escapes (\xNN, \uNNNN, \UNNNNNNNN), so the literal means exactly `text`. */
export function pythonStringLiteral(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (code < 0x100) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += `\\U${code.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

/** What the script needs to compute a check the way the grid does; `type: "none"` for the checks it writes as
 * null (see the script's `verdict`) or that cannot decide for this case whatever the output. */
function checkSpec(check: Check, label: string, testCase: TestCase): Record<string, unknown> {
  const base = { label, ignoreCase: check.ignoreCase === true };
  const limit = Number(check.value.trim().replace(/^\$/, ''));
  const usableLimit = check.value.trim() !== '' && Number.isFinite(limit) && limit > 0;
  switch (check.type) {
    case 'contains':
    case 'not-contains': {
      const needle = fillText(check.value, testCase.values);
      return needle === '' ? { ...base, type: 'none' } : { ...base, type: check.type, needle };
    }
    case 'equals-expected': {
      const expected = Object.hasOwn(testCase.values, EXPECTED_COLUMN)
        ? (testCase.values[EXPECTED_COLUMN] ?? '')
        : '';
      return expected.trim() === '' ? { ...base, type: 'none' } : { ...base, type: check.type, expected };
    }
    case 'valid-json':
      return { ...base, type: check.type };
    case 'latency-under':
    case 'cost-under':
      return usableLimit ? { ...base, type: check.type, limit } : { ...base, type: 'none' };
    default:
      return { ...base, type: 'none' };
  }
}

/** The cells the script runs: every case × pane that has a request, in case then pane order. */
function cellsOf(input: PythonScriptInput): Array<Record<string, unknown>> {
  const { run, cells } = input;
  const labels = checkLabels(run.checks);
  const records = resultRecords(run, cells);
  const out: Array<Record<string, unknown>> = [];
  let i = 0;
  for (const testCase of run.cases)
    for (const pane of run.panes) {
      const record = records[i++];
      const key = cellKey(testCase.id, pane.paneId);
      const cell = Object.hasOwn(cells, key) ? cells[key] : undefined;
      if (!cell || !record) continue;
      out.push({
        case: record.case,
        case_id: record.case_id,
        pane: record.pane,
        model: record.model,
        variables: record.variables,
        expected: record.expected,
        // The exact text the grid sends (JSON.stringify of the request).
        body: JSON.stringify(cell.request),
        pricing: pane.pricing,
        checks: run.checks.map((check, c) => checkSpec(check, labels[c] ?? check.id, testCase)),
      });
    }
  return out;
}

/** The script. Run it as `python3 script.py [results.jsonl]`. */
export function pythonScript(input: PythonScriptInput): string {
  const { target } = input;
  const concurrency = Math.max(1, Math.min(64, Math.floor(input.concurrency) || 1));
  const data = {
    url: target.chatUrl,
    keyEnvVar: target.keyEnvVar,
    keyOptional: target.keyOptional === true,
    concurrency,
    maxAttempts: DEFAULT_RETRY_POLICY.maxAttempts,
    maxRateLimitWaits: DEFAULT_RETRY_POLICY.maxRateLimitWaits,
    baseDelaySeconds: DEFAULT_RETRY_POLICY.baseDelayMs / 1000,
    maxDelaySeconds: DEFAULT_RETRY_POLICY.maxDelayMs / 1000,
    cells: cellsOf(input),
  };
  const count = data.cells.length;
  const keyLine = target.keyOptional
    ? '# The key is optional here (the demo runs without one).\nAPI_KEY = os.environ.get(DATA["keyEnvVar"], "")'
    : 'API_KEY = os.environ[DATA["keyEnvVar"]]  # set it first; it is sent in the Authorization header, never printed';
  return [
    '#!/usr/bin/env python3',
    `# Yoke evaluation: ${count} ${count === 1 ? 'cell' : 'cells'} (${input.run.cases.length} cases x ${input.run.panes.length} panes), run "${input.run.scope.replace(/[^\x20-\x7e]/g, '?')}".`,
    '# Sends exactly the requests the grid sent and writes one JSON line per cell (the fields of "Export JSONL").',
    '# Usage: python3 this_script.py [results.jsonl]      Needs: pip install requests',
    `# The API key is read from the environment variable ${target.keyEnvVar.replace(/[^\w]/g, '?')}.`,
    '',
    'import email.utils',
    'import json',
    'import os',
    'import random',
    'import re',
    'import sys',
    'import time',
    'from concurrent.futures import ThreadPoolExecutor',
    '',
    'import requests',
    '',
    '# Everything from the run, as one JSON document.',
    `DATA = json.loads(${pythonStringLiteral(JSON.stringify(data))})`,
    '',
    'URL = DATA["url"]',
    keyLine,
    `CONCURRENCY = DATA["concurrency"]  # at most this many requests at once`,
    'MAX_ATTEMPTS = DATA["maxAttempts"]  # sends per cell that may fail: 408, 5xx and network errors are retried',
    'MAX_RATE_LIMIT_WAITS = DATA["maxRateLimitWaits"]  # 429s waited out per cell (as Retry-After says)',
    'BASE_DELAY = DATA["baseDelaySeconds"]  # the first backoff when the server names no wait, doubled each retry',
    'MAX_DELAY = DATA["maxDelaySeconds"]  # no wait is longer, Retry-After included',
    'CELLS = DATA["cells"]',
    '',
    '',
    PYTHON_RUNNER.trimStart(),
  ].join('\n');
}
