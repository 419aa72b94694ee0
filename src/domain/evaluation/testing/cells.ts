// Cells, cases and runs for the evaluation's unit tests: a finished cell by default, overridden per test.

import type { Cell, Check, SuiteRun, SuiteRunPane, TestCase } from '../types';
import { cellKey } from '../types';

export function makeCase(id: string, values: Record<string, string> = {}): TestCase {
  return { id, values };
}

export function makeCell(overrides: Partial<Cell> = {}): Cell {
  const caseId = overrides.caseId ?? 'c1';
  const paneId = overrides.paneId ?? 'p1';
  return {
    key: cellKey(caseId, paneId),
    caseId,
    paneId,
    status: 'done',
    request: { model: 'demo/model', messages: [{ role: 'user', content: 'hi' }] },
    output: 'Paris is the capital of France.',
    finishReason: 'stop',
    latencyMs: 800,
    ttftMs: 120,
    promptTokens: 10,
    completionTokens: 7,
    cost: 0.0002,
    attempts: 1,
    checks: [],
    ...overrides,
  };
}

export function makeCheck(type: Check['type'], value = '', extra: Partial<Check> = {}): Check {
  return { id: `chk-${type}`, type, value, ...extra };
}

export function makePane(paneId: string, n = 1): SuiteRunPane {
  return {
    paneId,
    title: `Pane ${n} · demo/model-${n}`,
    modelId: `demo/model-${n}`,
    provider: 'demo',
    pricing: null,
  };
}

export function makeRun(overrides: Partial<SuiteRun> = {}): SuiteRun {
  return {
    id: 'run-1',
    suiteId: 'suite-1',
    createdAt: 1_700_000_000_000,
    status: 'done',
    scope: 'All cases',
    prompt: {
      system: 'Answer about {{city}}.',
      turns: [{ role: 'user', text: 'Where is {{city}}?', images: [] }],
    },
    panes: [makePane('p1', 1), makePane('p2', 2)],
    cases: [
      makeCase('c1', { city: 'Paris', expected: 'France' }),
      makeCase('c2', { city: 'Rome', expected: 'Italy' }),
    ],
    checks: [],
    ...overrides,
  };
}
