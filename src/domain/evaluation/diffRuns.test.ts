import { describe, expect, it } from 'vitest';
import { DIFF_BUDGET, diffRuns, type RunSide } from './diffRuns';
import { makeCase, makeCell, makePane, makeRun } from './testing/cells';
import { type Cell, type CheckResult, cellKey } from './types';

const pass: CheckResult[] = [{ checkId: 'k', pass: true, detail: '' }];
const fail: CheckResult[] = [{ checkId: 'k', pass: false, detail: '' }];

type Spec = 'pass' | 'fail' | 'error' | 'running';

function cell(caseId: string, paneId: string, spec: Spec, output = `${caseId} ${paneId} ${spec}`): Cell {
  if (spec === 'error') return makeCell({ caseId, paneId, status: 'error', output: '', checks: [] });
  if (spec === 'running') return makeCell({ caseId, paneId, status: 'running', output: '', checks: [] });
  return makeCell({ caseId, paneId, output, checks: spec === 'pass' ? pass : fail });
}

const cases = ['c1', 'c2', 'c3'].map((id) => makeCase(id, { city: id }));
const panes = [makePane('p1', 1), makePane('p2', 2)];

function side(specs: Record<string, Spec>, outputs: Record<string, string> = {}, over = {}): RunSide {
  const cells: Record<string, Cell> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const [caseId = '', paneId = ''] = key.split('|');
    cells[cellKey(caseId, paneId)] = cell(caseId, paneId, spec, outputs[key]);
  }
  return { run: makeRun({ cases, panes, ...over }), cells };
}

const all = (spec: Spec) =>
  Object.fromEntries(cases.flatMap((c) => panes.map((p) => [cellKey(c.id, p.paneId), spec])));

describe('diffRuns', () => {
  it('lists only the cells whose outcome changed, worse first, pass → fail first of all', () => {
    const before = side({ ...all('pass'), 'c3|p1': 'fail', 'c3|p2': 'error' });
    const after = side({
      ...all('pass'),
      'c1|p2': 'error',
      'c2|p1': 'fail',
      'c3|p1': 'pass',
      'c3|p2': 'pass',
    });
    const rows = diffRuns(before, after);
    expect(rows.map((r) => [r.caseNumber, r.paneNumber, r.before, r.after, r.direction])).toEqual([
      [2, 1, 'pass', 'fail', 'worse'],
      [1, 2, 'pass', 'error', 'worse'],
      [3, 1, 'fail', 'pass', 'better'],
      [3, 2, 'error', 'pass', 'better'],
    ]);
  });

  it('orders fail → error after pass → error, and pending changes last', () => {
    const before = side({ 'c1|p1': 'running', 'c2|p1': 'fail', 'c3|p1': 'pass' });
    const after = side({ 'c1|p1': 'pass', 'c2|p1': 'error', 'c3|p1': 'error' });
    expect(diffRuns(before, after).map((r) => [r.caseId, r.direction])).toEqual([
      ['c3', 'worse'],
      ['c2', 'worse'],
      ['c1', 'unsettled'],
    ]);
  });

  it('gives each row a word diff of the outputs, before → after', () => {
    const before = side({ 'c1|p1': 'pass' }, { 'c1|p1': 'The capital is Paris' });
    const after = side({ 'c1|p1': 'fail' }, { 'c1|p1': 'The capital is Lyon' });
    const [row] = diffRuns(before, after);
    expect(row).toMatchObject({ beforeOutput: 'The capital is Paris', afterOutput: 'The capital is Lyon' });
    expect(row?.diff?.parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([
      ['del', 'Paris'],
      ['ins', 'Lyon'],
    ]);
  });

  it('leaves out cases and panes only one run has, and matches by id, not position', () => {
    const before = side(
      { 'c1|p1': 'pass', 'c2|p1': 'pass', 'c9|p1': 'pass' },
      {},
      {
        cases: [cases[1], cases[0], makeCase('c9')],
        panes: [panes[0]],
      },
    );
    const after = side({ 'c1|p1': 'fail', 'c2|p1': 'pass', 'c1|p2': 'fail' });
    const rows = diffRuns(before, after);
    expect(rows.map((r) => [r.caseId, r.paneId, r.caseNumber])).toEqual([['c1', 'p1', 1]]);
  });

  it('reads a cell missing from a run as pending', () => {
    const rows = diffRuns(side({}), side({ 'c2|p2': 'fail' }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      before: 'pending',
      after: 'fail',
      direction: 'unsettled',
      beforeOutput: '',
    });
  });

  it('is empty for two runs with the same outcomes, even when outputs differ', () => {
    expect(diffRuns(side(all('pass')), side(all('pass'), { 'c1|p1': 'other words' }))).toEqual([]);
  });

  it('stops diffing past its time budget and skips huge outputs, keeping the rows', () => {
    let clock = 0;
    const now = () => clock;
    const before = side(all('pass'));
    const after = side(all('fail'));
    const rows = diffRuns(before, after, () => {
      const t = now();
      clock += DIFF_BUDGET.totalMs / 3;
      return t;
    });
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.diff !== null).length).toBeLessThan(6);
    const big = 'x '.repeat(DIFF_BUDGET.maxChars);
    const [row] = diffRuns(side({ 'c1|p1': 'pass' }, { 'c1|p1': big }), side({ 'c1|p1': 'fail' }));
    expect(row?.diff).toBeNull();
  });
});
